package org.disclosurelens.generate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurelens.generate.Disclosure.Figures;
import org.disclosurelens.generate.Disclosure.Indicator;
import org.disclosurelens.generate.Disclosure.Project;
import org.disclosurelens.generate.Disclosure.Slip;
import org.disclosurelens.generate.Disclosure.ThreePublicRow;
import org.disclosurelens.identify.Divisions;

/**
 * Plants faults in a consistent disclosure, one kind at a time, and records each as the ground
 * truth lists it. A fault changes one printed value or one passage, as a careless editor would;
 * everything else stays consistent, so each fault is the only inconsistency of its kind.
 */
final class FaultInjector {

    /** A disclosure with one more fault, and the passage it now shares, if the fault is a copy. */
    record Planted(Disclosure disclosure, Fault fault, SharedPassage passage) {
    }

    /** What unedited templates leave in 描述, 指标值 and 依据 (the seed's tables are full of them). */
    /** A share's value that a digit typed twice takes over 100%: "≥95%", "100%", "=100%", "≥99.9%" (not an upper bound, ≤5%). */
    /** The kinds final accounts and budgets both print the places of (the others are a budget's, or final-direction). */
    private static final Set<FaultKind> IN_FINAL_AND_BUDGETS = java.util.EnumSet.of(FaultKind.YEAR_TITLE, FaultKind.TOC_TABLE,
            FaultKind.DOUBLED_PUNCTUATION, FaultKind.EMPTY_TABLE, FaultKind.NEGATIVE_AMOUNT, FaultKind.CROSS_TABLE);
    /** The 一级指标 of the satisfaction rows: a share of the people served. */
    private static final String SATISFACTION = "满意度指标";
    private static final Pattern SHARE_VALUE = Pattern.compile("([≥=]?)(\\d+(?:\\.\\d+)?)%");

    private static final List<String> PLACEHOLDER = Catalog.get().placeholder();

    private final List<Divisions.Division> counties;
    /**
     * The texts planted as copies so far in this corpus: each is planted once. A text lifted into
     * three documents of a corpus of nine (one goal copied twice, then copied on from a copy) is
     * what a model looks like, not a copy; the detector rightly takes it for one.
     */
    private final java.util.Set<String> plantedTexts = new java.util.HashSet<>();

    FaultInjector(List<Divisions.Division> counties) {
        this.counties = List.copyOf(counties);
    }

    /**
     * Plants a fault of {@code kind} if the disclosure allows it (a procurement contradiction needs a
     * project that buys; a copy needs a source among {@code earlier}).
     */
    Optional<Planted> plant(FaultKind kind, Disclosure d, String faultId, List<Disclosure> earlier, Random r) {
        if ((d.template() == Template.FINAL_ACCOUNTS) != (kind == FaultKind.FINAL_DIRECTION) && !IN_FINAL_AND_BUDGETS.contains(kind)) {
            return Optional.empty(); // a budget's fault in final accounts, which print no such place, or the reverse
        }
        return switch (kind) {
            case ARITHMETIC -> arithmetic(d, faultId, r);
            case PLAN_NOT_100 -> planNot100(d, faultId, r);
            case WRONG_COUNTY_CODE -> wrongCountyCode(d, faultId, r);
            case PLACEHOLDER_INDICATORS -> placeholders(d, faultId, r);
            case PROCUREMENT_CONTRADICTION -> procurement(d, faultId);
            case COPIED_FROM_COUNTY -> source(earlier, s -> s.department().key().equals(d.department().key())
                    && !s.place().county().code().equals(d.place().county().code()) && !unplanted(s.texts().overallGoals()).isEmpty(), r)
                    .map(s -> planted(copyUnplanted(d, s, faultId, kind, SharedPassage.Reason.COPIED_FROM_COUNTY, r)));
            case COPIED_FROM_KIND -> source(earlier, s -> !s.department().key().equals(d.department().key())
                    && !unplanted(s.texts().overallGoals()).isEmpty(), r)
                    .map(s -> planted(copyUnplanted(d, s, faultId, kind, SharedPassage.Reason.COPIED_FROM_KIND, r)));
            case COPIED_DUTY -> source(earlier, s -> !s.department().key().equals(d.department().key())
                    && !unplanted(longDuties(s)).isEmpty(), r).map(s -> planted(duty(d, s, unplanted(longDuties(s)), faultId, r)));
            case COPIED_INDICATORS -> source(earlier, s -> !s.place().county().code().equals(d.place().county().code())
                    && s.projects().stream().anyMatch(p -> p.indicators().size() >= 3), r).flatMap(s -> indicators(d, s, faultId, r));
            case STALE_TEXT -> earlier.stream().filter(s -> s.id().equals(d.seriesOf()) && s.scope().equals(d.scope())).findFirst()
                    .filter(s -> threePublicDiffers(s, d))
                    .map(s -> stale(d, s, faultId));
            case YEAR_TITLE -> d.template() == Template.COUNTY_NINE_PART ? Optional.empty()
                    : Optional.of(new Planted(d.withTexts(d.texts().withStaleTitle()), new Fault(faultId, d.id(), FaultKind.YEAR_TITLE,
                            2, "预算说明标题", Integer.toString(d.year() - 1), Integer.toString(d.year()), null, null, null), null));
            case CROSS_TABLE -> crossTable(d, faultId, r);
            case EMPTY_TABLE -> emptyTable(d, faultId);
            case REASON_DIRECTION -> reasonReversed(d, faultId);
            case DOUBLED_PUNCTUATION -> doubledStop(d, faultId);
            case COMPARE_YEAR -> ownYearCompared(d, faultId);
            case NEGATIVE_AMOUNT -> negativeLine(d, faultId);
            case SHARE_OVER_100 -> shareOver100(d, faultId, r);
            case TOC_TABLE -> tableLeftOut(d, faultId);
            case FINAL_DIRECTION -> finalClaimReversed(d, faultId);
            case SHARED_PASSAGE, PEER_OUTLIER -> Optional.empty(); // planted by the generator, before and beside the others
        };
    }

    /** The 三公 paragraph's first full stop typed twice, as the template prints that paragraph. */
    private static Optional<Planted> doubledStop(Disclosure d, String faultId) {
        Disclosure slipped = d.withPrinting(d.printing().with(Slip.DOUBLED_STOP));
        String text = d.template() == Template.FINAL_ACCOUNTS ? FinalAccountsWriter.threePublic(slipped) : Prose.threePublic(slipped);
        return Optional.of(new Planted(slipped, new Fault(faultId, d.id(), FaultKind.DOUBLED_PUNCTUATION, 4, "“三公”经费说明", null, null,
                null, text, null), null));
    }

    /**
     * Leaves the 基本支出经济分类表 out of the tables the 目录 lists: Jiangsu's template with a 目录, and
     * final accounts (whose 目录 always lists the tables).
     */
    private static Optional<Planted> tableLeftOut(Disclosure d, String faultId) {
        String listed = switch (d.template()) {
            case JIANGSU_BUDGET -> d.variation().toc() ? JiangsuWriter.TABLES.get(2) : null;
            case FINAL_ACCOUNTS -> FinalAccountsWriter.TABLES.get(2);
            default -> null;
        };
        return listed == null ? Optional.empty() : Optional.of(new Planted(d.withPrinting(d.printing().with(Slip.ECONOMIC_TABLE_LEFT_OUT)),
                new Fault(faultId, d.id(), FaultKind.TOC_TABLE, 2, "目录 " + listed, null, null, null, null, null), null));
    }

    /**
     * Final accounts: the claim of direction of the first 项 that spent other than its budget says
     * the other direction (决算数大于预算数 where the outturn is below the budget).
     */
    private static Optional<Planted> finalClaimReversed(Disclosure d, String faultId) {
        if (!FinalAccountsWriter.differs(d)) {
            return Optional.empty();
        }
        Disclosure reversed = d.withPrinting(d.printing().with(Slip.FINAL_CLAIM_REVERSED));
        var line = BudgetTables.functionLines(d).stream().filter(l -> l.code().length() == 7).toList()
                .get(FinalAccountsWriter.reversedLine(reversed));
        boolean over = line.total().compareTo(FinalAccountsWriter.budgeted(d, line)) > 0;
        return Optional.of(new Planted(reversed, new Fault(faultId, d.id(), FaultKind.FINAL_DIRECTION, 3,
                "支出决算具体情况 " + line.code() + " " + line.name(), over ? "小于" : "大于", over ? "大于" : "小于", null, null, null), null));
    }

    /**
     * Words the reason of the year's change for the other move, where the county template gives a
     * reason (the expenditure changed): the figures stay, so the sentence contradicts itself.
     */
    private static Optional<Planted> reasonReversed(Disclosure d, String faultId) {
        if (d.template() != Template.COUNTY_NINE_PART || d.figures().expenditure().compareTo(d.figures().lastYear()) == 0) {
            return Optional.empty();
        }
        Disclosure reversed = d.withPrinting(d.printing().with(Slip.REASON_REVERSED));
        return Optional.of(new Planted(reversed, new Fault(faultId, d.id(), FaultKind.REASON_DIRECTION, 2, "本年度预算收支变动原因",
                null, null, null, Prose.change(reversed), null), null));
    }

    /**
     * Names the document's own year where its change on the year before is stated: every template
     * states that change (county 比上年增减情况, Jiangsu's totals, Shanghai's income), also when it is 0.
     */
    private static Optional<Planted> ownYearCompared(Disclosure d, String faultId) {
        Disclosure compared = d.withPrinting(d.printing().with(Slip.OWN_YEAR_COMPARED));
        return Optional.of(new Planted(compared, new Fault(faultId, d.id(), FaultKind.COMPARE_YEAR, 2, "比较基期年份",
                Integer.toString(d.year()), Integer.toString(d.year() - 1), null, null, null), null));
    }

    /**
     * Prints the 基本支出经济分类表's first personnel line with a minus sign, where the table is
     * printed (county documents print it only with their attachments).
     */
    private static Optional<Planted> negativeLine(Disclosure d, String faultId) {
        if (d.template() == Template.COUNTY_NINE_PART && !d.variation().attachments() || d.personnelItems().isEmpty()) {
            return Optional.empty();
        }
        Disclosure.Line first = d.personnelItems().get(0);
        return Optional.of(new Planted(d.withPrinting(d.printing().with(Slip.NEGATIVE_LINE)), new Fault(faultId, d.id(), FaultKind.NEGATIVE_AMOUNT,
                10, "一般公共预算基本支出经济分类表 " + first.code() + " " + first.name(), Tables.money(d, first.amount().negate()),
                Tables.money(d, first.amount()), d.variation().tableUnit().label(), null, null), null));
    }

    /**
     * Types a digit twice in the value of a project's satisfaction indicator (a share of the people
     * served, whatever its name; a value that is not an upper bound): ≥95% becomes ≥955%.
     */
    private static Optional<Planted> shareOver100(Disclosure d, String faultId, Random r) {
        List<IndicatorAt> candidates = new ArrayList<>();
        for (int p = 0; p < d.projects().size(); p++) {
            List<Indicator> rows = d.projects().get(p).indicators();
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).level1().equals(SATISFACTION) && typedTwice(rows.get(i).value()).isPresent()) {
                    candidates.add(new IndicatorAt(p, i));
                }
            }
        }
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        IndicatorAt chosen = candidates.get(r.nextInt(candidates.size()));
        Project p = d.projects().get(chosen.project());
        Indicator row = p.indicators().get(chosen.row());
        String typed = typedTwice(row.value()).orElseThrow();
        List<Indicator> indicators = new ArrayList<>(p.indicators());
        indicators.set(chosen.row(), new Indicator(row.level1(), row.level2(), row.name(), row.description(), typed, row.basis()));
        return Optional.of(new Planted(replace(d, chosen.project(), p.withIndicators(indicators)), new Fault(faultId, d.id(),
                FaultKind.SHARE_OVER_100, 5, "项目 " + p.code() + " 三级指标：" + row.name(), typed, row.value(), "%", null, null), null));
    }

    /** An indicator row of a disclosure: its project's index and its own. */
    private record IndicatorAt(int project, int row) {
    }

    /**
     * A share's value with its last digit typed twice (the decimal point lost), when that takes it
     * over 100%: "≥95%" → "≥955%", "100%" → "1000%", "≥99.9%" → "≥9999%"; none for an upper bound
     * (≤5%) or a value that stays a share (≥5% → ≥55%).
     */
    private static Optional<String> typedTwice(String value) {
        Matcher m = SHARE_VALUE.matcher(value);
        if (!m.matches()) {
            return Optional.empty();
        }
        String digits = m.group(2).replace(".", "");
        String typed = digits + digits.charAt(digits.length() - 1);
        return new BigDecimal(typed).compareTo(BigDecimal.valueOf(100)) > 0 ? Optional.of(m.group(1) + typed + "%") : Optional.empty();
    }

    /**
     * Prints the 三公 table without its rows where the text states a 三公 total that is not 0: the
     * county and Jiangsu templates (Shanghai's table carries the 机关运行经费 too, and is left whole).
     */
    private static Optional<Planted> emptyTable(Disclosure d, String faultId) {
        BigDecimal items = DisclosureFactory.sum(d.threePublic().stream().map(Disclosure.ThreePublicRow::current).toList());
        if (d.template() == Template.SHANGHAI_BUDGET || d.threePublicTotal().current().signum() == 0
                || items.compareTo(d.threePublicTotal().current()) != 0) {
            return Optional.empty(); // (a 合计 already made wrong would vanish with the rows)
        }
        return Optional.of(new Planted(d.withPrinting(d.printing().with(Slip.THREE_PUBLIC_EMPTIED)), new Fault(faultId, d.id(), FaultKind.EMPTY_TABLE,
                4, "“三公”经费预算表（无数据行）", null, Tables.money(d, d.threePublicTotal().current()),
                d.variation().tableUnit().label(), null, null), null));
    }

    /**
     * Prints the 基本支出经济分类表 of a draft whose first 公用经费 line was 1 to 9万元 more: its 302 and
     * 合计 lines follow, so the table sums right, and only the function table's 基本支出 says otherwise.
     * County documents print the tables only with their attachments.
     */
    private static Optional<Planted> crossTable(Disclosure d, String faultId, Random r) {
        BigDecimal operating = DisclosureFactory.sum(d.operating().stream().map(Disclosure.Line::amount).toList());
        if (d.template() == Template.COUNTY_NINE_PART && !d.variation().attachments() || d.operating().isEmpty()
                || operating.compareTo(d.operatingTotal()) != 0) {
            return Optional.empty(); // (a 机关运行经费 already made wrong would be hidden by the larger 公用经费)
        }
        BigDecimal shift = DisclosureFactory.wan((1 + r.nextInt(9)) * 100);
        BigDecimal basic = DisclosureFactory.sum(d.personnelItems().stream().map(Disclosure.Line::amount).toList())
                .add(DisclosureFactory.sum(d.operating().stream().map(Disclosure.Line::amount).toList()));
        return Optional.of(new Planted(d.withPrinting(d.printing().withEconomicDraft(shift)), new Fault(faultId, d.id(), FaultKind.CROSS_TABLE, 10,
                "一般公共预算基本支出经济分类表 合计", Tables.money(d, basic.add(shift)), Tables.money(d, basic),
                d.variation().tableUnit().label(), null, null), null));
    }

    /** True when the two documents' 三公 amounts differ (else a paragraph left unchanged says nothing wrong). */
    private static boolean threePublicDiffers(Disclosure a, Disclosure b) {
        return a.threePublic().size() != b.threePublic().size() || java.util.stream.IntStream.range(0, a.threePublic().size())
                .anyMatch(i -> a.threePublic().get(i).current().compareTo(b.threePublic().get(i).current()) != 0);
    }

    /** The 三公 paragraph of {@code earlier}, the same issuer's document of the year before, printed in {@code d}. */
    private static Planted stale(Disclosure d, Disclosure earlier, String faultId) {
        String text = Prose.threePublicStated(earlier);
        Fault fault = new Fault(faultId, d.id(), FaultKind.STALE_TEXT, 4, "“三公”经费说明（上年文字）", null, null, null, text, earlier.id());
        return new Planted(d.withTexts(d.texts().withThreePublic(text)), fault, null);
    }

    /**
     * The first two or three indicator rows of a project of {@code source} (a unit of another
     * county), as it filled them, in place of the first rows of one of {@code target}'s projects:
     * the target's table merges its 一级指标 cells around them as its own. The first rows are the
     * project's own outputs (数量, 质量, 时效), what a copier lifts; the effects and satisfaction rows
     * every project of every kind prints at the end are no sign of copying.
     */
    private static Optional<Planted> indicators(Disclosure target, Disclosure source, String faultId, Random r) {
        // Rows the source's own placeholder fault filled (0, ≥90圆满完成) are everybody's boilerplate, no sign of copying.
        List<Project> withRows = source.projects().stream().filter(p -> p.indicators().size() >= 3
                && p.indicators().subList(0, 3).stream().noneMatch(i -> i.value().equals(PLACEHOLDER.get(1)))).toList();
        if (withRows.isEmpty()) {
            return Optional.empty();
        }
        List<Indicator> from = withRows.get(r.nextInt(withRows.size())).indicators();
        List<Indicator> rows = from.subList(0, Math.min(2 + r.nextInt(2), from.size()));
        int index = r.nextInt(target.projects().size());
        Project p = target.projects().get(index);
        List<Indicator> indicators = new ArrayList<>(p.indicators());
        for (int i = 0; i < rows.size() && i < indicators.size(); i++) {
            Indicator copied = rows.get(i);
            indicators.set(i, new Indicator(indicators.get(i).level1(), copied.level2(), copied.name(), copied.description(),
                    copied.value(), copied.basis()));
        }
        String text = String.join("；", rows.stream().map(i -> i.name() + " " + i.description() + " " + i.value()).toList());
        SharedPassage passage = new SharedPassage(source.id(), target.id(), SharedPassage.Reason.COPIED_INDICATORS, 5, 5, text);
        Fault fault = new Fault(faultId, target.id(), FaultKind.COPIED_INDICATORS, 5, "项目 " + p.code() + " 绩效指标第1-"
                + Math.min(rows.size(), indicators.size()) + "行", null, null, null, text, source.id());
        return Optional.of(new Planted(replace(target, index, p.withIndicators(indicators)), fault, passage));
    }

    /** Duties long enough to be worth lifting ({@link #COPIED_DUTY_CHARACTERS}), not the last, common one. */
    private static List<String> longDuties(Disclosure d) {
        List<String> duties = d.texts().duties();
        return duties.subList(0, Math.max(0, duties.size() - 1)).stream()
                .filter(t -> t.codePoints().filter(Character::isLetterOrDigit).count() >= COPIED_DUTY_CHARACTERS).toList();
    }

    /**
     * The shortest duty worth lifting, in characters that are not punctuation: the length from
     * which an auditor expects a copied passage found (the issue "Copy-paste an auditor would find").
     */
    static final int COPIED_DUTY_CHARACTERS = 40;

    /** The texts of {@code texts} not planted as a copy yet, in order. */
    private List<String> unplanted(List<String> texts) {
        return texts.stream().filter(t -> !plantedTexts.contains(t)).toList();
    }

    /** Records the text a copy planted, so that it is planted once. */
    private Planted planted(Planted p) {
        if (p.fault() != null && p.fault().text() != null) {
            plantedTexts.add(p.fault().text());
        }
        return p;
    }

    /** An overall goal of {@code source} not planted yet, copied into {@code target} (the same draw as before when none was). */
    private Planted copyUnplanted(Disclosure target, Disclosure source, String faultId, FaultKind kind, SharedPassage.Reason reason,
            Random r) {
        List<String> goals = source.texts().overallGoals();
        List<String> free = unplanted(goals);
        int from = free.size() == goals.size() ? r.nextInt(goals.size()) : goals.indexOf(free.get(r.nextInt(free.size())));
        return copy(target, source, faultId, kind, reason, from, ownSlot(target, from));
    }

    /**
     * Where a copied goal goes: in the place of the source's goal when the target's goal there is
     * its own, else in the next place that is (two copies of one document never overwrite each
     * other: the one written first would be recorded but not printed).
     */
    private int ownSlot(Disclosure target, int from) {
        List<String> goals = target.texts().overallGoals();
        int first = Math.min(from, goals.size() - 1);
        for (int k = 0; k < goals.size(); k++) {
            int slot = (first + k) % goals.size();
            if (!plantedTexts.contains(goals.get(slot))) {
                return slot;
            }
        }
        return first;
    }

    /**
     * One duty of {@code source}'s ({@code candidates}: its long duties not planted yet), another
     * kind of department's, put among {@code target}'s duties before the last (完成…交办的其他任务):
     * the target's template numbers it as its own.
     */
    private static Planted duty(Disclosure target, Disclosure source, List<String> candidates, String faultId, Random r) {
        String text = candidates.get(r.nextInt(candidates.size()));
        int into = r.nextInt(Math.max(1, target.texts().duties().size()));
        Disclosure copied = target.withTexts(target.texts().withDuty(into, text));
        SharedPassage passage = new SharedPassage(source.id(), target.id(), SharedPassage.Reason.COPIED_DUTY, 1, 1, text);
        Fault fault = new Fault(faultId, target.id(), FaultKind.COPIED_DUTY, 1, "部门职责第" + (into + 1) + "项", null, null, null,
                text, source.id());
        return new Planted(copied, fault, passage);
    }

    /** The canonical part a template prints the overall goals (总体绩效目标) in. */
    static int goalsPart(Template template) {
        return template == Template.JIANGSU_BUDGET ? 1 : 5;
    }

    /**
     * Puts an overall goal of {@code source} in place of one of {@code target}'s, verbatim, as a
     * copy (a fault) or as a series reusing its own earlier text.
     */
    /** A series' next document takes one of its predecessor's goals, not one of those in {@code notOwn}. */
    static Planted copy(Disclosure target, Disclosure source, Set<String> notOwn, Random r) {
        List<String> goals = source.texts().overallGoals();
        List<Integer> own = new ArrayList<>();
        for (int i = 0; i < goals.size(); i++) {
            if (!notOwn.contains(goals.get(i))) {
                own.add(i);
            }
        }
        int from = own.size() == goals.size() ? r.nextInt(goals.size()) : own.get(r.nextInt(own.size()));
        int into = Math.min(from, target.texts().overallGoals().size() - 1);
        return copy(target, source, null, null, SharedPassage.Reason.SERIES, from, into);
    }

    static Planted copy(Disclosure target, Disclosure source, String faultId, FaultKind kind, SharedPassage.Reason reason,
            Random r) {
        int from = r.nextInt(source.texts().overallGoals().size());
        return copy(target, source, faultId, kind, reason, from, Math.min(from, target.texts().overallGoals().size() - 1));
    }

    private static Planted copy(Disclosure target, Disclosure source, String faultId, FaultKind kind,
            SharedPassage.Reason reason, int from, int into) {
        List<String> goals = source.texts().overallGoals();
        String text = goals.get(from);
        Disclosure copied = target.withTexts(target.texts().withOverallGoal(into, text));
        int part = goalsPart(target.template());
        SharedPassage passage = new SharedPassage(source.id(), target.id(), reason, goalsPart(source.template()), part, text);
        Fault fault = kind == null ? null : new Fault(faultId, target.id(), kind, part, "总体绩效目标第" + (into + 1) + "段",
                null, null, null, text, source.id());
        return new Planted(copied, fault, passage);
    }

    private static Optional<Disclosure> source(List<Disclosure> earlier, java.util.function.Predicate<Disclosure> fits, Random r) {
        List<Disclosure> candidates = earlier.stream().filter(fits).toList();
        return candidates.isEmpty() ? Optional.empty() : Optional.of(candidates.get(r.nextInt(candidates.size())));
    }

    /** The totals a template prints, and where; one of them gets 0.10 more than its items sum to. */
    private static Optional<Planted> arithmetic(Disclosure d, String faultId, Random r) {
        // One fault, one broken relation: no total of a table another fault emptied or drafted anew.
        List<String> targets = new ArrayList<>(List.of("basic", "projects"));
        if (!d.printing().has(Slip.THREE_PUBLIC_EMPTIED)) {
            targets.add("threePublic");
        }
        Variation v = d.variation();
        boolean county = d.template() == Template.COUNTY_NINE_PART;
        if ((!county || !v.missing().contains(3) || v.mergeCostAndThreePublic()) && d.printing().economicDraft().signum() == 0) {
            targets.add("operating");
        }
        if (county && !v.missing().contains(7)) {
            targets.add("assets");
        }
        String target = targets.get(r.nextInt(targets.size()));
        MoneyUnit wan = MoneyUnit.WAN_YUAN;
        Figures f = d.figures();
        return Optional.of(switch (target) {
            case "basic" -> {
                BigDecimal wrong = f.basic().add(wan.tenCents());
                yield prose(d.withFigures(new Figures(f.income(), f.incomeGeneral(), f.incomeFund(), f.incomeOther(),
                        f.expenditure(), wrong, f.personnel(), f.publicFunds(), f.projectTotal(), f.lastYear(), f.pension(),
                        f.medical(), f.housing())), faultId, 2, "基本支出（人员经费与日常公用经费之和）", wrong, f.basic());
            }
            case "projects" -> {
                BigDecimal wrong = f.projectTotal().add(wan.tenCents());
                yield prose(d.withFigures(new Figures(f.income(), f.incomeGeneral(), f.incomeFund(), f.incomeOther(),
                        f.expenditure(), f.basic(), f.personnel(), f.publicFunds(), wrong, f.lastYear(), f.pension(),
                        f.medical(), f.housing())), faultId, 2, "项目支出（各项目预算数之和）", wrong, f.projectTotal());
            }
            case "operating" -> prose(d.withOperatingTotal(d.operatingTotal().add(wan.tenCents())), faultId, 3,
                    "机关运行经费（各项之和）", d.operatingTotal().add(wan.tenCents()), d.operatingTotal());
            case "assets" -> {
                MoneyUnit unit = v.tableUnit();
                BigDecimal wrong = d.assetsTotal().add(unit.tenCents());
                yield new Planted(d.withAssetsTotal(wrong), new Fault(faultId, d.id(), FaultKind.ARITHMETIC, 7,
                        "固定资产占用情况表 固定资产总额", Tables.money(d, wrong), Tables.money(d, d.assetsTotal()),
                        unit.label(), null, null), null);
            }
            default -> threePublicTotal(d, faultId);
        });
    }

    private static Planted prose(Disclosure faulty, String faultId, int part, String where, BigDecimal printed,
            BigDecimal expected) {
        return new Planted(faulty, new Fault(faultId, faulty.id(), FaultKind.ARITHMETIC, part, where,
                MoneyUnit.prose(printed), MoneyUnit.prose(expected), "万元", null, null), null);
    }

    /** Shanghai prints the 三公 table in 万元 among the budget tables; the others in their table unit. */
    private static Planted threePublicTotal(Disclosure d, String faultId) {
        boolean shanghai = d.template() == Template.SHANGHAI_BUDGET;
        MoneyUnit unit = shanghai ? MoneyUnit.WAN_YUAN : d.variation().tableUnit();
        boolean grouping = !shanghai && d.variation().grouping();
        ThreePublicRow total = d.threePublicTotal();
        BigDecimal wrong = total.current().add(unit.tenCents());
        Disclosure faulty = d.withThreePublicTotal(new ThreePublicRow(total.name(), total.last(), wrong, total.reason()));
        return new Planted(faulty, new Fault(faultId, d.id(), FaultKind.ARITHMETIC, shanghai ? 10 : 4,
                "“三公”经费表 合计 " + d.year() + "年预算", unit.table(wrong, grouping), unit.table(total.current(), grouping),
                unit.label(), null, null), null);
    }

    /** Takes 5 to 20 points off the last share of a project's spending plan. */
    private static Optional<Planted> planNot100(Disclosure d, String faultId, Random r) {
        int index = r.nextInt(d.projects().size());
        Project p = d.projects().get(index);
        List<BigDecimal> plan = new ArrayList<>(p.plan());
        BigDecimal last = plan.get(3);
        BigDecimal cut = BigDecimal.valueOf(5L * (1 + r.nextInt(Math.min(4, last.intValue() / 5))));
        if (last.compareTo(cut) <= 0) {
            return Optional.empty();
        }
        plan.set(3, last.subtract(cut));
        Project faulty = p.withPlan(plan);
        String cells = String.join(" | ", plan.stream().map(share -> share == null ? "" : share.toPlainString() + "%").toList());
        return Optional.of(new Planted(replace(d, index, faulty), new Fault(faultId, d.id(), FaultKind.PLAN_NOT_100, 5,
                "项目 " + p.code() + " 资金支出计划（3月底 | 6月底 | 10月底 | 12月底）", faulty.planTotal().toPlainString() + "%",
                "100.00%", "%", cells, null), null));
    }

    /** Gives a project the code prefix of another county, as a table copied from a neighbour would. */
    private Optional<Planted> wrongCountyCode(Disclosure d, String faultId, Random r) {
        int index = r.nextInt(d.projects().size());
        Project p = d.projects().get(index);
        String own = d.place().county().code();
        List<Divisions.Division> sameCity = counties.stream()
                .filter(c -> c.code().startsWith(own.substring(0, 4)) && !c.code().equals(own)).toList();
        List<Divisions.Division> pool = sameCity.isEmpty() ? counties : sameCity;
        Divisions.Division other = pool.get(r.nextInt(pool.size()));
        if (other.code().equals(own)) {
            return Optional.empty();
        }
        String code = other.code() + p.code().substring(6);
        return Optional.of(new Planted(replace(d, index, p.withCode(code)), new Fault(faultId, d.id(),
                FaultKind.WRONG_COUNTY_CODE, 5, "项目编码（" + p.name() + "）", code, p.code(), null,
                other.name() + " " + other.code(), null), null));
    }

    /** Sets three or more indicators of a project to the placeholders left in unedited templates. */
    private static Optional<Planted> placeholders(Disclosure d, String faultId, Random r) {
        int index = r.nextInt(d.projects().size());
        Project p = d.projects().get(index);
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < p.indicators().size(); i++) {
            rows.add(i);
        }
        Collections.shuffle(rows, r);
        List<Integer> chosen = rows.subList(0, Math.min(rows.size(), 3 + r.nextInt(2))).stream().sorted().toList();
        List<Indicator> indicators = new ArrayList<>(p.indicators());
        List<String> names = new ArrayList<>();
        for (int i : chosen) {
            Indicator row = indicators.get(i);
            indicators.set(i, new Indicator(row.level1(), row.level2(), row.name(), PLACEHOLDER.get(0), PLACEHOLDER.get(1),
                    PLACEHOLDER.get(2)));
            names.add(row.name());
        }
        return Optional.of(new Planted(replace(d, index, p.withIndicators(indicators)), new Fault(faultId, d.id(),
                FaultKind.PLACEHOLDER_INDICATORS, 5, "项目 " + p.code() + " 三级指标：" + String.join("、", names),
                PLACEHOLDER.get(0) + " / " + PLACEHOLDER.get(1), null, null, null, null), null));
    }

    /** Part 6 declares no procurement although a project buys equipment. */
    private static Optional<Planted> procurement(Disclosure d, String faultId) {
        Optional<Project> buyer = d.projects().stream().filter(Project::buys).findFirst();
        Variation v = d.variation();
        boolean printed = d.template() != Template.COUNTY_NINE_PART || !v.missing().contains(6) || v.mergeProcurementAndAssets();
        if (buyer.isEmpty() || !printed) {
            return Optional.empty();
        }
        Disclosure.Procurement p = d.procurement();
        Disclosure faulty = d.withProcurement(new Disclosure.Procurement(p.total(), p.goods(), p.services(), true));
        return Optional.of(new Planted(faulty, new Fault(faultId, d.id(), FaultKind.PROCUREMENT_CONTRADICTION, 6,
                "政府采购预算情况；项目 " + buyer.get().code() + "（" + buyer.get().name() + "，" + buyer.get().purpose() + "）",
                null, null, null, Prose.procurement(faulty), null), null));
    }

    private static Disclosure replace(Disclosure d, int index, Project p) {
        List<Project> projects = new ArrayList<>(d.projects());
        projects.set(index, p);
        return d.withProjects(projects);
    }
}

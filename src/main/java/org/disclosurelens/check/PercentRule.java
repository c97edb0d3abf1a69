package org.disclosurelens.check;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurelens.data.Headline;
import org.disclosurelens.figure.Amount;
import org.disclosurelens.figure.Direction;
import org.disclosurelens.figure.Labels;
import org.disclosurelens.figure.ProseFigure;
import org.disclosurelens.figure.Unit;
import org.disclosurelens.table.ThreePublicItem;

/**
 * Printed percentages that do not follow from the printed amounts.
 * TEXT-PERCENT-CHANGE: "比上年增加x%" against the amounts of the same line (this year and last
 * year's, or this year and the change).
 * TEXT-PERCENT-SHARE: "占…的x%" against the line and the total it is a share of; when another total
 * gives the printed share (三公 shares computed on 三公 + 会议费 + 培训费), the message says so.
 * TEXT-PERCENT-CUT: a decrease explained as a cut of n% ("压减10%") that is not n% of last year's
 * amount.
 * A percentage matches when it equals the computed one rounded to the digits it is printed with,
 * give or take one unit in its last digit.
 */
final class PercentRule extends BaseRule {

    /** The three checks of this class. */
    enum Kind { CHANGE, SHARE, CUT }

    private static final Pattern PREVIOUS = Pattern.compile("执行数|上年|上一年|去年");
    /** Words (two or more characters, no year, no delimiter) right before 较/比 of a change. */
    private static final Pattern GLUED = Pattern.compile("^(?:其中|主要是)?(?![与和同跟])([^\\d，,。；;：:、]{2,}?)(?:较|(?<!相)比|同比)");
    /** The base of a change as its clause names it: 比…, 较…, 与…相比, last year's amount. */
    private static final Pattern BASE = Pattern.compile("^(比|较|与|同比|相比)|执行数|上年|上一年|去年|年初预算");
    private static final Pattern CUT = Pattern.compile("压减|缩减|调减|核减");
    /** Paths read from template text ("下降（增长）"), which has no figures to check. */
    private static final Pattern TEMPLATE_PATH = Pattern.compile("[（(](增|减|下降|上升)");
    private static final Pattern NAMED_TOTAL = Pattern.compile("(本年)?(收入|支出)(预算)?(合计|总计)");
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final int WINDOW = 6;

    private final Kind kind;

    PercentRule(Kind kind) {
        super(switch (kind) {
            case CHANGE -> RuleId.TEXT_PERCENT_CHANGE;
            case SHARE -> RuleId.TEXT_PERCENT_SHARE;
            case CUT -> RuleId.TEXT_PERCENT_CUT;
        });
        this.kind = kind;
    }

    @Override
    public List<Finding> check(Disclosure d) {
        List<ProseFigure> figures = d.data().figures();
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            ProseFigure f = figures.get(i);
            if (f.amount() == null || f.amount().unit() != Unit.PERCENT) {
                continue;
            }
            boolean share = f.direction() == Direction.NONE && f.label().contains("占") && !TEMPLATE_PATH.matcher(f.path()).find();
            boolean cut = CUT.matcher(f.label()).find();
            switch (kind) {
                case CHANGE -> {
                    if (f.direction() != Direction.NONE && !cut) {
                        change(d, figures, i, findings);
                    }
                }
                case SHARE -> {
                    if (share) {
                        share(d, figures, i, findings);
                    }
                }
                case CUT -> {
                    if (cut) {
                        cut(figures, i, findings);
                    }
                }
            }
        }
        return findings;
    }

    /**
     * The percentage against its own clause first: the change stated just before it and the base
     * the clause names ("比2025年初预算数20,292.85万元减少464.27万元，降低2.29%"), or this year's amount
     * the clause opens with ("支出1,391.68万元，比上年增加333.83万元，增长31.35%": base 1,057.85). A clause
     * without amounts of its own is read through the labels: the same item's amounts in the figures
     * before it. A percentage that another reading of its neighbours explains is not flagged.
     */
    private void change(Disclosure d, List<ProseFigure> figures, int i, List<Finding> findings) {
        ProseFigure f = figures.get(i);
        List<BigDecimal> computed = clause(figures, i);
        if (computed.isEmpty()) {
            computed = byLabel(d, figures, i);
        }
        if (!computed.isEmpty() && computed.stream().noneMatch(c -> matches(f.amount(), c)) && !explainedNearby(d, figures, i)) {
            BigDecimal expected = computed.get(0);
            Finding finding = mismatch(f.part(), f.location(), f.sentence(),
                    "文中“" + f.path() + "”" + f.label() + f.amount().text() + "，按所列金额应为" + percent(expected, f.amount()) + "%",
                    f.path() + ": the text says " + f.label() + " " + f.amount().text() + " but the amounts give "
                            + percent(expected, f.amount()) + "%",
                    rounded(expected, f.amount()), f.amount().value());
            Optional<String> glued = gluedComparison(figures, i);
            findings.add(glued.isEmpty() ? finding : finding.possiblyMisread(
                    "比较句紧接在不成项目的文字“" + glued.get() + "”之后，句子可能由两段文字拼接而成",
                    "the comparison follows words that name no item (\"" + glued.get() + "\"): the sentence may join two passages"));
        }
    }

    /**
     * The words a change is written right after, when they name no item and no amount comes
     * between ("支撑构建较2025年年初预算增加29.23万元": a page's text run into another's, as
     * Shenzhen's 气象局 prints it): whose change it is cannot be told.
     */
    private static Optional<String> gluedComparison(List<ProseFigure> figures, int i) {
        ProseFigure f = figures.get(i);
        for (int j = i - 1; j >= 0 && figures.get(j).sentence().equals(f.sentence()); j--) {
            ProseFigure c = figures.get(j);
            if (money(c) && c.direction() == f.direction()) {
                Matcher m = GLUED.matcher(c.label().replaceAll("\\s+", ""));
                return m.find() && !Labels.namesItem(m.group(1)) ? Optional.of(m.group(1)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The percentage its own clause gives: the change just before it in the sentence over the base
     * the clause states with 比/较/与…相比 (or as last year's), else over this year's amount stated
     * right before the change less (or plus) the change. Empty when the clause states no change.
     */
    private static List<BigDecimal> clause(List<ProseFigure> figures, int i) {
        ProseFigure f = figures.get(i);
        int j = i - 1;
        while (j >= 0 && figures.get(j).sentence().equals(f.sentence()) && !(money(figures.get(j))
                && figures.get(j).direction() == f.direction())) {
            if (figures.get(j).amount() != null && figures.get(j).amount().unit() == Unit.PERCENT) {
                return List.of(); // the change before belongs to that percentage: this one's clause states no amount
            }
            j--;
        }
        if (j < 0 || !figures.get(j).sentence().equals(f.sentence())) {
            return List.of();
        }
        BigDecimal change = wan(figures.get(j));
        for (int k = j - 1; k >= 0 && figures.get(k).sentence().equals(f.sentence()); k--) {
            ProseFigure b = figures.get(k);
            if (!money(b)) {
                continue;
            }
            if (b.direction() != Direction.NONE) {
                break; // the change of another clause
            }
            BigDecimal base = BASE.matcher(b.label()).find() ? wan(b)
                    : f.direction() == Direction.UP ? wan(b).subtract(change) : wan(b).add(change);
            return base.signum() > 0 ? List.of(change.multiply(HUNDRED).divide(base, MathContext.DECIMAL64)) : List.of();
        }
        return List.of();
    }

    /** The percentage read through the labels: the same item's amounts among the figures just before it. */
    private static List<BigDecimal> byLabel(Disclosure d, List<ProseFigure> figures, int i) {
        ProseFigure f = figures.get(i);
        List<ProseFigure> before = before(figures, i, f.path());
        Optional<ProseFigure> previous = before.stream()
                .filter(b -> money(b) && b.direction() == Direction.NONE && PREVIOUS.matcher(b.label()).find()).findFirst();
        Optional<ProseFigure> delta = before.stream().filter(b -> money(b) && b.direction() == f.direction()).findFirst();
        List<ProseFigure> currents = before.stream().filter(b -> d.prose().current(b)).toList();
        List<BigDecimal> computed = new ArrayList<>();
        for (ProseFigure c : currents) {
            BigDecimal cur = c.amount().wan().orElseThrow();
            Optional<BigDecimal> prev = previous.map(p -> p.amount().wan().orElseThrow())
                    .or(() -> delta.map(x -> f.direction() == Direction.UP ? cur.subtract(wan(x)) : cur.add(wan(x))));
            prev.filter(p -> p.signum() > 0).ifPresent(p -> computed.add(cur.subtract(p).abs().multiply(HUNDRED)
                    .divide(p, MathContext.DECIMAL64)));
        }
        return computed;
    }

    /**
     * True when the percentage follows from the change stated just before it in its sentence and an
     * amount it may be measured against: a base or an amount stated with it in the last few
     * figures, whatever they are labelled, or a headline total of the document (its tables'):
     * "一般公共预算收入19,828.57万元比2025年初预算数20,292.85万元减少464.27万元，降低2.29%" is right
     * whichever item the labels put it under; "增加50.32万元，增长3.08%" measures the total stated in
     * the sentence before. A percentage that follows from none of them is wrong.
     */
    private static boolean explainedNearby(Disclosure d, List<ProseFigure> figures, int i) {
        ProseFigure f = figures.get(i);
        Optional<ProseFigure> delta = Optional.empty();
        for (int j = i - 1; j >= 0 && figures.get(j).sentence().equals(f.sentence()); j--) {
            if (money(figures.get(j)) && figures.get(j).direction() == f.direction()) {
                delta = Optional.of(figures.get(j));
                break;
            }
        }
        if (delta.isEmpty()) {
            return false;
        }
        BigDecimal change = wan(delta.get());
        List<BigDecimal> bases = new ArrayList<>();
        // The amounts of its own sentence, else those of the sentences just before and the headline totals.
        boolean own = false;
        for (int j = i - 1; j >= 0 && figures.get(j).sentence().equals(f.sentence()); j--) {
            own |= money(figures.get(j)) && figures.get(j).direction() == Direction.NONE;
        }
        for (int j = i - 1; j >= Math.max(0, i - 2 * WINDOW); j--) {
            ProseFigure b = figures.get(j);
            if (own && !b.sentence().equals(f.sentence())) {
                break;
            }
            if (money(b) && b.direction() == Direction.NONE && b.part() == f.part()) {
                bases.add(wan(b));
                bases.add(f.direction() == Direction.UP ? wan(b).subtract(change) : wan(b).add(change));
            }
        }
        if (!own) {
            for (Headline.Total total : List.of(Headline.Total.INCOME, Headline.Total.EXPENDITURE)) {
                d.data().headline().get(total).flatMap(Amount::wan)
                        .ifPresent(v -> bases.add(f.direction() == Direction.UP ? v.subtract(change) : v.add(change)));
            }
        }
        return bases.stream().filter(b -> b.signum() > 0)
                .anyMatch(b -> matches(f.amount(), change.multiply(HUNDRED).divide(b, MathContext.DECIMAL64)));
    }

    private void share(Disclosure d, List<ProseFigure> figures, int i, List<Finding> findings) {
        ProseFigure f = figures.get(i);
        Optional<ProseFigure> part = before(figures, i, f.path()).stream().filter(PercentRule::money).findFirst();
        Map<String, BigDecimal> totals = totals(d, figures, i, f);
        if (part.isEmpty() || totals.isEmpty()) {
            return;
        }
        BigDecimal numerator = part.get().amount().wan().orElseThrow();
        // A total smaller than its part is misprinted (2026年预算支出1682.76元 for 万元) or misread: no base for a share.
        totals.values().removeIf(v -> v.compareTo(numerator) < 0);
        if (totals.isEmpty()) {
            return;
        }
        Map.Entry<String, BigDecimal> stated = totals.entrySet().iterator().next();
        BigDecimal expected = numerator.multiply(HUNDRED).divide(stated.getValue(), MathContext.DECIMAL64);
        if (matches(f.amount(), expected)) {
            return;
        }
        String explained = totals.entrySet().stream().skip(1)
                .filter(e -> matches(f.amount(), numerator.multiply(HUNDRED).divide(e.getValue(), MathContext.DECIMAL64)))
                .map(Map.Entry::getKey).findFirst().orElse("");
        findings.add(mismatch(f.part(), f.location(), f.sentence(),
                "“" + f.path() + "”" + part.get().amount().text() + "占" + stated.getKey() + Sums.show(stated.getValue())
                        + "万元的比例应为" + percent(expected, f.amount()) + "%，文中为" + f.amount().text()
                        + (explained.isEmpty() ? "" : "（按" + explained + "计算所得，基数有误）"),
                f.path() + ": " + part.get().amount().text() + " of " + stated.getKey() + " " + Sums.show(stated.getValue())
                        + "万元 is " + percent(expected, f.amount()) + "%, not " + f.amount().text()
                        + (explained.isEmpty() ? "" : " (that is its share of " + explained + ": the wrong base)"),
                rounded(expected, f.amount()), f.amount().value()));
    }

    /**
     * The total a share is of, first — the one its label names (占“三公”经费, 占本年支出合计), or the
     * line it belongs to stated just before it — then other totals a drafter may have divided by
     * instead. Empty when the label does not say of what.
     */
    private static Map<String, BigDecimal> totals(Disclosure d, List<ProseFigure> figures, int i, ProseFigure f) {
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        String label = f.label();
        if (label.contains("三公")) {
            threePublicTotal(d, figures, f).ifPresent(v -> totals.put("“三公”经费合计", v));
            d.data().threePublic().stream().flatMap(t -> t.row(ThreePublicItem.TOTAL_WITH_MEETINGS).stream())
                    .flatMap(r -> r.current().stream()).findFirst().flatMap(Amount::wan)
                    .ifPresent(v -> totals.put("“三公”经费、会议费、培训费合计", v));
        } else if (NAMED_TOTAL.matcher(label).find()) {
            Matcher m = NAMED_TOTAL.matcher(label);
            m.find();
            String named = m.group();
            // The total the label names, as the text states it (a 决算's 本年支出合计 is not its 支出总计).
            figures.stream().filter(p -> p.label().contains(named) && !p.label().contains("占")
                    && d.prose().current(p)).findFirst()
                    .ifPresent(p -> totals.put(named, wan(p)));
        } else if (f.path().contains("/")) {
            String parent = f.path().substring(0, f.path().lastIndexOf('/'));
            figures.stream().filter(p -> p.sentence().equals(f.sentence()) && p.path().equals(parent)
                    && d.prose().current(p)).findFirst()
                    .ifPresent(p -> totals.put("“" + parent + "”", wan(p)));
        }
        if (!totals.isEmpty()) {
            d.data().headline().get(Headline.Total.EXPENDITURE).flatMap(Amount::wan).ifPresent(v -> totals.putIfAbsent("本年支出合计", v));
            d.data().headline().get(Headline.Total.INCOME).flatMap(Amount::wan).ifPresent(v -> totals.putIfAbsent("本年收入合计", v));
        }
        totals.values().removeIf(v -> v.signum() == 0);
        return totals;
    }

    /** The 三公 total: the table's 合计, else the headline, else the items the same sentence states. */
    private static Optional<BigDecimal> threePublicTotal(Disclosure d, List<ProseFigure> figures, ProseFigure f) {
        Optional<BigDecimal> table = d.data().threePublic().stream().flatMap(t -> t.row(ThreePublicItem.TOTAL).stream())
                .flatMap(r -> r.current().stream()).findFirst().flatMap(Amount::wan);
        if (table.isPresent()) {
            return table;
        }
        Optional<BigDecimal> headline = d.data().headline().get(Headline.Total.THREE_PUBLIC).flatMap(Amount::wan);
        if (headline.isPresent()) {
            return headline;
        }
        List<ProseFigure> items = figures.stream().filter(p -> p.sentence().equals(f.sentence()) && money(p)
                && p.direction() == Direction.NONE && p.path().startsWith("三公经费/") && p.path().split("/").length == 2).toList();
        return items.size() >= 3 ? Optional.of(items.stream().map(PercentRule::wan).distinct().reduce(BigDecimal.ZERO, BigDecimal::add))
                : Optional.empty();
    }

    private void cut(List<ProseFigure> figures, int i, List<Finding> findings) {
        ProseFigure f = figures.get(i);
        List<ProseFigure> sentence = figures.stream().filter(g -> g.sentence().equals(f.sentence())).toList();
        Optional<ProseFigure> decrease = sentence.stream().filter(g -> money(g) && g.direction() == Direction.DOWN).findFirst();
        Optional<ProseFigure> current = decrease.flatMap(x -> sentence.stream()
                .filter(g -> money(g) && g.direction() == Direction.NONE && g.path().equals(x.path())).findFirst());
        if (decrease.isEmpty() || current.isEmpty()) {
            return;
        }
        BigDecimal previous = wan(current.get()).add(wan(decrease.get()));
        BigDecimal expected = previous.multiply(f.amount().value()).divide(HUNDRED, MathContext.DECIMAL64);
        if (Sums.differs(decrease.get().amount(), expected)) {
            BigDecimal actualShare = wan(decrease.get()).multiply(HUNDRED).divide(previous, 2, RoundingMode.HALF_UP);
            findings.add(mismatch(f.part(), f.location(), f.sentence(),
                    "“" + decrease.get().path() + "”减少" + decrease.get().amount().text() + "，称" + f.label() + f.amount().text()
                            + "，但上年" + Sums.show(previous) + "万元的" + f.amount().text() + "为" + Sums.show(expected.setScale(2, RoundingMode.HALF_UP))
                            + "万元（实际减少" + Amount.plain(actualShare) + "%）",
                    decrease.get().path() + ": a decrease of " + decrease.get().amount().text() + " is explained as a cut of "
                            + f.amount().text() + ", but that of last year's " + Sums.show(previous) + "万元 is "
                            + Sums.show(expected.setScale(2, RoundingMode.HALF_UP)) + "万元 (the decrease is " + Amount.plain(actualShare) + "%)",
                    expected.setScale(2, RoundingMode.HALF_UP), wan(decrease.get())));
        }
    }

    /** Figures of {@code path} in the few figures before {@code i}, nearest first. */
    private static List<ProseFigure> before(List<ProseFigure> figures, int i, String path) {
        List<ProseFigure> found = new ArrayList<>();
        for (int j = i - 1; j >= Math.max(0, i - WINDOW); j--) {
            if (figures.get(j).path().equals(path)) {
                found.add(figures.get(j));
            }
        }
        return found;
    }

    private static boolean money(ProseFigure f) {
        return f.amount() != null && f.amount().unit().money();
    }

    private static BigDecimal wan(ProseFigure f) {
        return f.amount().wan().orElseThrow();
    }

    /** The computed percentage rounded as the printed one is, within one unit of its last digit. */
    private static boolean matches(Amount printed, BigDecimal computed) {
        BigDecimal unit = BigDecimal.ONE.movePointLeft(Math.max(0, printed.value().scale()));
        return rounded(computed, printed).subtract(printed.value()).abs().compareTo(unit) <= 0;
    }

    private static BigDecimal rounded(BigDecimal computed, Amount printed) {
        return computed.setScale(Math.max(0, printed.value().scale()), RoundingMode.HALF_UP);
    }

    private static String percent(BigDecimal computed, Amount printed) {
        return Amount.plain(computed.setScale(Math.max(2, printed.value().scale()), RoundingMode.HALF_UP));
    }
}

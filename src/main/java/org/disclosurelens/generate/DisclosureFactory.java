package org.disclosurelens.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import org.disclosurelens.generate.Disclosure.AssetRow;
import org.disclosurelens.generate.Disclosure.Figures;
import org.disclosurelens.generate.Disclosure.Indicator;
import org.disclosurelens.generate.Disclosure.Line;
import org.disclosurelens.generate.Disclosure.Procurement;
import org.disclosurelens.generate.Disclosure.Project;
import org.disclosurelens.generate.Disclosure.ThreePublicRow;
import org.disclosurelens.identify.Divisions;

/**
 * Builds consistent disclosures from a seed: document {@code i} depends only on the seed and
 * {@code i}, so a small corpus is the prefix of a big one made with the same seed. Figures are
 * drawn bottom-up (items, then their totals), so every total equals the sum it states, from a
 * stream of the issuer and year (see {@link #core}), so documents of one unit agree across years.
 */
final class DisclosureFactory {

    /** Share of documents that continue an earlier issuer's series (the same unit, a later year). */
    private static final int SERIES_PERCENT = 12;
    /** How far back a series may reach for its earlier member. */
    private static final int SERIES_WINDOW = 40;
    private static final String CODE_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final List<String> BASES = List.of("部门职责", "计划标准", "行业标准", "历史标准");

    private final long seed;
    private final List<Template> templates;
    private final Catalog catalog = Catalog.get();
    private final Counties counties = Counties.load();
    /** The issuers' years that spend unlike their peers ({@link #spendLavishly}). */
    private final Set<IssuerYear> lavish = new HashSet<>();

    /** An issuer's unit and year as {@link #core} draws them: its county, department kind and year. */
    record IssuerYear(String county, String kind, int year) {

        static IssuerYear of(Disclosure d) {
            return new IssuerYear(d.place().county().code(), d.department().key(), d.year());
        }

        IssuerYear next() {
            return new IssuerYear(county, kind, year + 1);
        }
    }

    DisclosureFactory(long seed, List<Template> templates) {
        this.seed = seed;
        this.templates = List.copyOf(templates);
    }

    /** Who issues document {@code index}, in which year; cheap, so a series can look up its first member. */
    record Issuer(Template template, Place place, Catalog.Department department, int year, int seriesOf) {
    }

    Issuer issuer(int index) {
        Random r = random(index, 1);
        if (index > 0 && r.nextInt(100) < SERIES_PERCENT) {
            int earlier = index - 1 - r.nextInt(Math.min(index, SERIES_WINDOW));
            Issuer first = issuer(earlier);
            return new Issuer(first.template(), first.place(), first.department(), first.year() + 1 + r.nextInt(2), earlier);
        }
        Template template = templates.get(weighted(r));
        List<Divisions.Division> pool = counties.under(switch (template) {
            case COUNTY_NINE_PART -> "";
            case SHANGHAI_BUDGET, FINAL_ACCOUNTS -> "31";
            case JIANGSU_BUDGET -> "32";
        });
        Divisions.Division county = pool.get(r.nextInt(pool.size()));
        boolean cityInName = template != Template.COUNTY_NINE_PART || Counties.ambiguous(county) || r.nextInt(4) == 0;
        Catalog.Department department = catalog.kinds().get(r.nextInt(catalog.kinds().size()));
        return new Issuer(template, new Place(county, cityInName), department, 2019 + r.nextInt(6), -1);
    }

    /** County template seven times in ten when all are allowed; the others share the rest. */
    private int weighted(Random r) {
        if (templates.size() == 1) {
            return 0;
        }
        int roll = r.nextInt(100);
        int county = templates.indexOf(Template.COUNTY_NINE_PART);
        if (county >= 0 && roll < 70) {
            return county;
        }
        List<Template> others = templates.stream().filter(t -> t != Template.COUNTY_NINE_PART).toList();
        return templates.indexOf(others.get(roll % others.size()));
    }

    Disclosure create(int index) {
        Issuer issuer = issuer(index);
        Random r = random(index, 2);
        Catalog.Department dept = issuer.department();
        Place place = issuer.place();
        String unit = place.fill(dept.unit(), dept.shortName(), r);
        String scope = issuer.template() == Template.COUNTY_NINE_PART && r.nextInt(100) < 15 ? "单位" : "部门";
        Variation variation = variation(issuer.template(), r, random(index, 3));
        Core core = core(issuer);
        Core before = core(new Issuer(issuer.template(), place, dept, issuer.year() - 1, -1));
        List<ThreePublicRow> threePublic = continued(core.threePublic(), before);
        ThreePublicRow total = new ThreePublicRow("合计", sum(threePublic.stream().map(ThreePublicRow::last).toList()),
                sum(threePublic.stream().map(ThreePublicRow::current).toList()), "");
        total = new ThreePublicRow("合计", total.last(), total.current(), reason(total.change(), "合计"));
        Figures figures = continued(core.figures(), before, issuer.template());
        String id = String.format("g%04d", index + 1);
        return new Disclosure(id, place, dept, unit, issuer.year(), scope, issuer.template(), variation, figures,
                core.personnel(), core.projects(), threePublic, total, core.operating(), figures.publicFunds(), core.assets(),
                core.assetsTotal(), procurement(core.projects(), r), texts(issuer, unit, scope, r),
                issuer.seriesOf() < 0 ? null : String.format("g%04d", issuer.seriesOf() + 1), Disclosure.Printing.AS_FIGURED);
    }

    /** What an issuer spends in a year: this year's figures only, last year's come from the year before's. */
    private record Core(List<Project> projects, List<ThreePublicRow> threePublic, List<Line> operating,
            List<Line> personnel, Figures figures, List<AssetRow> assets, BigDecimal assetsTotal) {
    }

    /**
     * An issuer's figures in its year, drawn from a stream of the issuer (county, department kind)
     * and the year alone, not of the document's index: every document of one unit and year states
     * the same amounts, and every document states as last year's what the issuer's year before
     * holds, whether that document is in the corpus, earlier, later or twice (a series, or the same
     * issuer drawn again by chance, as Shanghai's 16 districts often are), so the year-over-year
     * check finds nothing wrong in a corpus with nothing planted.
     */
    private Core core(Issuer issuer) {
        Random r = new Random(seed * 0x9E3779B97F4A7C15L + Objects.hash(issuer.place().county().code(),
                issuer.department().key(), issuer.year()));
        int staff = 5 + r.nextInt(40);
        List<Line> personnel = personnel(staff, r);
        List<ThreePublicRow> threePublic = threePublic(staff, lavish.contains(key(issuer)), r);
        List<Line> operating = operating(threePublic, staff, r);
        BigDecimal publicFunds = sum(operating.stream().map(Line::amount).toList());
        BigDecimal basic = sum(personnel.stream().map(Line::amount).toList()).add(publicFunds);
        List<Project> projects = projects(issuer, basic, r);
        Figures figures = figures(personnel, publicFunds, projects);
        List<AssetRow> assets = assets(threePublic.get(2).current().signum() > 0, r);
        BigDecimal assetsTotal = sum(assets.stream().filter(a -> !a.within()).map(AssetRow::value).toList());
        return new Core(projects, threePublic, operating, personnel, figures, assets, assetsTotal);
    }

    private static IssuerYear key(Issuer issuer) {
        return new IssuerYear(issuer.place().county().code(), issuer.department().key(), issuer.year());
    }

    /**
     * Makes the issuer of document {@code index} spend unlike its peers in its year: it buys cars
     * (公务用车购置费 of one car in ten staff and two more, at 22 to 30万元 each), which no clean
     * document does, so its 三公 share stands far from its peers'. Every later document of the
     * issuer states that year's amounts as its last year's, as for any other year. Returns false
     * when that year, or the issuer's year after, is already in the corpus: its document states
     * that year otherwise.
     */
    boolean spendLavishly(int index, Set<IssuerYear> issued) {
        IssuerYear year = key(issuer(index));
        if (issued.contains(year) || issued.contains(year.next())) {
            return false;
        }
        lavish.add(year);
        return true;
    }

    /** The 三公 rows with last year's column taken from the issuer's year before. */
    private static List<ThreePublicRow> continued(List<ThreePublicRow> rows, Core before) {
        List<ThreePublicRow> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ThreePublicRow row = rows.get(i);
            BigDecimal last = before.threePublic().get(i).current();
            out.add(new ThreePublicRow(row.name(), last, row.current(), reason(row.current().subtract(last), row.name())));
        }
        return out;
    }

    /**
     * Last year's total from the issuer's year before. Shanghai's text puts the change after
     * 财政拨款收入 (income minus other income), so there last year's total is set to give last year's
     * 财政拨款收入 with this year's other income.
     */
    private static Figures continued(Figures f, Core before, Template template) {
        BigDecimal last = template == Template.SHANGHAI_BUDGET
                ? before.figures().incomeGeneral().add(f.incomeOther()) : before.figures().expenditure();
        return new Figures(f.income(), f.incomeGeneral(), f.incomeFund(), f.incomeOther(), f.expenditure(), f.basic(),
                f.personnel(), f.publicFunds(), f.projectTotal(), last, f.pension(), f.medical(), f.housing());
    }

    private Random random(int index, int salt) {
        return new Random(seed * 0x9E3779B97F4A7C15L + index * 1_000_003L + salt);
    }

    /** The template's variation; the change sentence's form and the tables' shape from their own stream, so the rest stays as it was. */
    private static Variation variation(Template template, Random r, Random forms) {
        ChangeForm form = ChangeForm.values()[forms.nextInt(ChangeForm.values().length)];
        TableShape shape = TableShape.draw(forms);
        if (template == Template.SHANGHAI_BUDGET || template == Template.FINAL_ACCOUNTS) {
            return new Variation(HeadingStyle.CHINESE, List.of(), false, false, false, true, true,
                    r.nextInt(4) == 0 ? MoneyUnit.WAN_YUAN : MoneyUnit.YUAN, r.nextBoolean(), form, shape);
        }
        if (template == Template.JIANGSU_BUDGET) {
            HeadingStyle style = r.nextInt(3) > 0 ? HeadingStyle.PART_SPACE
                    : pick(List.of(HeadingStyle.PART_FULL_COLON, HeadingStyle.PART_NEXT_LINE, HeadingStyle.PART_ARABIC), r);
            return new Variation(style, List.of(), false, false, false, r.nextInt(5) > 0, true,
                    r.nextInt(4) == 0 ? MoneyUnit.YUAN : MoneyUnit.WAN_YUAN, false, form, shape);
        }
        HeadingStyle style = pick(List.of(HeadingStyle.values()), r);
        List<Integer> missing = new ArrayList<>();
        if (r.nextInt(4) == 0) {
            missing.add(pick(List.of(3, 6, 7, 9), r));
        }
        boolean mergeCost = !missing.contains(3) && r.nextInt(8) == 0;
        boolean mergeAssets = !missing.contains(6) && !missing.contains(7) && r.nextInt(10) == 0;
        boolean renumber = (!missing.isEmpty() || mergeCost || mergeAssets) && r.nextBoolean();
        MoneyUnit unit = r.nextInt(10) < 7 ? MoneyUnit.WAN_YUAN : MoneyUnit.YUAN;
        return new Variation(style, missing, mergeCost, mergeAssets, renumber, r.nextInt(4) == 0, r.nextInt(10) < 3,
                unit, unit == MoneyUnit.YUAN && r.nextInt(3) == 0, form, shape);
    }

    /**
     * Two or more of the kind's projects, together {@link #projectIntensity} of the basic
     * expenditure give or take a quarter, split by weights of 1 to 4: departments of one kind are
     * alike, so the peer comparison finds nothing in a corpus with nothing planted.
     */
    private List<Project> projects(Issuer issuer, BigDecimal basic, Random r) {
        Catalog.Department dept = issuer.department();
        List<Catalog.ProjectTemplate> pool = new ArrayList<>(dept.projects());
        Collections.shuffle(pool, r);
        int count = 2 + r.nextInt(pool.size() - 1);
        long total = basic.multiply(BigDecimal.valueOf(projectIntensity(dept) * (75 + r.nextInt(51)) / 100))
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).longValue();
        int[] weights = new int[count];
        int weightSum = 0;
        for (int i = 0; i < count; i++) {
            weights[i] = 1 + r.nextInt(4);
            weightSum += weights[i];
        }
        List<Project> projects = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            projects.add(project(pool.get(i), issuer, (int) Math.max(100, total * weights[i] / weightSum), r));
        }
        return projects;
    }

    /**
     * What a department kind spends on projects for each 元 of basic expenditure, 0.3 to 1.5, fixed
     * by the kind's key (String.hashCode is the same on every JVM): a 财政局 and a 民政局 differ, two
     * 民政局 do not much.
     */
    static double projectIntensity(Catalog.Department dept) {
        return 0.3 + 1.2 * Math.floorMod(dept.key().hashCode(), 101) / 100.0;
    }

    private Project project(Catalog.ProjectTemplate t, Issuer issuer, int cents, Random r) {
        Place place = issuer.place();
        String shortName = issuer.department().shortName();
        BigDecimal budget = wan(cents);
        BigDecimal other = r.nextInt(8) == 0 ? wan(budget.intValue() / 10_000 * 100 / 4) : BigDecimal.ZERO.setScale(2);
        StringBuilder code = new StringBuilder(place.county().code()).append(String.format("%02d", issuer.year() % 100));
        for (int i = 0; i < 13; i++) {
            code.append(CODE_CHARS.charAt(r.nextInt(CODE_CHARS.length())));
        }
        List<String> goals = new ArrayList<>();
        for (String goal : t.goals()) {
            goals.add(place.fill(goal, shortName, r));
        }
        List<Indicator> indicators = new ArrayList<>();
        t.outputs().forEach(row -> indicators.add(indicator("产出指标", row, place, shortName, r)));
        t.effects().forEach(row -> indicators.add(indicator("效益指标", row, place, shortName, r)));
        List<List<String>> effects = new ArrayList<>(catalog.effects());
        Collections.shuffle(effects, r);
        effects.subList(0, 1 + r.nextInt(2)).forEach(row -> indicators.add(indicator("效益指标", row, place, shortName, r)));
        List<List<String>> satisfaction = new ArrayList<>(catalog.satisfaction());
        Collections.shuffle(satisfaction, r);
        satisfaction.subList(0, 1 + r.nextInt(2)).forEach(row -> indicators.add(indicator("满意度指标", row, place, shortName, r)));
        return new Project(code.toString(), shortName + t.name(), place.fill(t.purpose(), shortName, r), t.procurement(),
                budget, budget.subtract(other), other, plan(r), goals, indicators);
    }

    private static Indicator indicator(String level1, List<String> row, Place place, String shortName, Random r) {
        return new Indicator(level1, row.get(0), place.fill(row.get(1), shortName, r), place.fill(row.get(2), shortName, r),
                place.fill(row.get(3), shortName, r), pick(BASES, r));
    }

    /** Shares for the last 1 to 4 columns, multiples of 5 summing to 100; earlier columns blank. */
    private static List<BigDecimal> plan(Random r) {
        int columns = 1 + r.nextInt(4);
        int[] shares = new int[columns];
        int left = 20;
        for (int i = 0; i < columns - 1; i++) {
            shares[i] = 1 + r.nextInt(left - (columns - 1 - i));
            left -= shares[i];
        }
        shares[columns - 1] = left;
        List<BigDecimal> plan = new ArrayList<>(Collections.nCopies(4 - columns, (BigDecimal) null));
        for (int share : shares) {
            plan.add(BigDecimal.valueOf(share * 5L).setScale(2));
        }
        return plan;
    }

    /**
     * The 三公 rows by head count: cars' running in every department (one without, among peers
     * with, would be an outlier), reception in six of seven, travel abroad in one of ten, and no car
     * bought unless the issuer spends lavishly
     * ({@link #spendLavishly}).
     */
    private static List<ThreePublicRow> threePublic(int staff, boolean lavish, Random r) {
        BigDecimal abroad = r.nextInt(10) == 0 ? wan(staff * (3 + r.nextInt(6))) : wan(0);
        BigDecimal running = wan(staff * (18 + r.nextInt(10)));
        BigDecimal reception = r.nextInt(7) == 0 ? wan(0) : wan(staff * (5 + r.nextInt(7)));
        BigDecimal purchase = wan(0);
        if (lavish) {
            int cars = 2 + staff / 10;
            purchase = wan(cars * (2200 + r.nextInt(800)));
        }
        List<ThreePublicRow> rows = new ArrayList<>();
        rows.add(row("因公出国（境）费", abroad));
        rows.add(row("公务用车购置费", purchase));
        rows.add(row("公务用车运行维护费", running));
        rows.add(row("公务接待费", reception));
        return rows;
    }

    /** A row of this year's amount; its last year's column is filled by {@link #continued}. */
    private static ThreePublicRow row(String name, BigDecimal current) {
        return new ThreePublicRow(name, current, current, reason(BigDecimal.ZERO, name));
    }

    private static String reason(BigDecimal change, String name) {
        if (change.signum() == 0) {
            return "无增减变化";
        }
        String what = name.equals("合计") ? "“三公”经费" : name;
        return change.signum() < 0 ? "厉行节约，压减" + what : "因工作需要，" + what + "有所增加";
    }

    /** 机关运行经费 items by head count; 公务接待费 and 公务用车运行维护费 equal their 三公 rows. */
    private static List<Line> operating(List<ThreePublicRow> threePublic, int staff, Random r) {
        Catalog catalog = Catalog.get();
        List<Line> items = new ArrayList<>();
        items.add(line(catalog, "30201", wan(staff * (40 + r.nextInt(20)))));
        items.add(line(catalog, r.nextInt(3) == 0 ? "30205" : "30206", wan(staff * (20 + r.nextInt(10)))));
        items.add(line(catalog, "30207", wan(staff * (10 + r.nextInt(5)))));
        items.add(line(catalog, "30211", wan(staff * (30 + r.nextInt(15)))));
        if (r.nextBoolean()) {
            items.add(line(catalog, "30213", wan(staff * (5 + r.nextInt(10)))));
        }
        if (threePublic.get(3).current().signum() > 0) {
            items.add(line(catalog, "30217", threePublic.get(3).current()));
        }
        if (threePublic.get(2).current().signum() > 0) {
            items.add(line(catalog, "30231", threePublic.get(2).current()));
        }
        items.add(line(catalog, "30299", wan(staff * (20 + r.nextInt(20)))));
        return items;
    }

    /** Wages by head count; pension, medical insurance and housing fund as shares of wages. */
    private static List<Line> personnel(int staff, Random r) {
        Catalog catalog = Catalog.get();
        BigDecimal wage = wan(staff * (380 + r.nextInt(50)));
        BigDecimal allowance = wan(staff * (400 + r.nextInt(100)));
        BigDecimal bonus = r.nextBoolean() ? wan(staff * (30 + r.nextInt(70))) : wan(0);
        BigDecimal base = wage.add(allowance);
        List<Line> items = new ArrayList<>();
        items.add(line(catalog, "30101", wage));
        items.add(line(catalog, "30102", allowance));
        if (bonus.signum() > 0) {
            items.add(line(catalog, "30103", bonus));
        }
        items.add(line(catalog, "30108", share(base, "0.16")));
        items.add(line(catalog, "30110", share(base, "0.08")));
        items.add(line(catalog, "30113", share(base, "0.12")));
        return items;
    }

    /** This year's figures; last year's total is filled by {@link #continued}. */
    private static Figures figures(List<Line> personnelItems, BigDecimal publicFunds, List<Project> projects) {
        BigDecimal personnel = sum(personnelItems.stream().map(Line::amount).toList());
        BigDecimal basic = personnel.add(publicFunds);
        BigDecimal projectTotal = sum(projects.stream().map(Project::budget).toList());
        BigDecimal expenditure = basic.add(projectTotal);
        BigDecimal other = sum(projects.stream().map(Project::other).toList());
        return new Figures(expenditure, expenditure.subtract(other), wan(0), other, expenditure, basic, personnel,
                publicFunds, projectTotal, expenditure, amount(personnelItems, "30108"), amount(personnelItems, "30110"),
                amount(personnelItems, "30113"));
    }

    private static List<AssetRow> assets(boolean hasCars, Random r) {
        List<AssetRow> rows = new ArrayList<>();
        boolean building = r.nextInt(3) > 0;
        int area = building ? 200 + r.nextInt(2800) : 0;
        BigDecimal house = building ? wan(2000 + r.nextInt(78000)) : wan(0);
        int office = area * (60 + r.nextInt(31)) / 100;
        rows.add(new AssetRow("1、房屋（平方米）", Integer.toString(area), house, false));
        rows.add(new AssetRow("其中：办公用房（平方米）", Integer.toString(office),
                building ? wan(house.intValue() / 100 * office / Math.max(1, area)) : wan(0), true));
        int cars = hasCars ? 1 + r.nextInt(4) : 0;
        rows.add(new AssetRow("2、车辆（台、辆）", Integer.toString(cars), wan(cars * (1000 + r.nextInt(2000))), false));
        int devices = r.nextInt(5) == 0 ? 1 + r.nextInt(3) : 0;
        rows.add(new AssetRow("3、单价在20万元以上的设备", Integer.toString(devices), wan(devices * (2000 + r.nextInt(4000))), false));
        rows.add(new AssetRow("4、其他固定资产", "—", wan(100 + r.nextInt(2900)), false));
        return rows;
    }

    /** Goods are what the buying projects cost; one other project may be bought as a service. */
    private static Procurement procurement(List<Project> projects, Random r) {
        BigDecimal goods = sum(projects.stream().filter(Project::buys).map(Project::budget).toList());
        List<Project> others = projects.stream().filter(p -> !p.buys()).toList();
        BigDecimal services = !others.isEmpty() && r.nextInt(10) < 3 ? others.get(r.nextInt(others.size())).budget() : wan(0);
        BigDecimal total = goods.add(services);
        return new Procurement(total, goods, services, total.signum() == 0);
    }

    private Disclosure.Texts texts(Issuer issuer, String unit, String scope, Random r) {
        Catalog.Department dept = issuer.department();
        Place place = issuer.place();
        String who = place.county().name() + dept.shortName();
        List<String> duties = dept.duties().stream().map(d -> place.fill(d, dept.shortName(), r)).toList();
        List<List<String>> institutions = new ArrayList<>();
        institutions.add(List.of(unit, dept.nature(), dept.grade(), "财政拨款"));
        if (scope.equals("部门") && r.nextInt(10) < 3) {
            institutions.add(List.of(place.prefix() + dept.shortName() + "事务中心", "事业", "股级", "财政补助"));
        }
        List<String> openings = new ArrayList<>(dept.goalOpenings());
        Collections.shuffle(openings, r);
        List<String> goals = new ArrayList<>();
        for (int i = 0; i < 2 + r.nextInt(2); i++) {
            List<String> clauses = new ArrayList<>(dept.goalClauses());
            Collections.shuffle(clauses, r);
            String target = place.fill(pick(catalog.goalTargets(), r), dept.shortName(), r);
            goals.add((i + 1) + "." + openings.get(i) + "。" + who + clauses.get(0) + "，" + clauses.get(1) + "，" + target + "。");
        }
        List<String> clauses = new ArrayList<>(dept.goalClauses());
        Collections.shuffle(clauses, r);
        String dutyGoals = issuer.year() + "年，" + who + "认真贯彻落实党中央和省委、市委决策部署，" + clauses.get(0) + "，"
                + clauses.get(1) + "，" + clauses.get(2) + "，确保" + issuer.year() + "年度各项目标任务圆满完成。";
        List<String> safeguards = new ArrayList<>();
        catalog.safeguards().forEach(s -> safeguards.addAll(s));
        String other = pick(catalog.otherMatters(), r).replace("{year}", Integer.toString(issuer.year()));
        return new Disclosure.Texts(duties, institutions, goals, dutyGoals, pick(dept.changeReasons(), r), safeguards, other, "", false);
    }

    private static Line line(Catalog catalog, String code, BigDecimal amount) {
        return new Line(catalog.name(code), code, amount);
    }

    private static BigDecimal amount(List<Line> lines, String code) {
        return lines.stream().filter(l -> l.code().equals(code)).map(Line::amount).findFirst().orElse(wan(0));
    }

    /** An amount of {@code cents} hundredths of 万元 (2780 is 27.80万元), in 元. */
    static BigDecimal wan(int cents) {
        return BigDecimal.valueOf(cents * 100L).setScale(2);
    }

    /** {@code fraction} of {@code yuan}, rounded to whole hundreds of 元 (0.01万元). */
    private static BigDecimal share(BigDecimal yuan, String fraction) {
        return yuan.multiply(new BigDecimal(fraction)).divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP)
                .multiply(BigDecimal.valueOf(100)).setScale(2);
    }

    static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    private static <T> T pick(List<T> items, Random r) {
        return items.get(r.nextInt(items.size()));
    }
}

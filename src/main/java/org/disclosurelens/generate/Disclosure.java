package org.disclosurelens.generate;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One generated disclosure: who issues it, its figures and its texts, exactly as its renditions
 * print them. Every amount is in 元 (yuan) with two decimals; the renditions print tables in the
 * variation's unit and prose in 万元. Faults are planted by changing a printed value or a text,
 * so after injection the model still says what the document says, and each fault records what
 * the consistent value would have been.
 *
 * @param id the document's key in the ground truth and its file names (g0001)
 * @param scope 部门 (a department with its units) or 单位 (one unit)
 * @param seriesOf the id of an earlier disclosure of the same unit (another year), or null
 * @param printing how the tables are printed where a fault changed them (none by default)
 */
public record Disclosure(
        String id,
        Place place,
        Catalog.Department department,
        String unit,
        int year,
        String scope,
        Template template,
        Variation variation,
        Figures figures,
        List<Line> personnelItems,
        List<Project> projects,
        List<ThreePublicRow> threePublic,
        ThreePublicRow threePublicTotal,
        List<Line> operating,
        BigDecimal operatingTotal,
        List<AssetRow> assets,
        BigDecimal assetsTotal,
        Procurement procurement,
        Texts texts,
        String seriesOf,
        Printing printing) {

    public Disclosure {
        Objects.requireNonNull(id);
        personnelItems = List.copyOf(personnelItems);
        projects = List.copyOf(projects);
        threePublic = List.copyOf(threePublic);
        operating = List.copyOf(operating);
        assets = List.copyOf(assets);
        printing = printing == null ? Printing.AS_FIGURED : printing;
    }

    Disclosure withFigures(Figures f) {
        return new Disclosure(id, place, department, unit, year, scope, template, variation, f, personnelItems, projects,
                threePublic, threePublicTotal, operating, operatingTotal, assets, assetsTotal, procurement, texts, seriesOf, printing);
    }

    Disclosure withProjects(List<Project> p) {
        return new Disclosure(id, place, department, unit, year, scope, template, variation, figures, personnelItems, p,
                threePublic, threePublicTotal, operating, operatingTotal, assets, assetsTotal, procurement, texts, seriesOf, printing);
    }

    Disclosure withThreePublicTotal(ThreePublicRow total) {
        return new Disclosure(id, place, department, unit, year, scope, template, variation, figures, personnelItems,
                projects, threePublic, total, operating, operatingTotal, assets, assetsTotal, procurement, texts, seriesOf, printing);
    }

    Disclosure withOperatingTotal(BigDecimal total) {
        return new Disclosure(id, place, department, unit, year, scope, template, variation, figures, personnelItems,
                projects, threePublic, threePublicTotal, operating, total, assets, assetsTotal, procurement, texts, seriesOf, printing);
    }

    Disclosure withAssetsTotal(BigDecimal total) {
        return new Disclosure(id, place, department, unit, year, scope, template, variation, figures, personnelItems,
                projects, threePublic, threePublicTotal, operating, operatingTotal, assets, total, procurement, texts, seriesOf, printing);
    }

    Disclosure withProcurement(Procurement p) {
        return new Disclosure(id, place, department, unit, year, scope, template, variation, figures, personnelItems,
                projects, threePublic, threePublicTotal, operating, operatingTotal, assets, assetsTotal, p, texts, seriesOf, printing);
    }

    Disclosure withPrinting(Printing p) {
        return new Disclosure(id, place, department, unit, year, scope, template, variation, figures, personnelItems,
                projects, threePublic, threePublicTotal, operating, operatingTotal, assets, assetsTotal, procurement, texts, seriesOf,
                p);
    }

    /**
     * How tables and text are printed where a fault made them differ from the figures.
     *
     * @param economicDraft what the 基本支出经济分类表 adds to its first 公用经费 line, and so to its 302 and
     *     合计 lines: 0, or the difference of an earlier draft printed in its place (fault
     *     {@code cross-table}: the table adds up on its own and differs from the function table)
     * @param slips the slips of printing made (none when printed as figured)
     */
    public record Printing(BigDecimal economicDraft, Set<Slip> slips) {

        public static final Printing AS_FIGURED = new Printing(BigDecimal.ZERO, EnumSet.noneOf(Slip.class));

        public Printing {
            slips = Collections.unmodifiableSet(slips.isEmpty() ? EnumSet.noneOf(Slip.class) : EnumSet.copyOf(slips));
        }

        Printing withEconomicDraft(BigDecimal shift) {
            return new Printing(shift, slips);
        }

        Printing with(Slip slip) {
            Set<Slip> more = EnumSet.of(slip);
            more.addAll(slips);
            return new Printing(economicDraft, more);
        }

        boolean has(Slip slip) {
            return slips.contains(slip);
        }
    }

    /** A slip of printing: text or a table printed otherwise than the figures say, each of one fault kind. */
    public enum Slip {
        /** The 三公 table is printed with its headers and no row, while the text states its amounts (fault {@code empty-table}). */
        THREE_PUBLIC_EMPTIED,
        /** The reason of the year's change is worded for a move the other way (fault {@code reason-direction}). */
        REASON_REVERSED,
        /** The 三公 paragraph's first full stop is typed twice, 。。 (fault {@code doubled-punctuation}). */
        DOUBLED_STOP,
        /**
         * The sentence of the year's change names the document's own year where the year before stands
         * (fault {@code compare-year}: 比2026年预算增加 in a 2026 budget).
         */
        OWN_YEAR_COMPARED,
        /** The 基本支出经济分类表's first personnel line is printed with a minus sign (fault {@code negative-amount}). */
        NEGATIVE_LINE,
        /** The 基本支出经济分类表 the 目录 lists is not printed (fault {@code toc-table}, Jiangsu's template). */
        ECONOMIC_TABLE_LEFT_OUT,
        /** Final accounts: the first 项 that spent other than its budget claims the other direction, 大于 for 小于 (fault {@code final-direction}). */
        FINAL_CLAIM_REVERSED
    }

    Disclosure withTexts(Texts t) {
        return new Disclosure(id, place, department, unit, year, scope, template, variation, figures, personnelItems,
                projects, threePublic, threePublicTotal, operating, operatingTotal, assets, assetsTotal, procurement, t, seriesOf, printing);
    }

    /**
     * The totals of part 2. Consistent when income = general + fund + other = expenditure,
     * expenditure = basic + projects, basic = personnel + public funds, and projects = the sum of
     * the projects' budgets. Pension, medical and housing are the parts of personnel booked to
     * their own functional lines.
     */
    public record Figures(BigDecimal income, BigDecimal incomeGeneral, BigDecimal incomeFund, BigDecimal incomeOther,
            BigDecimal expenditure, BigDecimal basic, BigDecimal personnel, BigDecimal publicFunds,
            BigDecimal projectTotal, BigDecimal lastYear, BigDecimal pension, BigDecimal medical, BigDecimal housing) {
    }

    /**
     * A project with its 绩效目标表: budget = fiscal + other funds; the spending plan has one
     * share per column (3月底, 6月底, 10月底, 12月底), null where the cell is blank, summing to 100.
     */
    public record Project(String code, String name, String purpose, boolean buys, BigDecimal budget,
            BigDecimal fiscal, BigDecimal other, List<BigDecimal> plan, List<String> goals,
            List<Indicator> indicators) {

        public Project {
            plan = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(plan));
            goals = List.copyOf(goals);
            indicators = List.copyOf(indicators);
        }

        Project withPlan(List<BigDecimal> newPlan) {
            return new Project(code, name, purpose, buys, budget, fiscal, other, newPlan, goals, indicators);
        }

        Project withCode(String newCode) {
            return new Project(newCode, name, purpose, buys, budget, fiscal, other, plan, goals, indicators);
        }

        Project withIndicators(List<Indicator> newIndicators) {
            return new Project(code, name, purpose, buys, budget, fiscal, other, plan, goals, newIndicators);
        }

        public BigDecimal planTotal() {
            return plan.stream().filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /** One row of a 绩效目标表: 一级指标, 二级指标, 三级指标, 绩效指标描述, 指标值, 指标值确定依据. */
    public record Indicator(String level1, String level2, String name, String description, String value,
            String basis) {
    }

    /** A row of the 三公 table: last year's budget, this year's, and the reason for the change. */
    public record ThreePublicRow(String name, BigDecimal last, BigDecimal current, String reason) {

        public BigDecimal change() {
            return current.subtract(last);
        }
    }

    /** An amount with its name and, for operating costs, its economic classification code (30201). */
    public record Line(String name, String code, BigDecimal amount) {
    }

    /** A row of the fixed-asset table; {@code within} marks a 其中 row, already counted in the row above. */
    public record AssetRow(String name, String quantity, BigDecimal value, boolean within) {
    }

    /**
     * The procurement budget: goods + services = total. {@code declaredNone} is true when part 6
     * says there is none, which contradicts the plan when a project buys equipment.
     */
    public record Procurement(BigDecimal total, BigDecimal goods, BigDecimal services, boolean declaredNone) {
    }

    /** The prose of the disclosure that is specific to its issuer, and the subordinate units. */
    /**
     * @param threePublic the 三公 paragraph as printed when it is not composed from the figures (last
     *     year's paragraph left in: the stale-text fault); "" to compose it
     * @param staleTitle the heading of the budget explanation names the year before (the year-title fault)
     */
    public record Texts(List<String> duties, List<List<String>> institutions, List<String> overallGoals,
            String dutyGoals, String changeReason, List<String> safeguards, String other, String threePublic,
            boolean staleTitle) {

        public Texts {
            duties = List.copyOf(duties);
            institutions = institutions.stream().map(List::copyOf).toList();
            overallGoals = List.copyOf(overallGoals);
            safeguards = List.copyOf(safeguards);
        }

        /** These texts with {@code text} put among the duties at {@code index}. */
        public Texts withDuty(int index, String text) {
            List<String> all = new java.util.ArrayList<>(duties);
            all.add(index, text);
            return new Texts(all, institutions, overallGoals, dutyGoals, changeReason, safeguards, other, threePublic, staleTitle);
        }

        /** These texts with overall goal {@code index} replaced by {@code text}. */
        public Texts withOverallGoal(int index, String text) {
            List<String> goals = new java.util.ArrayList<>(overallGoals);
            goals.set(index, text);
            return new Texts(duties, institutions, goals, dutyGoals, changeReason, safeguards, other, threePublic, staleTitle);
        }

        /** These texts with the 三公 paragraph printed as {@code text}. */
        public Texts withThreePublic(String text) {
            return new Texts(duties, institutions, overallGoals, dutyGoals, changeReason, safeguards, other, text, staleTitle);
        }

        /** These texts with the budget explanation's heading naming the year before. */
        public Texts withStaleTitle() {
            return new Texts(duties, institutions, overallGoals, dutyGoals, changeReason, safeguards, other, threePublic, true);
        }
    }
}

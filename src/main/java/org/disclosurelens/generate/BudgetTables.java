package org.disclosurelens.generate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.disclosurelens.generate.Disclosure.Line;
import org.disclosurelens.generate.Disclosure.Project;
import org.disclosurelens.generate.Disclosure.Slip;
import org.disclosurelens.model.Cell;
import org.disclosurelens.model.Location;
import org.disclosurelens.model.Table;
import org.disclosurelens.structure.CanonicalPart;

/**
 * The standard budget tables (收支总表, 一般公共预算支出功能分类表, 基本支出经济分类表, 三公经费和
 * 机关运行经费表), computed from the disclosure's items: projects, personnel and operating lines.
 * They never use a printed total, so a fault planted in a total shows against them.
 */
final class BudgetTables {

    private BudgetTables() {
    }

    /** A line of the functional classification: 类 (3 digits), 款 (5) or 项 (7). */
    record FunctionLine(String code, String name, BigDecimal basic, BigDecimal project) {

        BigDecimal total() {
            return basic.add(project);
        }
    }

    /** The 项 lines with their 款 and 类 subtotals before them, in code order. */
    static List<FunctionLine> functionLines(Disclosure d) {
        Map<String, BigDecimal[]> items = new TreeMap<>();
        BigDecimal pension = d.figures().pension();
        BigDecimal medical = d.figures().medical();
        BigDecimal housing = d.figures().housing();
        BigDecimal personnel = DisclosureFactory.sum(d.personnelItems().stream().map(Line::amount).toList());
        BigDecimal operating = DisclosureFactory.sum(d.operating().stream().map(Line::amount).toList());
        add(items, d.department().function().admin(), personnel.subtract(pension).subtract(medical).subtract(housing).add(operating), null);
        add(items, d.department().function().project(), null, projectTotal(d));
        add(items, "2080505", pension, null);
        add(items, "2101101", medical, null);
        add(items, "2210201", housing, null);
        Map<String, BigDecimal[]> all = new TreeMap<>();
        items.forEach((code, v) -> {
            for (String key : List.of(code.substring(0, 3), code.substring(0, 5), code)) {
                add(all, key, v[0], v[1]);
            }
        });
        Catalog catalog = Catalog.get();
        List<FunctionLine> lines = new ArrayList<>();
        all.forEach((code, v) -> lines.add(new FunctionLine(code, catalog.name(code), v[0], v[1])));
        return lines;
    }

    private static void add(Map<String, BigDecimal[]> map, String code, BigDecimal basic, BigDecimal project) {
        BigDecimal[] v = map.computeIfAbsent(code, k -> new BigDecimal[] {DisclosureFactory.wan(0), DisclosureFactory.wan(0)});
        v[0] = v[0].add(basic == null ? BigDecimal.ZERO : basic);
        v[1] = v[1].add(project == null ? BigDecimal.ZERO : project);
    }

    static BigDecimal projectTotal(Disclosure d) {
        return DisclosureFactory.sum(d.projects().stream().map(Project::budget).toList());
    }

    static BigDecimal total(Disclosure d) {
        return functionLines(d).stream().filter(l -> l.code().length() == 3).map(FunctionLine::total)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * Prints the four tables under their {@code headings}: the 收支总表 (amounts headed {@code column}),
     * the function table, the economic table (left out by fault toc-table) and {@code threePublic}.
     */
    static void print(Disclosure d, Rendition.Builder b, List<String> headings, String column, Table threePublic) {
        String unitLine = "编制部门：" + d.unit();
        b.heading(headings.get(0), CanonicalPart.BUDGET_TABLES);
        b.table(summary(d, unitLine, column));
        b.heading(headings.get(1), CanonicalPart.BUDGET_TABLES);
        b.table(functions(d, unitLine));
        if (!d.printing().has(Slip.ECONOMIC_TABLE_LEFT_OUT)) {
            b.heading(headings.get(2), CanonicalPart.BUDGET_TABLES);
            b.table(economic(d, unitLine));
        }
        b.heading(headings.get(3), CanonicalPart.BUDGET_TABLES, CanonicalPart.THREE_PUBLIC);
        b.table(threePublic);
    }

    /** The income besides the appropriation: the projects' 其他资金. */
    static BigDecimal otherIncome(Disclosure d) {
        return DisclosureFactory.sum(d.projects().stream().map(Project::other).toList());
    }

    /** 收支预算总表: income sources on the left, spending by 类 on the right. */
    static Table summary(Disclosure d, String unitLine) {
        return summary(d, unitLine, "预算数");
    }

    /** The 收支总表 with its amount columns headed {@code column} (预算数, or 决算数 in final accounts). */
    static Table summary(Disclosure d, String unitLine, String column) {
        List<FunctionLine> classes = functionLines(d).stream().filter(l -> l.code().length() == 3).toList();
        BigDecimal other = otherIncome(d);
        BigDecimal total = total(d);
        List<String[]> income = List.of(new String[] {"一、一般公共预算拨款收入", Tables.money(d, total.subtract(other))},
                new String[] {"二、政府性基金预算拨款收入", Tables.money(d, DisclosureFactory.wan(0))},
                new String[] {"三、其他收入", Tables.money(d, other)});
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(new Cell(unitLine, 3, 1), new Cell("单位：" + d.variation().tableUnit().label())));
        rows.add(Tables.cells("收入项目", column, "支出项目", column));
        if (d.variation().tableShape().numberRow()) {
            rows.add(Tables.cells("栏次", "1", "栏次", "2"));
        }
        for (int i = 0; i < Math.max(income.size(), classes.size()); i++) {
            String[] in = i < income.size() ? income.get(i) : new String[] {"", ""};
            String out = i < classes.size() ? org.disclosurelens.text.ChineseNumerals.format(i + 1) + "、" + classes.get(i).name() : "";
            String amount = i < classes.size() ? Tables.money(d, classes.get(i).total()) : "";
            rows.add(Tables.cells(in[0], in[1], out, amount));
        }
        rows.add(Tables.cells("收入总计", Tables.money(d, total), "支出总计", Tables.money(d, total)));
        return new Table(rows, Location.UNKNOWN);
    }

    /** 一般公共预算支出功能分类预算表: code, name, total, basic, project, with 类/款 subtotals. */
    static Table functions(Disclosure d, String unitLine) {
        List<Item> items = new ArrayList<>();
        for (FunctionLine line : functionLines(d)) {
            items.add(new Item(line.code(), line.name(), List.of(line.total(), line.basic(), line.project())));
        }
        BigDecimal project = projectTotal(d);
        BigDecimal total = total(d);
        return classification(d, unitLine, List.of("合计", "基本支出", "项目支出"), items,
                List.of(total, total.subtract(project), project));
    }

    /** 一般公共预算基本支出经济分类预算表: 301 personnel and 302 operating lines. */
    static Table economic(Disclosure d, String unitLine) {
        Catalog catalog = Catalog.get();
        BigDecimal personnel = DisclosureFactory.sum(d.personnelItems().stream().map(Line::amount).toList());
        List<Line> printed = new ArrayList<>(d.operating());
        if (d.printing().economicDraft().signum() != 0 && !printed.isEmpty()) {
            Line first = printed.get(0);
            printed.set(0, new Line(first.name(), first.code(), first.amount().add(d.printing().economicDraft())));
        }
        BigDecimal operating = DisclosureFactory.sum(printed.stream().map(Line::amount).toList());
        BigDecimal zero = DisclosureFactory.wan(0);
        List<Item> items = new ArrayList<>();
        items.add(new Item("301", catalog.name("301"), List.of(personnel, personnel, zero)));
        for (Line line : d.personnelItems()) {
            // Fault negative-amount: the first personnel line typed with a minus sign.
            BigDecimal printedAmount = d.printing().has(Slip.NEGATIVE_LINE) && line == d.personnelItems().get(0) ? line.amount().negate() : line.amount();
            items.add(new Item(line.code(), line.name(), List.of(printedAmount, printedAmount, zero)));
        }
        items.add(new Item("302", catalog.name("302"), List.of(operating, zero, operating)));
        for (Line line : printed) {
            items.add(new Item(line.code(), line.name(), List.of(line.amount(), zero, line.amount())));
        }
        return classification(d, unitLine, List.of("合计", "人员经费", "公用经费"), items,
                List.of(personnel.add(operating), personnel, operating));
    }

    /** A line of a classification table: its code, its name and its amounts in column order. */
    private record Item(String code, String name, List<BigDecimal> amounts) {
    }

    /**
     * A classification table in the document's {@link TableShape}: code and name columns (or the
     * code in the name cell), the amount columns, a row of column numbers under the header, and
     * the 合计 row last or first.
     */
    private static Table classification(Disclosure d, String unitLine, List<String> amountHeaders, List<Item> items,
            List<BigDecimal> total) {
        TableShape shape = d.variation().tableShape();
        int labels = shape.codeInName() ? 1 : 2;
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(new Cell(unitLine, labels + amountHeaders.size() - 1, 1), new Cell("单位：" + d.variation().tableUnit().label())));
        List<Cell> header = new ArrayList<>(shape.codeInName() ? Tables.cells("科目名称") : Tables.cells("科目编码", "科目名称"));
        amountHeaders.forEach(h -> header.add(new Cell(h)));
        rows.add(header);
        if (shape.numberRow()) {
            List<Cell> numbers = new ArrayList<>(shape.codeInName() ? Tables.cells("栏次") : Tables.cells("**", "**"));
            for (int i = 1; i <= amountHeaders.size(); i++) {
                numbers.add(new Cell(Integer.toString(i)));
            }
            rows.add(numbers);
        }
        List<Cell> totalRow = new ArrayList<>(List.of(new Cell("合计", labels, 1)));
        total.forEach(a -> totalRow.add(new Cell(Tables.money(d, a))));
        if (shape.totalFirst()) {
            rows.add(totalRow);
        }
        for (Item item : items) {
            List<Cell> row = new ArrayList<>(shape.codeInName() ? Tables.cells("[" + item.code() + "]" + item.name())
                    : Tables.cells(item.code(), item.name()));
            item.amounts().forEach(a -> row.add(new Cell(Tables.money(d, a))));
            rows.add(row);
        }
        if (!shape.totalFirst()) {
            rows.add(totalRow);
        }
        return new Table(rows, Location.UNKNOWN);
    }

    /**
     * Shanghai's “三公”经费和机关运行经费预算表: two header rows (公务用车购置及运行费 over 小计,
     * 购置费, 运行费) and one row of figures, in 万元 as Shanghai prints it.
     */
    static Table threePublicAndOperating(Disclosure d, String unitLine) {
        var rows3 = d.threePublic();
        BigDecimal cars = rows3.get(1).current().add(rows3.get(2).current());
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(new Cell(unitLine, 6, 1), new Cell("单位：万元")));
        rows.add(List.of(new Cell("“三公”经费预算数", 6, 1), new Cell("机关运行经费预算数", 1, 3)));
        rows.add(List.of(new Cell("合计", 1, 2), new Cell("因公出国（境）费", 1, 2), new Cell("公务用车购置及运行费", 3, 1),
                new Cell("公务接待费", 1, 2)));
        rows.add(Tables.cells("小计", "购置费", "运行费"));
        rows.add(Tables.cells(wan(d.threePublicTotal().current()), wan(rows3.get(0).current()), wan(cars),
                wan(rows3.get(1).current()), wan(rows3.get(2).current()), wan(rows3.get(3).current()), wan(d.operatingTotal())));
        return new Table(rows, Location.UNKNOWN);
    }

    private static String wan(BigDecimal yuan) {
        return MoneyUnit.WAN_YUAN.table(yuan, false);
    }
}

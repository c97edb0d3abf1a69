package org.disclosurelens.generate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.disclosurelens.generate.Disclosure.AssetRow;
import org.disclosurelens.generate.Disclosure.Indicator;
import org.disclosurelens.generate.Disclosure.Project;
import org.disclosurelens.generate.Disclosure.Slip;
import org.disclosurelens.generate.Disclosure.ThreePublicRow;
import org.disclosurelens.model.Cell;
import org.disclosurelens.model.Location;
import org.disclosurelens.model.Table;

/**
 * The tables every template shares, built as the county files lay them out (the seed): the 机构
 * 设置 table, the 三公 table, each project's 绩效目标表 with its merged cells, the fixed-asset
 * table. Amounts are printed in the disclosure's table unit.
 */
final class Tables {

    private static final String[] PLAN_COLUMNS = {"3月底", "6月底", "10月底", "12月底"};

    private Tables() {
    }

    static Table institutions(Disclosure d) {
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(cells("单位名称", "单位性质", "单位规格", "经费保障形式"));
        d.texts().institutions().forEach(row -> rows.add(row.stream().map(Cell::new).toList()));
        return new Table(rows, Location.UNKNOWN);
    }

    /** Title and unit rows, the header, the four items and 合计, as in the county template. */
    static Table threePublic(Disclosure d) {
        if (d.variation().tableShape().threeBlocks()) {
            return threePublicInBlocks(d);
        }
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(new Cell("“三公”经费预算情况及增减变化原因", 5, 1)));
        rows.add(List.of(new Cell("", 4, 1), new Cell("单位：" + d.variation().tableUnit().label())));
        rows.add(cells("项目名称", (d.year() - 1) + "年度预算", d.year() + "年度预算", "增减金额", "变化原因"));
        if (d.printing().has(Slip.THREE_PUBLIC_EMPTIED)) {
            return new Table(rows, Location.UNKNOWN);
        }
        for (ThreePublicRow row : d.threePublic()) {
            rows.add(threePublicRow(d, row));
        }
        rows.add(threePublicRow(d, d.threePublicTotal()));
        return new Table(rows, Location.UNKNOWN);
    }

    /**
     * The 三公 table as some cities print it: items across, in three blocks (last year's budget, this
     * year's, the change), each opening with its 合计; one row of figures, no reasons.
     */
    private static Table threePublicInBlocks(Disclosure d) {
        List<ThreePublicRow> items = new ArrayList<>();
        items.add(d.threePublicTotal());
        items.addAll(d.threePublic());
        int width = 3 * items.size();
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(new Cell("“三公”经费预算情况", width, 1)));
        rows.add(List.of(new Cell("", width - 1, 1), new Cell("单位：" + d.variation().tableUnit().label())));
        rows.add(List.of(new Cell((d.year() - 1) + "年预算数", items.size(), 1), new Cell(d.year() + "年预算数", items.size(), 1),
                new Cell("增减变化", items.size(), 1)));
        if (d.printing().has(Slip.THREE_PUBLIC_EMPTIED)) {
            return new Table(rows, Location.UNKNOWN);
        }
        List<Cell> names = new ArrayList<>();
        List<Cell> figures = new ArrayList<>();
        for (int block = 0; block < 3; block++) {
            for (ThreePublicRow item : items) {
                names.add(new Cell(item.name()));
                figures.add(new Cell(money(d, block == 0 ? item.last() : block == 1 ? item.current() : item.change())));
            }
        }
        rows.add(names);
        rows.add(figures);
        return new Table(rows, Location.UNKNOWN);
    }

    private static List<Cell> threePublicRow(Disclosure d, ThreePublicRow row) {
        return cells(row.name(), money(d, row.last()), money(d, row.current()), money(d, row.change()), row.reason());
    }

    /**
     * A project's 绩效目标表 on a seven-column grid: 预算规模 and 资金支出计划 each span two rows,
     * 一级指标 spans its indicators; blank plan columns stay blank cells.
     */
    static Table project(Disclosure d, Project p, String budgetUnit) {
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(new Cell(budgetUnit, 6, 1), new Cell("单位：" + d.variation().tableUnit().label())));
        rows.add(List.of(new Cell("项目编码"), new Cell(p.code(), 2, 1), new Cell("项目名称"), new Cell(p.name(), 3, 1)));
        rows.add(List.of(new Cell("预算规模及资金用途", 1, 2), new Cell("预算数"), new Cell(money(d, p.budget())),
                new Cell("其中：财政资金"), new Cell(money(d, p.fiscal())), new Cell("其他资金"), new Cell(money(d, p.other()))));
        rows.add(List.of(new Cell(p.purpose(), 6, 1)));
        List<Cell> heads = new ArrayList<>(List.of(new Cell("资金支出计划（%）", 1, 2)));
        for (int i = 0; i < PLAN_COLUMNS.length; i++) {
            heads.add(new Cell(PLAN_COLUMNS[i], i == PLAN_COLUMNS.length - 1 ? 3 : 1, 1));
        }
        rows.add(heads);
        List<Cell> shares = new ArrayList<>();
        for (int i = 0; i < p.plan().size(); i++) {
            BigDecimal share = p.plan().get(i);
            shares.add(new Cell(share == null ? "" : share.toPlainString() + "%", i == p.plan().size() - 1 ? 3 : 1, 1));
        }
        rows.add(shares);
        List<String> goals = new ArrayList<>();
        for (int i = 0; i < p.goals().size(); i++) {
            goals.add((i + 1) + "." + p.goals().get(i));
        }
        rows.add(List.of(new Cell("绩效目标"), new Cell(String.join("\n", goals), 6, 1)));
        rows.add(List.of(new Cell("一级指标"), new Cell("二级指标"), new Cell("三级指标"), new Cell("绩效指标描述"),
                new Cell("指标值"), new Cell("指标值确定依据", 2, 1)));
        String level1 = null;
        for (Indicator row : p.indicators()) {
            List<Cell> cells = new ArrayList<>();
            if (!row.level1().equals(level1)) {
                level1 = row.level1();
                String first = level1;
                cells.add(new Cell(level1, 1, (int) p.indicators().stream().filter(i -> i.level1().equals(first)).count()));
            }
            cells.addAll(List.of(new Cell(row.level2()), new Cell(row.name()), new Cell(row.description()),
                    new Cell(row.value()), new Cell(row.basis(), 2, 1)));
            rows.add(cells);
        }
        return new Table(rows, Location.UNKNOWN);
    }

    static Table assets(Disclosure d) {
        String unit = d.variation().tableUnit().label();
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(new Cell(d.unit() + "固定资产占用情况表", 3, 1)));
        rows.add(List.of(new Cell("截止时间：" + (d.year() - 1) + "年12月31日", 3, 1)));
        rows.add(cells("项目", "数量", "价值（单位：" + unit + "）"));
        rows.add(cells("固定资产总额", "—", money(d, d.assetsTotal())));
        for (AssetRow row : d.assets()) {
            rows.add(cells(row.name(), row.quantity(), money(d, row.value())));
        }
        return new Table(rows, Location.UNKNOWN);
    }

    static String money(Disclosure d, BigDecimal yuan) {
        return d.variation().tableUnit().table(yuan, d.variation().grouping());
    }

    static List<Cell> cells(String... texts) {
        return Arrays.stream(texts).map(t -> new Cell(Objects.requireNonNull(t))).toList();
    }
}

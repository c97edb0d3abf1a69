package org.disclosurelens.table;

import java.util.List;
import java.util.Optional;
import org.disclosurelens.figure.Amount;
import org.disclosurelens.model.Location;

/**
 * One line of a budget table: a classification line (code, 类/款/项 names, amounts by column) or,
 * in a two-sided summary table, one side of a row ("一、财政拨款收入 | 156,211,123").
 *
 * @param row the line's row in the table's grid
 * @param code the classification code; empty for lines without one (合计, summary items)
 * @param leiName the name of the line's 类 (from the 类 line above it, or its own name); likewise kuan and xiang
 * @param name the line's own name as written (功能分类科目名称, 项目)
 * @param amounts the non-blank amounts of the line, by column
 */
public record BudgetLine(
        int row,
        Optional<BudgetCode> code,
        String leiName,
        String kuanName,
        String xiangName,
        String name,
        List<ColumnAmount> amounts,
        Location location) {

    public BudgetLine {
        amounts = List.copyOf(amounts);
    }

    /** An amount in one column: the column's header path ("支出预算/合计") and grid index. */
    public record ColumnAmount(int column, String header, Amount amount) {
    }

    /** The amount in the column whose header path ends with {@code header}, if any. */
    public Optional<Amount> amount(String header) {
        return amounts.stream().filter(a -> a.header().endsWith(header)).map(ColumnAmount::amount).findFirst();
    }
}

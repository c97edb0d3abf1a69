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
 * @param role what the line is in its table: a classification line, the table's total, the row of one
 *     unit opening its lines, or another line (a summary table's items)
 * @param unit the unit whose lines these are, in a table with a section per unit (Shenzhen's 支出总表
 *     lists the department, then each unit with its classification lines); "" otherwise
 */
public record BudgetLine(
        int row,
        Optional<BudgetCode> code,
        String leiName,
        String kuanName,
        String xiangName,
        String name,
        List<ColumnAmount> amounts,
        Location location,
        Role role,
        String unit) {

    public BudgetLine {
        amounts = List.copyOf(amounts);
        unit = unit == null ? "" : unit;
    }

    /** What a line is in its table. */
    public enum Role {
        /** A classification line (with a code). */
        ITEM,
        /** The table's total: a 合计 or 总计 line, or the department's row above its units' rows. */
        TOTAL,
        /** A unit's row, the total of the lines that follow it up to the next unit's row. */
        UNIT,
        /** Anything else: the items of a summary table, 其中 lines without a code. */
        OTHER;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** An amount in one column: the column's header path ("支出预算/合计") and grid index. */
    public record ColumnAmount(int column, String header, Amount amount) {
    }

    /** The amount in the column whose header path ends with {@code header}, if any. */
    public Optional<Amount> amount(String header) {
        return amounts.stream().filter(a -> a.header().endsWith(header)).map(ColumnAmount::amount).findFirst();
    }
}

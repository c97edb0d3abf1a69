package org.disclosurelens.table;

import java.util.List;
import org.disclosurelens.figure.Unit;

/**
 * A standard budget table (收支总表, 收入/支出总表, 功能分类表, 经济分类表, …): its kind, unit,
 * column headers and lines.
 *
 * @param headerRows how many rows at the top are title, unit and header rows
 * @param headers the header path of each grid column ("支出预算/合计"), "" for columns without one
 */
public record BudgetTable(LocatedTable source, TableKind kind, Unit unit, int headerRows, List<String> headers,
        List<BudgetLine> lines) implements TableData {

    public BudgetTable {
        headers = List.copyOf(headers);
        lines = List.copyOf(lines);
    }
}

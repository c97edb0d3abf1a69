package org.disclosurelens.table;

import java.util.List;

/**
 * Where a table's header rows are and each column's header path, for the generic cell export.
 * Form-like tables (绩效目标表, 机构设置, 固定资产) have labels beside their values, not headers
 * above them: their rows are all data.
 *
 * @param first the first header row (after the title and unit rows)
 * @param data the first data row; rows [first, data) are headers
 * @param paths the header path of each grid column
 */
public record HeaderRows(int first, int data, List<String> paths) {

    public HeaderRows {
        paths = List.copyOf(paths);
    }

    public static HeaderRows of(LocatedTable t, TableData recognised) {
        TableGrid g = t.grid();
        if (recognised instanceof ProjectTable || recognised instanceof OrganisationTable || recognised instanceof AssetTable) {
            return new HeaderRows(0, 0, java.util.Collections.nCopies(g.columns(), ""));
        }
        int first = Headers.firstHeaderRow(t);
        int data = recognised instanceof BudgetTable b ? b.headerRows() : Headers.firstDataRow(g, first);
        if (data >= g.rows()) {
            data = Math.min(first + 1, g.rows());
        }
        return new HeaderRows(first, data, Headers.paths(g, first, data));
    }

    /** title (above the headers), header, or data. */
    public String role(int row) {
        return row < first ? "title" : row < data ? "header" : "data";
    }
}

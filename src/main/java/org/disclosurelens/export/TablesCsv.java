package org.disclosurelens.export;

import java.util.ArrayList;
import java.util.List;
import org.disclosurelens.model.Table;
import org.disclosurelens.pipeline.DocumentResult;
import org.disclosurelens.table.HeaderRows;
import org.disclosurelens.table.LocatedTable;

/** tables.csv: every non-blank cell of every table, with its header path. Columns in docs/csv-schema.md. */
public final class TablesCsv extends ItemsCsv<TablesCsv.Item, TablesCsv.Column> {

    /** One cell of one table. */
    record Item(LocatedTable table, String kind, HeaderRows headers, Table.Placed cell) {
    }

    /** The columns, in order; each header is the constant's name in lower case. */
    public enum Column {
        TABLE, KIND, READ, TITLE, UNIT, PART, ROW, COLUMN, ROW_SPAN, COL_SPAN, ROLE, HEADER_PATH, TEXT, PAGE, LINE, SOURCE, CONFIDENCE
    }

    public TablesCsv() {
        super("tables.csv", Column.class);
    }

    @Override
    String value(Column column, DocumentResult r, Item i) {
        return switch (column) {
            case TABLE -> Integer.toString(i.table().index());
            case KIND -> i.kind();
            case READ -> r.data().recognised(i.table().index()).isPresent() ? "yes" : "no";
            case TITLE -> i.table().title();
            case UNIT -> i.table().unit().map(u -> u.written()).orElse("");
            case PART -> CsvValues.part(i.table().part());
            case ROW -> Integer.toString(i.cell().row());
            case COLUMN -> Integer.toString(i.cell().column());
            case ROW_SPAN -> Integer.toString(i.cell().cell().rowSpan());
            case COL_SPAN -> Integer.toString(i.cell().cell().colSpan());
            case ROLE -> i.headers().role(i.cell().row());
            case HEADER_PATH -> i.headers().role(i.cell().row()).equals("data")
                    && i.cell().column() < i.headers().paths().size() ? i.headers().paths().get(i.cell().column()) : "";
            case TEXT -> i.cell().cell().text();
            case PAGE -> CsvValues.page(i.table().location(i.cell().row()));
            case LINE -> CsvValues.line(i.table().location(i.cell().row()));
            case SOURCE -> CsvValues.source(r, i.table().location(i.cell().row()));
            case CONFIDENCE -> CsvValues.confidence(r, i.table().location(i.cell().row()));
        };
    }

    @Override
    List<Item> items(DocumentResult result) {
        List<Item> items = new ArrayList<>();
        for (LocatedTable t : result.data().tables()) {
            var recognised = result.data().recognised(t.index());
            String kind = recognised.map(d -> d.kind().label()).orElse(t.titleKind().label());
            HeaderRows headers = HeaderRows.of(t, recognised.orElse(null));
            for (Table.Placed p : t.table().placements()) {
                if (!p.cell().text().isBlank()) {
                    items.add(new Item(t, kind, headers, p));
                }
            }
        }
        return items;
    }
}

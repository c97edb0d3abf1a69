package org.disclosurelens.export;

import java.util.ArrayList;
import java.util.List;
import org.disclosurelens.pipeline.DocumentResult;
import org.disclosurelens.table.ThreePublicRow;
import org.disclosurelens.table.ThreePublicTable;

/** three_public.csv: one row per item of each “三公” table. Columns in docs/csv-schema.md. */
public final class ThreePublicCsv extends ItemsCsv<ThreePublicCsv.Item, ThreePublicCsv.Column> {

    /** One item of a “三公” table. */
    record Item(ThreePublicTable table, ThreePublicRow row) {
    }

    /** The columns, in order; each header is the constant's name in lower case. */
    public enum Column {
        TABLE, ITEM, LABEL, PREVIOUS_HEADER, PREVIOUS_WAN, CURRENT_HEADER, CURRENT_WAN, CHANGE_WAN, REASON, UNIT, PAGE, LINE, SOURCE, CONFIDENCE
    }

    public ThreePublicCsv() {
        super("three_public.csv", Column.class);
    }

    @Override
    String value(Column column, DocumentResult r, Item i) {
        return switch (column) {
            case TABLE -> Integer.toString(i.table().source().index());
            case ITEM -> i.row().item().label();
            case LABEL -> i.row().label();
            case PREVIOUS_HEADER -> i.row().previousHeader();
            case PREVIOUS_WAN -> CsvValues.wan(i.row().previous());
            case CURRENT_HEADER -> i.row().currentHeader();
            case CURRENT_WAN -> CsvValues.wan(i.row().current());
            case CHANGE_WAN -> CsvValues.wan(i.row().change());
            case REASON -> i.row().reason();
            case UNIT -> i.row().current().or(() -> i.row().previous()).map(a -> a.unit().written()).orElse("");
            case PAGE -> CsvValues.page(i.row().location());
            case LINE -> CsvValues.line(i.row().location());
            case SOURCE -> CsvValues.source(r, i.row().location());
            case CONFIDENCE -> CsvValues.confidence(r, i.row().location());
        };
    }

    @Override
    List<Item> items(DocumentResult result) {
        List<Item> items = new ArrayList<>();
        for (ThreePublicTable t : result.data().threePublic()) {
            t.rows().forEach(row -> items.add(new Item(t, row)));
        }
        return items;
    }
}

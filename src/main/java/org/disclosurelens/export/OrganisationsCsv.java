package org.disclosurelens.export;

import java.util.ArrayList;
import java.util.List;
import org.disclosurelens.pipeline.DocumentResult;
import org.disclosurelens.table.Organisation;
import org.disclosurelens.table.OrganisationTable;

/** organisations.csv: one row per unit of each 机构设置 table. Columns in docs/csv-schema.md. */
public final class OrganisationsCsv extends ItemsCsv<OrganisationsCsv.Item, OrganisationsCsv.Column> {

    /** One unit of a 机构设置 table. */
    record Item(OrganisationTable table, Organisation unit) {
    }

    /** The columns, in order; each header is the constant's name in lower case. */
    public enum Column {
        TABLE, NAME, NATURE, GRADE, FUNDING, PAGE, LINE
    }

    public OrganisationsCsv() {
        super("organisations.csv", Column.class);
    }

    @Override
    String value(Column column, DocumentResult r, Item i) {
        return switch (column) {
            case TABLE -> Integer.toString(i.table().source().index());
            case NAME -> i.unit().name();
            case NATURE -> i.unit().nature();
            case GRADE -> i.unit().grade();
            case FUNDING -> i.unit().funding();
            case PAGE -> CsvValues.page(i.unit().location());
            case LINE -> CsvValues.line(i.unit().location());
        };
    }

    @Override
    List<Item> items(DocumentResult result) {
        List<Item> items = new ArrayList<>();
        for (OrganisationTable t : result.data().organisations()) {
            t.units().forEach(u -> items.add(new Item(t, u)));
        }
        return items;
    }
}

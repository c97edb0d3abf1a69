package org.disclosurelens.export;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.disclosurelens.pipeline.DocumentResult;

/**
 * A CSV with one row per item of a document (a figure, a budget line, an indicator): the columns
 * are the constants of an enum, each header the constant's name in lower case, and a subclass
 * says what the items are and what each column holds.
 */
abstract class ItemsCsv<T, C extends Enum<C>> implements CsvView {

    private final String fileName;
    private final C[] columns;

    ItemsCsv(String fileName, Class<C> columns) {
        this.fileName = fileName;
        this.columns = columns.getEnumConstants();
    }

    /** The document's items, in output order. */
    abstract List<T> items(DocumentResult result);

    /** The value of one column for one item. */
    abstract String value(C column, DocumentResult result, T item);

    @Override
    public final String fileName() {
        return fileName;
    }

    @Override
    public final List<String> header() {
        return Arrays.stream(columns).map(c -> c.name().toLowerCase(Locale.ROOT)).toList();
    }

    @Override
    public final List<List<String>> rows(DocumentResult result) {
        return items(result).stream().map(item -> Arrays.stream(columns).map(c -> value(c, result, item)).toList()).toList();
    }
}

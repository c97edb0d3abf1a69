package org.disclosurelens.export;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.disclosurelens.pipeline.DocumentResult;

/**
 * A CSV with one row per item of a document (a figure, a budget line, an indicator): every row
 * starts with the document's id and the path of its file ({@link DocumentColumns}), then the
 * constants of an enum, each header the constant's name in lower case; a subclass says what the
 * items are and what each of its columns holds.
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
        return DocumentColumns.header(Arrays.stream(columns).map(c -> c.name().toLowerCase(Locale.ROOT)).toList());
    }

    @Override
    public final List<List<String>> rows(DocumentResult result) {
        return items(result).stream()
                .map(item -> DocumentColumns.row(result, Arrays.stream(columns).map(c -> value(c, result, item)).toList()))
                .toList();
    }
}

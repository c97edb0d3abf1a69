package org.disclosurelens.series;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.disclosurelens.check.Sums;

/** year_over_year.csv: one row per amount a document states for last year that last year's document prints. Columns in docs/csv-schema.md. */
public final class YearOverYearCsv {

    public static final String FILE = "year_over_year.csv";

    /** The columns, in order. */
    enum Column {
        DOCUMENT_ID("document_id", c -> c.document().id()),
        PATH("path", c -> c.document().path()),
        UNIT("unit", c -> c.document().unit()),
        KIND("kind", c -> c.document().kind()),
        YEAR("year", c -> Integer.toString(c.document().year())),
        ITEM("item", c -> c.stated().item()),
        STATED_WAN("stated_last_year_wan", c -> Sums.show(c.stated().wan())),
        STATED_AS("stated_as", c -> c.stated().how()),
        PAGE("page", c -> page(c.stated().location().page())),
        LINE("line", c -> line(c.stated().location().line())),
        EARLIER_ID("earlier_document_id", c -> c.earlier().id()),
        EARLIER_PATH("earlier_path", c -> c.earlier().path()),
        EARLIER_YEAR("earlier_year", c -> Integer.toString(c.earlier().year())),
        PRINTED_WAN("printed_wan", c -> Sums.show(c.printed().wan())),
        PRINTED_AS("printed_as", c -> c.printed().how()),
        EARLIER_PAGE("earlier_page", c -> page(c.printed().location().page())),
        EARLIER_LINE("earlier_line", c -> line(c.printed().location().line())),
        DIFFERENCE("difference_wan", c -> Sums.show(c.stated().wan().subtract(c.printed().wan()))),
        AGREES("agrees", c -> c.agrees() ? "yes" : "no");

        private final String header;
        private final Function<Comparison, String> value;

        Column(String header, Function<Comparison, String> value) {
            this.header = header;
            this.value = value;
        }
    }

    private YearOverYearCsv() {
    }

    static List<String> header() {
        return Arrays.stream(Column.values()).map(c -> c.header).toList();
    }

    static List<String> row(Comparison c) {
        return Arrays.stream(Column.values()).map(col -> col.value.apply(c)).toList();
    }

    private static String page(int page) {
        return page == 0 ? "" : Integer.toString(page);
    }

    private static String line(int line) {
        return line == 0 ? "" : Integer.toString(line);
    }
}

package org.disclosurelens.reuse;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** reuse.csv: one row per passage two documents share. Columns in docs/csv-schema.md. */
public final class ReuseCsv {

    public static final String FILE = "reuse.csv";

    /** The columns, in order. */
    public enum Column {
        PAIR_ID("pair_id", SharedPassage::pairId),
        PASSAGE("passage", p -> Integer.toString(p.passage())),
        DOCUMENT_A("document_a", p -> p.first().id()),
        PATH_A("path_a", p -> p.first().path()),
        UNIT_A("unit_a", p -> p.first().unit()),
        DIVISION_A("division_code_a", p -> p.first().divisionCode()),
        YEAR_A("year_a", p -> p.first().year()),
        PART_A("part_a", p -> part(p.firstPart())),
        PAGE_A("page_a", p -> page(p.firstLocation().page())),
        LINE_A("line_a", p -> Integer.toString(p.firstLocation().line())),
        DOCUMENT_B("document_b", p -> p.second().id()),
        PATH_B("path_b", p -> p.second().path()),
        UNIT_B("unit_b", p -> p.second().unit()),
        DIVISION_B("division_code_b", p -> p.second().divisionCode()),
        YEAR_B("year_b", p -> p.second().year()),
        PART_B("part_b", p -> part(p.secondPart())),
        PAGE_B("page_b", p -> page(p.secondLocation().page())),
        LINE_B("line_b", p -> Integer.toString(p.secondLocation().line())),
        LENGTH("length", p -> Integer.toString(p.length())),
        LENGTH_B("length_b", p -> Integer.toString(p.secondLength())),
        SIMILARITY("similarity", p -> String.format(Locale.ROOT, "%.2f", p.similarity())),
        MATCH("match", p -> p.exact() ? "exact" : "near"),
        ISSUERS("issuers", p -> Integer.toString(p.issuers())),
        TEMPLATE("template", p -> yes(p.template())),
        TEMPLATE_REASON("template_reason", SharedPassage::templateReason),
        SAME_SERIES("same_series", p -> yes(p.series())),
        TEXT_A("text_a", SharedPassage::firstText),
        TEXT_B("text_b", SharedPassage::secondText);

        private final String header;
        private final Function<SharedPassage, String> value;

        Column(String header, Function<SharedPassage, String> value) {
            this.header = header;
            this.value = value;
        }

        public String header() {
            return header;
        }
    }

    private ReuseCsv() {
    }

    public static List<String> header() {
        return Arrays.stream(Column.values()).map(Column::header).toList();
    }

    public static List<String> row(SharedPassage p) {
        return Arrays.stream(Column.values()).map(c -> c.value.apply(p)).toList();
    }

    static String part(int part) {
        return part == 0 ? "" : Integer.toString(part);
    }

    static String page(int page) {
        return page == 0 ? "" : Integer.toString(page);
    }

    static String yes(boolean b) {
        return b ? "yes" : "no";
    }
}

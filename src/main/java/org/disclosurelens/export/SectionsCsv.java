package org.disclosurelens.export;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.disclosurelens.pipeline.DocumentResult;
import org.disclosurelens.structure.Section;

/** sections.csv: one row per section of each document's outline. Columns in docs/csv-schema.md. */
public final class SectionsCsv implements CsvView {

    /** The columns, in order. */
    public enum Column {
        DOCUMENT_ID(DocumentColumns.ID, (r, s) -> r.id()),
        PATH(DocumentColumns.PATH, (r, s) -> r.path()),
        SECTION("section", (r, s) -> Integer.toString(s.index())),
        PARENT("parent", (r, s) -> s.parent() < 0 ? "" : Integer.toString(s.parent())),
        LEVEL("level", (r, s) -> Integer.toString(s.level())),
        PART("part", (r, s) -> s.part() == null ? "" : Integer.toString(s.part().number())),
        PART_NAME("part_name", (r, s) -> s.part() == null ? "" : s.part().name().toLowerCase()),
        NAMED_PARTS("named_parts", (r, s) -> s.named().stream().map(p -> Integer.toString(p.number())).collect(Collectors.joining(";"))),
        NUMBER("number", (r, s) -> s.number()),
        NUMBER_SOURCE("number_source", (r, s) -> s.number().isEmpty() ? "" : s.numberFromToc() ? "toc" : "heading"),
        TITLE("title", (r, s) -> s.title()),
        START_PAGE("start_page", (r, s) -> page(s.start().page())),
        START_LINE("start_line", (r, s) -> Integer.toString(s.start().line())),
        END_PAGE("end_page", (r, s) -> page(s.end().page())),
        END_LINE("end_line", (r, s) -> Integer.toString(s.end().line())),
        CHARACTERS("characters", (r, s) -> Integer.toString(s.characters()));

        private final String header;
        private final BiFunction<DocumentResult, Section, String> value;

        Column(String header, BiFunction<DocumentResult, Section, String> value) {
            this.header = header;
            this.value = value;
        }

        public String header() {
            return header;
        }

        private static String page(int page) {
            return page == 0 ? "" : Integer.toString(page);
        }
    }

    @Override
    public String fileName() {
        return "sections.csv";
    }

    @Override
    public List<String> header() {
        return Arrays.stream(Column.values()).map(Column::header).toList();
    }

    @Override
    public List<List<String>> rows(DocumentResult result) {
        if (result.structure() == null) {
            return List.of();
        }
        return result.structure().sections().stream()
                .map(s -> Arrays.stream(Column.values()).map(c -> c.value.apply(result, s)).toList())
                .toList();
    }
}

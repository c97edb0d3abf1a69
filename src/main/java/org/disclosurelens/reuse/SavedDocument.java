package org.disclosurelens.reuse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.disclosurelens.identify.DocumentIdentity;
import org.disclosurelens.identify.DocumentType;
import org.disclosurelens.model.Cell;
import org.disclosurelens.model.Location;
import org.disclosurelens.model.Table;

/**
 * A document as {@code analyze} saved it in json/&lt;id&gt;.json (see export.JsonExport), read back
 * as the units reuse detection compares: every paragraph that is not a heading and every table
 * cell, each with the canonical part of the innermost section holding it.
 */
public record SavedDocument(String id, String path, DocumentIdentity identity, boolean sectioned, List<TextUnit> units,
        List<PartTable> tables, String totals) {

    /** A table with the canonical part it belongs to. */
    public record PartTable(int part, Table table) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    public SavedDocument {
        units = List.copyOf(units);
        tables = List.copyOf(tables);
    }

    public static SavedDocument read(Path file) throws IOException {
        return of(JSON.readTree(file.toFile()));
    }

    /** The document a saved JSON tree holds. */
    public static SavedDocument of(JsonNode doc) {
        JsonNode blocks = doc.path("blocks");
        int[] part = new int[blocks.size()];
        boolean[] heading = new boolean[blocks.size()];
        int[] depth = new int[blocks.size()];
        for (JsonNode s : doc.path("sections")) {
            int start = s.path("blocks").path(0).asInt();
            int end = Math.min(s.path("blocks").path(1).asInt(), blocks.size());
            if (start < blocks.size()) {
                heading[start] = true;
            }
            for (int b = start; b < end; b++) {
                if (s.path("level").asInt() >= depth[b]) {
                    depth[b] = s.path("level").asInt();
                    part[b] = s.path("part").asInt(0);
                }
            }
        }
        List<TextUnit> units = new ArrayList<>();
        List<PartTable> tables = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            JsonNode block = blocks.get(b);
            Location at = new Location(block.path("location").path("page").asInt(0), block.path("location").path("line").asInt(0));
            if ("table".equals(block.path("type").asText())) {
                Table table = table(block, at);
                tables.add(new PartTable(part[b], table));
                cells(b, part[b], table, units);
            } else if (!heading[b]) {
                units.add(new TextUnit(b, part[b], at, block.path("text").asText()));
            }
        }
        return new SavedDocument(doc.path("id").asText(), doc.path("path").asText(), identity(doc.path("identity")),
                !doc.path("sections").isEmpty(), units, tables, totals(doc.path("data").path("headline")));
    }

    /** The headline totals read, "income=1.5 expenditure=1.5 …"; "" when fewer than two were read. */
    private static String totals(JsonNode headline) {
        List<String> read = new ArrayList<>();
        headline.fields().forEachRemaining(e -> {
            if (!e.getValue().asText().isEmpty()) {
                read.add(e.getKey() + "=" + e.getValue().asText());
            }
        });
        return read.size() < 2 ? "" : String.join(" ", read);
    }

    private static Table table(JsonNode block, Location at) {
        List<List<Cell>> rows = new ArrayList<>();
        for (JsonNode row : block.path("rows")) {
            List<Cell> cells = new ArrayList<>();
            for (JsonNode c : row) {
                cells.add(c.isObject()
                        ? new Cell(c.path("text").asText(), c.path("colspan").asInt(1), c.path("rowspan").asInt(1))
                        : new Cell(c.asText()));
            }
            rows.add(cells);
        }
        return new Table(rows, at);
    }

    private static void cells(int b, int part, Table table, List<TextUnit> out) {
        for (List<Cell> row : table.rows()) {
            for (Cell cell : row) {
                if (!cell.text().isBlank()) {
                    out.add(new TextUnit(b, part, table.location(), cell.text()));
                }
            }
        }
    }

    private static DocumentIdentity identity(JsonNode i) {
        return new DocumentIdentity(i.path("unit").asText(), i.path("unit_source").asText(), i.path("year").asText(),
                i.path("year_source").asText(), i.path("kind").asText(), i.path("scope").asText(),
                i.path("province").asText(), i.path("city").asText(), i.path("county").asText(),
                i.path("division_code").asText(), i.path("region_source").asText(),
                DocumentType.of(i.path("document_type").asText()), i.path("type_evidence").asText(), i.path("issuer").asText());
    }

    /** This document as the file at {@code path} holds it. */
    SavedDocument withPath(String path) {
        return new SavedDocument(id, path, identity, sectioned, units, tables, totals);
    }

    /** The units of the parts searched for reuse, in document order. */
    List<TextUnit> searchedUnits() {
        return units.stream().filter(u -> PartRole.of(u, sectioned).searched()).toList();
    }

    /** The units of the template parts (preamble, glossary), in document order. */
    List<TextUnit> templateUnits() {
        return units.stream().filter(u -> PartRole.of(u, sectioned) == PartRole.TEMPLATE).toList();
    }

    /** The role of a unit's part in this document. */
    PartRole role(TextUnit unit) {
        return PartRole.of(unit, sectioned);
    }
}

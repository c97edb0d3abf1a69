package org.disclosurelens.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosurelens.identify.DocumentIdentity;
import org.disclosurelens.model.Block;
import org.disclosurelens.model.Cell;
import org.disclosurelens.model.Location;
import org.disclosurelens.model.OcrReading;
import org.disclosurelens.model.Paragraph;
import org.disclosurelens.model.Table;
import org.disclosurelens.pipeline.DocumentResult;
import org.disclosurelens.structure.DocumentStructure;
import org.disclosurelens.structure.Section;

/**
 * The whole structured document as JSON, for programs: identity, outline, table of contents,
 * every block with its location, and the figures read from it ({@link DataJson}). Fields are written in a fixed order so files diff cleanly.
 */
public final class JsonExport {

    private static final ObjectWriter WRITER = new ObjectMapper()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .writer(new DefaultPrettyPrinter());

    private JsonExport() {
    }

    public static void write(DocumentResult result, Writer out) throws IOException {
        WRITER.writeValue(out, tree(result));
        out.write('\n');
    }

    static Map<String, Object> tree(DocumentResult r) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", r.id());
        doc.put("path", r.path());
        doc.put("format", r.format().label());
        doc.put("size_bytes", r.size());
        doc.put("pages", r.pages());
        doc.put("status", r.status().label());
        doc.put("message", r.message());
        doc.put("identity", identity(r.identity()));
        if (r.structure() != null) {
            DocumentStructure s = r.structure();
            doc.put("layout", s.layout().label());
            doc.put("parts_found", s.nineParts());
            doc.put("extra_parts", s.extraParts());
            doc.put("toc", s.toc().stream().map(e -> List.of(e.number(), e.title())).toList());
            doc.put("sections", s.sections().stream().map(JsonExport::section).toList());
        }
        if (r.document() != null) {
            doc.put("warnings", r.document().warnings());
            doc.put("ocr_pages", r.document().ocrPages().stream().map(JsonExport::ocr).toList());
            doc.put("blocks", r.document().blocks().stream().map(JsonExport::block).toList());
            doc.put("data", DataJson.tree(r.data()));
        }
        return doc;
    }

    private static Map<String, Object> identity(DocumentIdentity i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unit", i.unit());
        m.put("unit_source", i.unitSource());
        m.put("year", i.year());
        m.put("year_source", i.yearSource());
        m.put("kind", i.kind());
        m.put("scope", i.scope());
        m.put("province", i.province());
        m.put("city", i.city());
        m.put("county", i.county());
        m.put("division_code", i.divisionCode());
        m.put("region_source", i.regionSource());
        m.put("document_type", i.type().label());
        m.put("type_evidence", i.typeEvidence());
        m.put("issuer", i.issuer());
        return m;
    }

    /** A page read by OCR: the engine and each line's confidence (line 1 first), as the CSVs' confidence column. */
    private static Map<String, Object> ocr(OcrReading o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("page", o.page());
        m.put("source", "ocr");
        m.put("engine", o.engine());
        m.put("line_confidences", o.lineConfidences().stream().map(c -> Math.round(c * 100) / 100.0).toList());
        return m;
    }

    private static Map<String, Object> section(Section s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("section", s.index());
        m.put("parent", s.parent());
        m.put("level", s.level());
        m.put("part", s.part() == null ? null : s.part().number());
        m.put("named_parts", s.named().stream().map(p -> p.number()).toList());
        m.put("number", s.number());
        m.put("number_from_toc", s.numberFromToc());
        m.put("title", s.title());
        m.put("start", location(s.start()));
        m.put("end", location(s.end()));
        m.put("blocks", List.of(s.startBlock(), s.endBlock()));
        m.put("characters", s.characters());
        return m;
    }

    private static Map<String, Object> block(Block b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("location", location(b.location()));
        if (b instanceof Paragraph p) {
            m.put("type", "paragraph");
            if (p.headingLevel() > 0) {
                m.put("heading_level", p.headingLevel());
            }
            m.put("text", p.text());
        } else {
            Table t = (Table) b;
            m.put("type", "table");
            List<List<Object>> rows = new ArrayList<>();
            for (List<Cell> row : t.rows()) {
                rows.add(row.stream().map(JsonExport::cell).toList());
            }
            m.put("rows", rows);
        }
        return m;
    }

    /** A plain cell is its text; a merged one is {text, colspan, rowspan}. */
    private static Object cell(Cell c) {
        if (c.colSpan() == 1 && c.rowSpan() == 1) {
            return c.text();
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", c.text());
        m.put("colspan", c.colSpan());
        m.put("rowspan", c.rowSpan());
        return m;
    }

    static Map<String, Object> location(Location l) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (l.page() > 0) {
            m.put("page", l.page());
        }
        m.put("line", l.line());
        return m;
    }
}

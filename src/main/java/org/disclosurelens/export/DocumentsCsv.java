package org.disclosurelens.export;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvValidationException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.disclosurelens.check.Completeness;
import org.disclosurelens.check.Disclosure;
import org.disclosurelens.check.Severity;
import org.disclosurelens.data.Headline.Total;
import org.disclosurelens.pipeline.DocumentResult;
import org.disclosurelens.pipeline.Status;
import org.disclosurelens.structure.DocumentStructure;

/** documents.csv: one row per input file, whatever happened to it. Columns in docs/csv-schema.md. */
public final class DocumentsCsv implements CsvView {

    /** The columns, in order. */
    public enum Column {
        ID("id", DocumentResult::id),
        PATH("path", DocumentResult::path),
        FORMAT("format", r -> r.format().label()),
        SIZE_BYTES("size_bytes", r -> Long.toString(r.size())),
        PAGES("pages", r -> r.pages() == 0 ? "" : Integer.toString(r.pages())),
        /** Pages without a text layer, read by OCR; their values say source=ocr. */
        OCR_PAGES("ocr_pages", r -> r.document() == null || r.document().ocrPages().isEmpty() ? ""
                : Integer.toString(r.document().ocrPages().size())),
        CHARSET("charset", r -> r.document() == null || r.document().charset() == null ? "" : r.document().charset()),
        UNIT("unit", r -> r.identity().unit()),
        UNIT_SOURCE("unit_source", r -> r.identity().unitSource()),
        YEAR("year", r -> r.identity().year()),
        YEAR_SOURCE("year_source", r -> r.identity().yearSource()),
        DOCUMENT_TYPE("document_type", r -> r.status() == Status.ERROR ? "" : r.identity().type().label()),
        TYPE_EVIDENCE("type_evidence", r -> r.identity().typeEvidence()),
        ISSUER("issuer", r -> r.identity().issuer()),
        KIND("kind", r -> r.identity().kind()),
        SCOPE("scope", r -> r.identity().scope()),
        PROVINCE("province", r -> r.identity().province()),
        CITY("city", r -> r.identity().city()),
        COUNTY("county", r -> r.identity().county()),
        DIVISION_CODE("division_code", r -> r.identity().divisionCode()),
        REGION_SOURCE("region_source", r -> r.identity().regionSource()),
        LAYOUT("layout", r -> structure(r, s -> s.layout().label())),
        PARTS_FOUND("parts_found", r -> structure(r, DocumentStructure::nineParts)),
        EXTRA_PARTS("extra_parts", r -> structure(r, DocumentStructure::extraParts)),
        SECTIONS("sections", r -> structure(r, s -> Integer.toString(s.sections().size()))),
        CHARACTERS("characters", r -> r.document() == null ? "" : Integer.toString(r.document().characterCount())),
        COMPLETENESS("completeness", DocumentsCsv.Column::completeness),
        FLAGS_ERROR("flags_error", r -> flags(r, Severity.ERROR)),
        FLAGS_WARNING("flags_warning", r -> flags(r, Severity.WARNING)),
        FLAGS_INFO("flags_info", r -> flags(r, Severity.INFO)),
        STATUS("status", r -> r.status().label()),
        MESSAGE("message", DocumentResult::message),
        INCOME_WAN(Total.INCOME),
        EXPENDITURE_WAN(Total.EXPENDITURE),
        BASIC_WAN(Total.BASIC),
        PERSONNEL_WAN(Total.PERSONNEL),
        PUBLIC_FUNDS_WAN(Total.PUBLIC_FUNDS),
        PROJECT_WAN(Total.PROJECT),
        THREE_PUBLIC_WAN(Total.THREE_PUBLIC),
        OPERATING_COST_WAN(Total.OPERATING_COST),
        FIXED_ASSETS_WAN(Total.FIXED_ASSETS),
        TABLES("tables", r -> r.document() == null ? "" : Integer.toString(r.data().tables().size())),
        FIGURES("figures", r -> r.document() == null ? "" : Integer.toString(r.data().figures().size())),
        /** Filled by the corpus step ({@link #sameAs}): the path of the first file holding the same document. */
        SAME_AS("same_as", r -> "");

        private final String header;
        private final Function<DocumentResult, String> value;

        Column(String header, Function<DocumentResult, String> value) {
            this.header = header;
            this.value = value;
        }

        Column(Total total) {
            this(total.column(), r -> r.data().headline().wan(total));
        }

        public String header() {
            return header;
        }

        /** The column's cell for a document. */
        public String value(DocumentResult r) {
            return value.apply(r);
        }

        private static String completeness(DocumentResult r) {
            if (r.structure() == null) {
                return "";
            }
            int score = Completeness.score(new Disclosure(r.id(), r.identity(), r.structure(), r.document().blocks(), r.data()));
            return score < 0 ? "" : Integer.toString(score);
        }

        private static String flags(DocumentResult r, Severity severity) {
            return r.structure() == null ? "" : Long.toString(r.findings().stream().filter(f -> f.severity() == severity).count());
        }

        private static String structure(DocumentResult r, Function<DocumentStructure, String> f) {
            return r.structure() == null ? "" : f.apply(r.structure());
        }
    }

    /** The file's name in an output folder. */
    public static final String FILE = "documents.csv";

    @Override
    public String fileName() {
        return FILE;
    }

    /**
     * The documents.csv row of a file with the same bytes as one analysed before it in the run
     * ({@code first}, that file's rows as stored): the same cells, with the file's own path and
     * {@code same_as} the first file's path. The file is not analysed again, and the other CSVs
     * get no rows from it: its findings are the first file's, reported once.
     */
    public static String copyRow(byte[] first, String path) throws IOException {
        try (CSVReader csv = CsvFile.reader(new java.io.StringReader(new String(first, StandardCharsets.UTF_8)))) {
            String[] row = csv.readNext();
            if (row == null || row.length < Column.values().length) {
                throw new IOException("no documents.csv row stored for the file " + path + " repeats");
            }
            List<String> copy = new ArrayList<>(Arrays.asList(row));
            copy.set(Column.SAME_AS.ordinal(), row[Column.PATH.ordinal()]);
            copy.set(Column.PATH.ordinal(), path);
            return OutputFolder.csvText(List.of(copy));
        } catch (CsvValidationException e) {
            throw new IOException("the stored documents.csv row is not valid CSV: " + e.getMessage(), e);
        }
    }

    /**
     * Rewrites the folder's documents.csv with {@code same_as} set from {@code sameAs} (a file's
     * path → the path of the first file of the same document) and emptied elsewhere, except that a
     * file with the id (the bytes) of a file listed before it is always the same as that one; a file
     * written before the column existed gets it.
     */
    public static void sameAs(Path folder, Map<String, String> sameAs) throws IOException {
        Path file = folder.resolve(FILE);
        List<String[]> rows = new ArrayList<>();
        String[] header;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVReader csv = CsvFile.reader(in)) {
            header = csv.readNext();
            if (header == null) {
                return;
            }
            header[0] = header[0].replace("\uFEFF", "");
            for (String[] line = csv.readNext(); line != null; line = csv.readNext()) {
                rows.add(line);
            }
        } catch (CsvValidationException e) {
            throw new IOException(file + " is not a valid CSV: " + e.getMessage(), e);
        }
        List<String> columns = new ArrayList<>(Arrays.asList(header));
        if (!columns.contains(Column.SAME_AS.header())) {
            columns.add(Column.SAME_AS.header());
        }
        int path = columns.indexOf(Column.PATH.header());
        int same = columns.indexOf(Column.SAME_AS.header());
        Map<String, String> firstById = new java.util.HashMap<>();
        try (CsvFile out = new CsvFile(file, columns)) {
            for (String[] line : rows) {
                String[] row = Arrays.copyOf(line, columns.size());
                for (int c = line.length; c < row.length; c++) {
                    row[c] = "";
                }
                String first = firstById.putIfAbsent(row[0], row[path]);
                row[same] = first != null ? first : sameAs.getOrDefault(row[path], "");
                out.writeRaw(row);
            }
            out.commit();
        }
    }

    @Override
    public List<String> header() {
        return Arrays.stream(Column.values()).map(Column::header).toList();
    }

    @Override
    public List<List<String>> rows(DocumentResult result) {
        return List.of(Arrays.stream(Column.values()).map(c -> c.value.apply(result)).toList());
    }
}

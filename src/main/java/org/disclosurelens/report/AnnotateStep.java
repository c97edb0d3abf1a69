package org.disclosurelens.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosurelens.check.Severity;
import org.disclosurelens.export.CsvFile;
import org.disclosurelens.extract.ExtractionException;

/**
 * Annotated copies of the analysed PDFs: for each PDF of documents.csv with findings in
 * anomalies.csv (at {@code least} severity), a copy under {@code to} at the same relative path,
 * each finding highlighted where it stands ({@link PdfAnnotator}). Reads the output folder of
 * analyze and the input it was given; a file that cannot be read or written is reported and the
 * others go on.
 */
public final class AnnotateStep {

    /** PDFs written; findings marked over their evidence, on their line only, in the first page's note, not placed; the files that failed with why. */
    public record Summary(int documents, int marked, int lineOnly, int noted, int unplaced, List<String> failures) {
    }

    private final PdfAnnotator annotator = new PdfAnnotator();

    /**
     * @param input the file or folder analyze read (documents.csv's paths are relative to a folder)
     * @param out the output folder of analyze
     * @param to the folder of the annotated copies
     * @param least the lowest severity marked
     */
    public Summary run(Path input, Path out, Path to, Severity least) throws IOException {
        Map<String, List<PdfAnnotator.Mark>> marks = new LinkedHashMap<>();
        for (Map<String, String> a : CsvFile.rows(out.resolve("anomalies.csv"))) {
            Severity severity = Severity.of(a.get("severity")).orElse(Severity.INFO);
            if (severity.compareTo(least) >= 0) {
                marks.computeIfAbsent(a.get("document_id"), k -> new ArrayList<>()).add(new PdfAnnotator.Mark(number(a.get("page")),
                        number(a.get("line")), a.get("evidence"), a.get("rule"), severity.label(),
                        a.get("message_zh") + "\n" + a.get("message_en")));
            }
        }
        int documents = 0;
        int marked = 0;
        int lineOnly = 0;
        int noted = 0;
        int unplaced = 0;
        List<String> failures = new ArrayList<>();
        for (Map<String, String> d : CsvFile.rows(out.resolve("documents.csv"))) {
            List<PdfAnnotator.Mark> own = marks.get(d.get("id"));
            if (own == null || !"pdf".equals(d.get("format"))) {
                continue;
            }
            String path = d.get("path");
            Path source = Files.isRegularFile(input) ? input : input.resolve(path);
            try {
                PdfAnnotator.Result r = annotator.annotate(source, own, to.resolve(Files.isRegularFile(input) ? source.getFileName().toString() : path));
                documents++;
                marked += r.marked();
                lineOnly += r.lineOnly();
                noted += r.noted();
                unplaced += r.unplaced();
            } catch (IOException | ExtractionException | RuntimeException e) {
                failures.add(path + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            }
        }
        return new Summary(documents, marked, lineOnly, noted, unplaced, failures);
    }

    private static int number(String cell) {
        return cell != null && cell.matches("\\d{1,9}") ? Integer.parseInt(cell) : 0;
    }
}

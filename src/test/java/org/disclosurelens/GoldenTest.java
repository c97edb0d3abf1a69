package org.disclosurelens;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.disclosurelens.export.CsvCells;
import org.disclosurelens.export.CsvView;
import org.disclosurelens.export.OutputViews;
import org.disclosurelens.pipeline.DocumentResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: each folder of src/test/resources/golden/ names an input (case.properties:
 * {@code input} relative to the project, {@code views} the CSVs to compare) and holds the
 * expected CSVs. Every value in them was checked when it was first written (see the folder's
 * README.md). After a deliberate change, regenerate with {@code mvn test -Dtest=GoldenTest
 * -Dgolden.update=true} and review the diff.
 */
class GoldenTest {

    private static final Path ROOT = Path.of("src/test/resources/golden");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(ROOT)) {
            return dirs.filter(d -> Files.exists(d.resolve("case.properties"))).map(d -> d.getFileName().toString())
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void producesTheExpectedCsvs(String name) throws IOException {
        Path dir = ROOT.resolve(name);
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(dir.resolve("case.properties"))) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Path input = Path.of(p.getProperty("input"));
        DocumentResult result = AnalyzedCorpus.analyze(input);
        List<String> views = List.of(p.getProperty("views").split(",\\s*"));
        for (CsvView view : OutputViews.all()) {
            String base = view.fileName().replace(".csv", "");
            if (!views.contains(base)) {
                continue;
            }
            String actual = csv(view, result);
            Path expected = dir.resolve(view.fileName());
            if (Boolean.getBoolean("golden.update")) {
                Files.writeString(expected, actual, StandardCharsets.UTF_8);
            }
            assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual, name + "/" + view.fileName());
        }
    }

    /** The view's CSV as analyze writes it (without the byte-order mark), one record a line. */
    static String csv(CsvView view, DocumentResult result) throws IOException {
        StringWriter out = new StringWriter();
        try (com.opencsv.CSVWriter w = new com.opencsv.CSVWriter(out, ',', '"', '"', "\n")) {
            w.writeNext(view.header().toArray(String[]::new), false);
            for (List<String> row : view.rows(result)) {
                w.writeNext(row.stream().map(CsvCells::safe).toArray(String[]::new), false);
            }
        }
        return out.toString();
    }
}

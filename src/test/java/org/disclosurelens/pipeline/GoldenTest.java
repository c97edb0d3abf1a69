package org.disclosurelens.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.disclosurelens.export.CsvCells;
import org.disclosurelens.export.CsvView;
import org.disclosurelens.export.OutputViews;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: for every document of corpus/seed and corpus/real, each CSV that `analyze` writes
 * is compared with src/test/resources/golden/<path>/<csv>, one row per line so that a diff shows
 * what changed. After a deliberate change, regenerate with {@code mvn test -pl core-tests -am
 * -Dtest=GoldenTest -Dgolden.update=true}, then read the diff before committing: the golden files are the
 * expected values.
 */
class GoldenTest {

    private static final Path CORPUS = Path.of("corpus");
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    static Stream<String> documents() throws IOException {
        try (Stream<Path> files = Stream.concat(Files.list(CORPUS.resolve("seed")), Files.list(CORPUS.resolve("real")))) {
            return files.filter(f -> !f.getFileName().toString().endsWith(".md"))
                    .map(f -> CORPUS.relativize(f).toString().replace('\\', '/')).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void matchesTheGoldenCsvs(String document) throws IOException {
        DocumentResult result = org.disclosurelens.AnalyzedCorpus.analyze(CORPUS.resolve(document));
        for (CsvView view : OutputViews.all()) {
            Path golden = GOLDEN.resolve(document).resolve(view.fileName());
            String actual = csv(view, result);
            if (UPDATE) {
                Files.createDirectories(golden.getParent());
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
            } else {
                assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, document + " " + view.fileName());
            }
        }
    }

    private static String csv(CsvView view, DocumentResult result) throws IOException {
        StringWriter out = new StringWriter();
        try (ICSVWriter writer = new CSVWriter(out, ICSVWriter.DEFAULT_SEPARATOR, ICSVWriter.DEFAULT_QUOTE_CHARACTER,
                ICSVWriter.DEFAULT_ESCAPE_CHARACTER, "\n")) {
            writer.writeNext(view.header().toArray(String[]::new), false);
            for (List<String> row : view.rows(result)) {
                writer.writeNext(row.stream().map(CsvCells::safe).toArray(String[]::new), false);
            }
        }
        return out.toString();
    }
}

package org.disclosurelens.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.disclosurelens.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed generated corpus (corpus/generated, TXT renditions): every passage its ground truth
 * says was copied from another issuer is flagged between the right two documents, and the series it
 * plants is reported as a series. Precision needs a large corpus (scripts/bench-reuse.sh): with 16
 * documents, models shared by two issuers cannot be told from copies.
 */
class GeneratedCorpusReuseTest {

    private static final Path CORPUS = Path.of("corpus", "generated");

    @TempDir
    Path dir;

    @Test
    void flagsEveryPlantedCopyAndReportsThePlantedSeries() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                Files.copy(f, in.resolve(f.getFileName()));
            }
        }
        Path out = dir.resolve("out");
        StringWriter err = new StringWriter();
        assertEquals(0, Main.run(new String[] {"analyze", in.toString(), "--out", out.toString(), "-q", "--in-process"},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true)), err.toString());

        Map<String, String> idOfFile = new HashMap<>();
        for (Map<String, String> row : ReuseStepTest.rows(out.resolve("documents.csv"))) {
            idOfFile.put(row.get("path"), row.get("id"));
        }
        JsonNode truth = new ObjectMapper().readTree(CORPUS.resolve(".ground-truth.json").toFile());
        Map<String, String> idOf = new HashMap<>();
        for (JsonNode d : truth.path("documents")) {
            idOf.put(d.path("id").asText(), idOfFile.get(d.path("files").path("txt").asText()));
        }
        List<Map<String, String>> rows = ReuseStepTest.rows(out.resolve("reuse.csv"));
        int copies = 0;
        Map<String, String> kindOf = new HashMap<>();
        for (JsonNode d : truth.path("documents")) {
            kindOf.put(idOf.get(d.path("id").asText()), d.path("department").asText());
        }
        for (JsonNode p : truth.path("sharedPassages")) {
            String source = idOf.get(p.path("source").asText());
            String target = idOf.get(p.path("target").asText());
            boolean series = p.path("reason").asText().equals("series");
            // A duty is its kind's model text: the copy is reported with any document of the source's kind.
            boolean modelDuty = p.path("reason").asText().equals("copied-duty");
            String planted = FoldedText.fold(p.path("text").asText());
            boolean found = rows.stream().anyMatch(r -> Set.of(r.get("document_a"), r.get("document_b")).contains(target)
                    && (Set.of(r.get("document_a"), r.get("document_b")).contains(source) || modelDuty
                            && kindOf.get(r.get("document_a").equals(target) ? r.get("document_b") : r.get("document_a"))
                                    .equals(kindOf.get(source)))
                    && r.get("same_series").equals(series ? "yes" : "no") && (series || r.get("template").equals("no"))
                    && overlaps(planted, FoldedText.fold(r.get("text_a").replace("…", ""))));
            assertTrue(found, "not reported: " + p);
            copies += series ? 0 : 1;
        }
        assertEquals(5, copies, "the corpus plants five copies (three copied goals, a copied duty, a chosen pair)");
    }

    /**
     * The reported passage is the planted one, or a part of it, or holds it with a neighbouring
     * sentence both documents share anyway (the next goal's opening of the department kind).
     */
    private static boolean overlaps(String planted, String reported) {
        return planted.contains(reported) || reported.contains(planted);
    }
}

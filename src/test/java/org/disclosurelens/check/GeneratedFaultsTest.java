package org.disclosurelens.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.disclosurelens.pipeline.Analyzer;
import org.disclosurelens.pipeline.DocumentResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated corpus (corpus/generated, ground truth in .ground-truth.json): every planted fault
 * is flagged by a rule meant for it, and documents with nothing planted carry no flag above info.
 * Other renditions than txt are covered by the seed's tests; one is enough here.
 */
class GeneratedFaultsTest {

    private static final Path CORPUS = Path.of("corpus", "generated");
    /** The rules that find each kind of planted fault; a copied passage brings its county's name. */
    private static final Map<String, Set<String>> RULES = Map.of(
            "arithmetic", Set.of("ARITH-PROSE-TOTAL", "ARITH-THREE-PUBLIC-TOTAL", "ARITH-ASSETS-TOTAL", "ARITH-TABLE-HIERARCHY",
                    "ARITH-TABLE-TOTAL-ROW", "ARITH-TABLE-COLUMNS", "ARITH-OPERATING-VS-PUBLIC"),
            "plan-not-100", Set.of("PLAN-UNDER-100"),
            "wrong-county-code", Set.of("CODE-FOREIGN-DIVISION"),
            "copied-from-county", Set.of("PLACE-FOREIGN"),
            "copied-from-kind", Set.of("DOMAIN-FOREIGN", "PLACE-FOREIGN"),
            "placeholder-indicators", Set.of("IND-EMPTY-VALUE", "IND-BOILERPLATE"),
            "procurement-contradiction", Set.of("PROC-CONTRADICTION"),
            "shared-passage", Set.of("PLACE-FOREIGN"));

    /** Faults only the corpus step finds (a duty lifted from another kind of department): GeneratedCorpusReuseTest. */
    private static final Set<String> CORPUS_LEVEL = Set.of("copied-duty");

    private static JsonNode truth;
    private static final Map<String, List<Finding>> FINDINGS = new HashMap<>();

    @BeforeAll
    static void analyse() throws IOException {
        truth = new ObjectMapper().readTree(CORPUS.resolve(".ground-truth.json").toFile());
        Analyzer analyzer = new Analyzer();
        for (JsonNode d : truth.get("documents")) {
            DocumentResult r = analyzer.analyze(CORPUS.resolve(d.get("files").get("txt").asText()), CORPUS);
            FINDINGS.put(d.get("id").asText(), r.findings());
        }
    }

    @Test
    void flagsEveryPlantedFault() {
        List<String> missed = new ArrayList<>();
        for (JsonNode fault : truth.get("faults")) {
            if (CORPUS_LEVEL.contains(fault.get("kind").asText())) {
                continue;
            }
            Set<String> expected = RULES.get(fault.get("kind").asText());
            boolean found = FINDINGS.get(fault.get("document").asText()).stream()
                    .anyMatch(f -> f.severity() != Severity.INFO && expected.contains(f.rule()));
            if (!found) {
                missed.add(fault.get("id").asText() + " " + fault.get("kind").asText());
            }
        }
        assertTrue(truth.get("faults").size() >= 10);
        assertEquals(List.of(), missed);
    }

    @Test
    void flagsNothingAboveInfoWhereNothingWasPlanted() {
        Set<String> planted = new HashSet<>();
        truth.get("faults").forEach(f -> planted.add(f.get("document").asText()));
        truth.get("sharedPassages").forEach(s -> {
            if (!s.get("reason").asText().equals("series")) {
                planted.add(s.get("target").asText());
            }
        });
        List<String> flagged = new ArrayList<>();
        FINDINGS.forEach((id, findings) -> {
            if (!planted.contains(id)) {
                findings.stream().filter(f -> f.severity() != Severity.INFO).forEach(f -> flagged.add(id + " " + f.rule()));
            }
        });
        assertTrue(FINDINGS.size() - planted.size() >= 5, "enough clean documents to say something");
        assertEquals(List.of(), flagged);
    }
}

package org.disclosurelens.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.disclosurelens.generate.CorpusGenerator;
import org.disclosurelens.generate.FaultKind;
import org.disclosurelens.generate.Template;
import org.disclosurelens.pipeline.Analyzer;
import org.disclosurelens.pipeline.DocumentResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated final accounts (决算, Shanghai's outline as ../shared/corpus-real 010): each is read as a
 * 决算 of its unit and year in the final-accounts layout; every fault of the kinds a 决算 holds is
 * found by its rule (the claim of direction, last year's heading, a table the 目录 lists left out,
 * 。。, the 三公 table emptied, a minus sign, the economic table of a draft); and a document without
 * a fault gets no warning and no error at all (nor the info of doubled punctuation).
 */
class GeneratedFinalAccountsTest {

    /** The rule that finds each kind planted here. */
    private static final Map<FaultKind, String> FOUND_BY = Map.of(
            FaultKind.FINAL_DIRECTION, "TEXT-FINAL-DIRECTION",
            FaultKind.YEAR_TITLE, "TEXT-YEAR-MISMATCH",
            FaultKind.TOC_TABLE, "COMPLETENESS-TOC-TABLE",
            FaultKind.DOUBLED_PUNCTUATION, "DRAFT-DOUBLED-PUNCTUATION",
            FaultKind.EMPTY_TABLE, "TEXT-EMPTY-TABLE",
            FaultKind.NEGATIVE_AMOUNT, "CELL-NEGATIVE-AMOUNT",
            FaultKind.CROSS_TABLE, "ARITH-CROSS-TABLE");

    @TempDir
    Path dir;

    @Test
    void readsEveryFinalAccountsAndFindsEachPlantedFaultAndNothingElse() throws IOException {
        var options = new CorpusGenerator.Options(36, 778, EnumSet.of(CorpusGenerator.Format.TXT), 0.6,
                EnumSet.copyOf(FOUND_BY.keySet()), List.of(), List.of(Template.FINAL_ACCOUNTS), false, null, 1);
        new CorpusGenerator(options).generate(dir, null);
        JsonNode truth = new ObjectMapper().readTree(dir.resolve(CorpusGenerator.TRUTH).toFile());
        Map<String, List<String>> planted = new HashMap<>();
        truth.get("faults").forEach(f -> planted.computeIfAbsent(f.get("document").asText(), k -> new ArrayList<>())
                .add(FOUND_BY.get(FaultKind.of(f.get("kind").asText()))));
        assertTrue(planted.size() >= 15, "documents with faults: " + planted.size());

        Analyzer analyzer = new Analyzer();
        List<String> wrong = new ArrayList<>();
        int clean = 0;
        for (JsonNode d : truth.get("documents")) {
            String id = d.get("id").asText();
            DocumentResult r = analyzer.analyze(dir.resolve(d.get("files").get("txt").asText()), dir);
            JsonNode identity = d.get("identity");
            assertEquals(List.of(identity.get("unit").asText(), identity.get("year").asText(), "决算", "final-accounts"),
                    List.of(r.identity().unit(), r.identity().year(), r.identity().kind(), r.structure().layout().label()), id);
            Set<String> flagged = new java.util.TreeSet<>();
            r.findings().stream().filter(f -> f.severity() != Severity.INFO || f.rule().equals("DRAFT-DOUBLED-PUNCTUATION"))
                    .forEach(f -> flagged.add(f.rule()));
            List<String> expected = planted.getOrDefault(id, List.of());
            clean += expected.isEmpty() ? 1 : 0;
            expected.stream().filter(rule -> !flagged.contains(rule)).forEach(rule -> wrong.add(id + " planted, not found: " + rule));
            // (A fault may break more than its rule's relation: a minus sign fails the table's sums too.)
            if (expected.isEmpty()) {
                flagged.forEach(rule -> wrong.add(id + " flagged, nothing planted: " + rule));
            }
        }
        assertTrue(clean >= 8, "documents without a fault: " + clean);
        assertEquals(List.of(), wrong);
    }
}

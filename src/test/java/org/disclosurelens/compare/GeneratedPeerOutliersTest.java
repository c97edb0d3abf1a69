package org.disclosurelens.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.disclosurelens.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The peer comparison on a generated corpus of 300 budgets (TXT, seed 80801) in which the fault
 * kind {@code peer-outlier} makes about one issuer in ten buy cars one year: every such document
 * that has peers to be compared with (8 or more of its kind and year) is reported, and none of the
 * others, whose departments of one kind spend alike. 300 documents of some 20 kinds over 6 years
 * give few groups large enough (40 documents compared, 4 of them planted); the runs of 1,000
 * documents in docs/quality.md give the recall its weight. The counts are those of the run that
 * made the test.
 */
class GeneratedPeerOutliersTest {

    @TempDir
    Path dir;

    @Test
    void reportsEveryIssuerThatBoughtCarsAndNoOther() throws IOException {
        Path corpus = dir.resolve("corpus");
        Path out = dir.resolve("out");
        Cli.Run generate = Cli.run("generate", "-n", "300", "--seed", "80801", "--formats", "txt", "--faults", "0.2",
                "--fault-kinds", "peer-outlier", "-o", corpus.toString());
        assertEquals(0, generate.code(), generate.err());
        Cli.Run analyze = Cli.run("analyze", corpus.toString(), "--out", out.toString(), "--in-process", "--no-report", "-q");
        assertEquals(0, analyze.code(), analyze.err());

        JsonNode truth = new ObjectMapper().readTree(corpus.resolve(".ground-truth.json").toFile());
        Set<String> planted = new TreeSet<>();
        truth.path("faults").forEach(f -> planted.add(f.path("document").asText()));
        Map<String, String> names = Cli.rows(out.resolve("documents.csv")).stream()
                .collect(Collectors.toMap(r -> r.get("id"), r -> r.get("path").substring(0, 5)));
        Set<String> compared = new TreeSet<>();
        Cli.rows(out.resolve(PeerStep.FILE)).stream().filter(r -> r.get("measure").equals("three_public_share"))
                .forEach(r -> compared.add(names.get(r.get("document_id"))));
        Set<String> reported = new TreeSet<>();
        Cli.rows(out.resolve("anomalies.csv")).stream().filter(r -> r.get("rule").equals(PeerStep.RULE))
                .forEach(r -> reported.add(names.get(r.get("document_id"))));

        Set<String> plantedAndCompared = new TreeSet<>(planted);
        plantedAndCompared.retainAll(compared);
        assertEquals(38, planted.size(), "documents that buy cars");
        assertEquals(40, compared.size(), "documents with 8 peers or more");
        assertEquals(4, plantedAndCompared.size(), "documents that buy cars and have peers");
        assertEquals(plantedAndCompared, reported, "every compared document that bought cars, and no other");
    }
}

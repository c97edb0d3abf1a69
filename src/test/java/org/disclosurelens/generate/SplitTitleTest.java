package org.disclosurelens.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.disclosurelens.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Titles split over two lines (issue "Read layouts nobody here has seen", class 4): every
 * committed generated document's line naming its unit (the cover's first line, or Shanghai's
 * 预算主管部门：… label) broken two thirds of the way through, as a long name wraps in a narrow
 * cover; the unit is still read whole, with its year and division code.
 */
class SplitTitleTest {

    @TempDir
    Path dir;

    @Test
    void aUnitNameBrokenOverTwoLinesIsReadWhole() throws IOException {
        JsonNode truth = GeneratedCorpusTest.truth();
        Map<String, String> expected = new TreeMap<>();
        Path in = Files.createDirectories(dir.resolve("in"));
        for (JsonNode doc : truth.get("documents")) {
            String file = doc.get("files").get("txt").asText();
            JsonNode identity = doc.get("identity");
            List<String> lines = new ArrayList<>(Files.readAllLines(GeneratedCorpusTest.CORPUS.resolve(file), StandardCharsets.UTF_8));
            int at = unitLine(lines, identity.get("unit").asText());
            String line = lines.get(at);
            int cut = line.length() * 2 / 3;
            lines.set(at, line.substring(0, cut));
            lines.add(at + 1, line.substring(cut));
            Files.write(in.resolve(file), lines, StandardCharsets.UTF_8);
            expected.put(file, identity.get("unit").asText() + " " + identity.get("year").asText() + " "
                    + identity.get("divisionCode").asText());
        }
        Path out = dir.resolve("out");
        Cli.Run run = Cli.run("analyze", in.toString(), "--out", out.toString(), "--in-process", "-q", "--no-reuse", "--no-json");
        assertEquals(0, run.code(), run.err());
        Map<String, String> read = new TreeMap<>();
        Cli.rows(out.resolve("documents.csv")).forEach(r -> read.put(Path.of(r.get("path")).getFileName().toString(),
                r.get("unit") + " " + r.get("year") + " " + r.get("division_code")));
        assertEquals(expected, read);
    }

    /** The first line holding the unit's whole name (the cover line, or the 预算主管部门 label). */
    private static int unitLine(List<String> lines, String unit) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(unit)) {
                return i;
            }
        }
        throw new AssertionError("no line names " + unit);
    }
}

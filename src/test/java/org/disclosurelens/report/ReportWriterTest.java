package org.disclosurelens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.disclosurelens.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report of an analyze run, read as an auditor opens it: every finding in the index, each
 * document's findings marked at their place in its text, a document's own text escaped, nothing
 * fetched from the network.
 */
class ReportWriterTest {

    @TempDir
    Path dir;

    @Test
    void listsEveryFindingMarksItsPlaceEscapesTheDocumentsTextAndFetchesNothing() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Path.of("corpus/real/012_sh_putuo_justice_2026_dept_budget.pdf"), in.resolve("012.pdf"));
        Files.writeString(in.resolve("hostile.txt"), "某局2026年部门预算\n<script>alert(1)</script> 主要原因是增加增加了经费。\n",
                StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        assertEquals(0, Main.run(new String[] {"analyze", in.toString(), "--out", out.toString(), "--quiet"},
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())));
        assertEquals(0, Main.run(new String[] {"annotate", in.toString(), "--out", out.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())));

        ReportWriter.Summary s = new ReportWriter().write(out);
        long anomalies = Files.readAllLines(out.resolve("anomalies.csv")).size() - 1;
        assertEquals(2, s.documents());
        assertEquals(anomalies, s.findings());

        String index = Files.readString(s.index(), StandardCharsets.UTF_8);
        assertTrue(index.contains("<script src=\"data.js\"></script>") && Files.exists(out.resolve("report/report.js")), index);
        // The tables' rows: every finding, pointing at its document's row, which holds its path.
        String script = Files.readString(out.resolve("report").resolve(ReportWriter.DATA), StandardCharsets.UTF_8);
        assertTrue(script.startsWith("window.DL=") && script.endsWith(";\n"));
        JsonNode data = new ObjectMapper().readTree(script.substring("window.DL=".length(), script.length() - 2));
        assertEquals(2, data.path("documents").size());
        assertEquals(anomalies, data.path("findings").size());
        List<String> comparisonYear = new ArrayList<>();
        data.path("findings").forEach(f -> {
            if (f.get(1).asText().equals("TEXT-COMPARISON-YEAR")) {
                comparisonYear.add(data.path("documents").get(f.get(0).asInt()).get(1).asText() + " " + f.get(2).asText() + " p" + f.get(4).asText());
            }
        });
        assertEquals(List.of("012.pdf warning p8", "012.pdf warning p8"), comparisonYear);

        String justice = Files.readString(onlyPage(out, "012.pdf"), StandardCharsets.UTF_8);
        // 012's four findings stand in four paragraphs of page 8, each linked and marked.
        assertEquals(4, Pattern.compile("<a href=\"#b\\d+\">p8:l").matcher(justice).results().count());
        assertEquals(4, Pattern.compile("class=\"flagged\"").matcher(justice).results().count());
        assertTrue(justice.contains("<a href=\"../../annotated/012.pdf\">"), "links the annotated PDF");

        String hostile = Files.readString(onlyPage(out, "hostile.txt"), StandardCharsets.UTF_8);
        assertTrue(hostile.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), hostile);
        assertFalse(hostile.contains("<script>alert"), "a document's text never becomes markup");

        try (Stream<Path> pages = Files.walk(out.resolve("report"))) {
            for (Path page : pages.filter(Files::isRegularFile).toList()) {
                assertFalse(Pattern.compile("(src|href)=\"(https?:)?//").matcher(Files.readString(page)).find(), page + " fetches from the network");
            }
        }
    }

    /** The page of the document at {@code path}, found through documents.csv's id. */
    private static Path onlyPage(Path out, String path) throws IOException {
        String row = Files.readAllLines(out.resolve("documents.csv"), StandardCharsets.UTF_8).stream()
                .filter(l -> l.contains("," + path + ",")).findFirst().orElseThrow();
        return out.resolve("report/doc").resolve(row.substring(0, row.indexOf(',')).replace("\uFEFF", "") + ".html");
    }
}

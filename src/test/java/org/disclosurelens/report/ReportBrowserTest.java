package org.disclosurelens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.disclosurelens.cli.Main;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report opened in a browser (headless Chromium, where installed: CI installs it; the machine's
 * network is closed, so a chart that needed a CDN would not draw): every chart and the copy-paste
 * network draw their canvas, from the ECharts copied next to the report.
 */
class ReportBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path dir;

    /** What Chromium gave for a page: its DOM after the scripts ran, and the console lines it logged. */
    private record Page(String dom, List<String> console) {

        long count(String regex) {
            return Pattern.compile(regex).matcher(dom).results().count();
        }
    }

    @Test
    void theIndexAndADocumentPageDrawFilterAndSortOfflineWithoutAConsoleError() throws IOException, InterruptedException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed (apt-get install chromium)");
        Path in = Files.createDirectories(dir.resolve("in"));
        // Two documents of two issuers sharing a rare passage (corpus/generated's planted share) and their peers.
        try (var files = Files.list(Path.of("corpus", "generated"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                Files.copy(f, in.resolve(f.getFileName()));
            }
        }
        // A file whose name is markup: the tables write it as text.
        Files.writeString(in.resolve("<img src=x onerror=alert(1)>.txt"), "某局2026年部门预算\n主要原因是增加增加了经费。\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        assertEquals(0, Main.run(new String[] {"analyze", in.toString(), "--out", out.toString(), "--quiet"},
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())));
        ReportWriter.Summary s = new ReportWriter().write(out);
        assertTrue(Files.readString(out.resolve("reuse.csv")).lines().anyMatch(l -> l.contains(",no,,no,")), "a copy between issuers to draw");
        long warnings = org.disclosurelens.testing.Cli.rows(out.resolve("anomalies.csv")).stream()
                .filter(r -> r.get("severity").equals("warning")).count();
        assertTrue(s.findings() > 20 && warnings > 0 && warnings < 100, s.findings() + " findings, " + warnings + " warnings");

        Page index = open(s.index().toUri().toString());
        assertEquals(List.of(), index.console(), "the index logs no error");
        // Three shares and the network, each drawn on its canvas.
        assertEquals(4, index.count("<canvas"), index.dom().length() > 2000 ? index.dom().substring(0, 2000) : index.dom());
        // All the findings on the page of 100; ten on a page of ten.
        assertEquals(s.findings(), index.count("<tr><td><a href=\"doc/[0-9a-f]+\\.html\">[^<]+</a></td><td>[^<]*</td><td>[^<]*</td><td>[A-Z]"),
                "findings drawn a page at a time (the documents' rows have no rule in their fourth cell)");
        assertTrue(index.dom().contains("1 / 1（" + s.findings() + " 行 rows）"), "the findings' pager");
        Page second = open(s.index().toUri() + "#findings.rows=10&findings.page=2");
        assertEquals(10, second.count("<tr><td><a href=\"doc/[0-9a-f]+\\.html\">[^<]+</a></td><td>[^<]*</td><td>[^<]*</td><td>[A-Z]"));
        assertTrue(second.dom().contains("2 / " + (s.findings() + 9) / 10 + "（" + s.findings() + " 行 rows）"), "the second page of ten");
        assertTrue(index.dom().contains("&lt;img src=x onerror=alert(1)&gt;.txt") && !index.dom().contains("<img src=x"), "a file's name stays text");

        Page filtered = open(s.index().toUri() + "#findings.sev=warning&findings.sort=-7");
        assertEquals(List.of(), filtered.console());
        assertEquals(warnings, filtered.count("<td class=\"warning\">warning</td>"), "only the warnings, all on one page");
        assertEquals(0, filtered.count("<td class=\"(error|info)\">"));
        assertTrue(filtered.dom().contains("1 / 1（" + warnings + " 行 rows）") && filtered.dom().contains("页 page ▼"), "sorted by page, descending");
        List<Integer> pages = Pattern.compile("<td class=\"warning\">warning</td><td>[^<]*</td><td>(\\d*)</td></tr>").matcher(filtered.dom())
                .results().map(m -> m.group(1).isEmpty() ? 0 : Integer.parseInt(m.group(1))).toList();
        assertEquals(pages.stream().sorted(java.util.Comparator.reverseOrder()).toList(), pages, "pages in descending order");

        Path documentPage;
        try (var pagesOnDisk = Files.list(out.resolve("report/doc"))) {
            documentPage = pagesOnDisk.sorted().findFirst().orElseThrow();
        }
        Page document = open(documentPage.toUri().toString());
        assertEquals(List.of(), document.console(), "a document's page logs no error");
        assertTrue(document.dom().contains("问题 / findings") && document.dom().contains("正文 / text"), document.dom());
    }

    /**
     * The page's DOM after its scripts ran, as headless Chromium dumps it (a fresh profile, no
     * network), and what its console logged at warning level or above.
     */
    private Page open(String url) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(dir, "profile");
        Path log = dir.resolve(profile.getFileName() + ".log");
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--enable-logging=stderr", "--v=0", "--user-data-dir=" + profile, "--virtual-time-budget=5000", "--dump-dom", url));
        Process p = new ProcessBuilder(command).redirectError(log.toFile()).start();
        String dom = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(90, TimeUnit.SECONDS), "Chromium did not finish");
        List<String> console = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                .filter(l -> l.contains(":CONSOLE") || l.contains("Uncaught")).toList();
        return new Page(dom, console);
    }
}

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

    @Test
    void theChartsAndTheNetworkDrawOfflineInABrowser() throws IOException, InterruptedException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed (apt-get install chromium)");
        Path in = Files.createDirectories(dir.resolve("in"));
        // Two documents of two issuers sharing a rare passage (corpus/generated's planted share) and their peers.
        try (var files = Files.list(Path.of("corpus", "generated"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                Files.copy(f, in.resolve(f.getFileName()));
            }
        }
        Path out = dir.resolve("out");
        assertEquals(0, Main.run(new String[] {"analyze", in.toString(), "--out", out.toString(), "--quiet"},
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())));
        ReportWriter.Summary s = new ReportWriter().write(out);
        assertTrue(Files.readString(out.resolve("reuse.csv")).lines().anyMatch(l -> l.contains(",no,,no,")), "a copy between issuers to draw");

        String dom = dump(s.index());
        // Three shares and the network, each drawn on its canvas.
        assertEquals(4, Pattern.compile("<canvas").matcher(dom).results().count(), dom.length() > 2000 ? dom.substring(0, 2000) : dom);
    }

    /** The page's DOM after its scripts ran, as headless Chromium dumps it (a fresh profile, no network). */
    private String dump(Path page) throws IOException, InterruptedException {
        Path profile = Files.createDirectories(dir.resolve("profile"));
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--virtual-time-budget=5000", "--dump-dom", page.toUri().toString()));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String dom = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(90, TimeUnit.SECONDS), "Chromium did not finish");
        return dom;
    }
}

package org.disclosurelens.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Set;
import org.disclosurelens.check.RuleChoice;
import org.disclosurelens.export.AnomaliesCsv;
import org.disclosurelens.export.DocumentsCsv;
import org.disclosurelens.export.PanelCsv;
import org.disclosurelens.reuse.ReuseSettings;
import org.disclosurelens.reuse.ReuseWork;
import org.disclosurelens.series.SeriesWork;

/**
 * What {@code analyze} runs after the documents, on the output folder they were written to: copy
 * detection, the year-over-year series, the peer comparison and the report, each printing its
 * summary line. The Spark job runs the same steps on the folder it assembles, copy detection's
 * costly passes and the series' comparisons in its executors.
 */
public final class CorpusSteps {

    /**
     * {@code reuse}: the copy detection's thresholds, null to skip it; {@code work}: where the
     * steps' costly parts run; {@code json}: whether the folder has json/ (copy detection and the
     * series read it); {@code report}: write report/.
     */
    public record Settings(ReuseSettings reuse, Work work, RuleChoice rules, boolean json, boolean report, boolean quiet) {
    }

    /** Where copy detection's passes and the series' comparisons run: {@link #LOCAL} in this JVM. */
    public record Work(ReuseWork reuse, SeriesWork series) {
        public static final Work LOCAL = new Work(ReuseWork.LOCAL, SeriesWork.LOCAL);
    }

    /**
     * The per-document CSVs the steps rewrite: documents.csv (copy detection's {@code same_as}),
     * anomalies.csv (each step's findings) and panel.csv (the series' changes on last year). The
     * others are final once the documents are written.
     */
    public static final Set<String> REWRITES = Set.of(DocumentsCsv.FILE, AnomaliesCsv.FILE, PanelCsv.FILE);

    private CorpusSteps() {
    }

    /** Runs the steps on {@code out}; returns the worst exit code (0 when each step succeeded). */
    public static int run(Path out, Settings settings, PrintWriter stdout, PrintWriter err) {
        boolean quiet = settings.quiet();
        int code = settings.reuse() != null && settings.json()
                ? ReuseCommand.run(out, settings.reuse(), settings.work().reuse(), settings.rules(), quiet, stdout, err) : 0;
        code = settings.json() ? Math.max(code, SeriesCommand.run(out, settings.rules(), settings.work().series(), quiet, stdout, err)) : code;
        code = Math.max(code, PeersCommand.run(out, settings.rules(), quiet, stdout, err));
        return settings.report() ? Math.max(code, ReportCommand.run(out, quiet, stdout, err)) : code;
    }
}

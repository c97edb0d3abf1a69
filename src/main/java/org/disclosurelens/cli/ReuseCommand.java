package org.disclosurelens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.disclosurelens.check.RuleChoice;
import org.disclosurelens.reuse.ReuseSettings;
import org.disclosurelens.reuse.ReuseStep;
import org.disclosurelens.reuse.ReuseWork;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code reuse --out <folder>}: the corpus-level copy detection, alone, on what analyze saved. */
@Command(name = "reuse",
        header = "Find passages copied between issuers' documents, in the output of analyze (corpus step).",
        mixinStandardHelpOptions = true,
        description = {"Finds passages that documents of different issuers share, on the output of analyze",
                "(documents.csv and json/<id>.json), and writes reuse.csv, indicator_clusters.csv and its",
                "copy-paste findings into anomalies.csv. analyze runs it at the end of each batch.",
                "Exit code 0 when it ran, 1 when the folder cannot be read or written, 2 for bad arguments."})
final class ReuseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--out"}, paramLabel = "<folder>", defaultValue = "output",
            description = "Output folder of analyze (default: ${DEFAULT-VALUE}).")
    Path out;

    @Mixin
    ReuseOptions options;

    @Mixin
    RuleOptions ruleOptions;

    @Option(names = {"-q", "--quiet"}, description = "No summary.")
    boolean quiet;

    @Override
    public Integer call() {
        ReuseSettings settings;
        RuleChoice rules;
        try {
            settings = options.settings();
            rules = ruleOptions.choice();
        } catch (IllegalArgumentException | RuleChoice.Invalid e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return 2;
        }
        return run(out, settings, ReuseWork.LOCAL, rules, quiet, spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** Runs the step and prints its summary; shared with analyze. Returns the exit code. */
    static int run(Path out, ReuseSettings settings, ReuseWork work, RuleChoice rules, boolean quiet, PrintWriter stdout, PrintWriter err) {
        try {
            ReuseStep.Summary s = new ReuseStep(settings, rules).run(out, work);
            if (!quiet) {
                stdout.printf("reuse: %d documents of %d issuers (%d another copy of one), %d pairs aligned: %d passages across issuers, "
                                + "%d template, %d in series; %d documents flagged; %d shared indicator rows -> %s%n",
                        s.documents(), s.issuers(), s.renditions(), s.candidatePairs(), s.acrossIssuers(), s.template(), s.series(),
                        s.flaggedDocuments(), s.indicatorClusters(), out);
            }
            return 0;
        } catch (IOException e) {
            err.println("error: reuse on " + out + ": " + e.getMessage());
            return 1;
        }
    }
}

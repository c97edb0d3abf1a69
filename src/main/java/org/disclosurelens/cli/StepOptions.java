package org.disclosurelens.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.disclosurelens.check.RuleChoice;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options of a corpus step run alone on an output folder of analyze (series, peers): the folder, quiet, the rules. */
final class StepOptions {

    /** A corpus step: runs on the folder with the rules chosen and prints its summary unless quiet; returns the exit code. */
    interface Step {
        int run(Path out, RuleChoice rules, boolean quiet, PrintWriter stdout, PrintWriter err);
    }

    @Option(names = {"-o", "--out"}, paramLabel = "<folder>", defaultValue = "output",
            description = "Output folder of analyze (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = {"-q", "--quiet"}, description = "No summary.")
    boolean quiet;

    @Mixin
    RuleOptions ruleOptions;

    /** Runs {@code step} with these options; 2 when the rule options are bad. */
    int run(Step step, PrintWriter stdout, PrintWriter err) {
        return ruleOptions.choice(err).map(rules -> step.run(out, rules, quiet, stdout, err)).orElse(2);
    }
}

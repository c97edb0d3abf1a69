package org.disclosurelens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.disclosurelens.check.RuleChoice;
import org.disclosurelens.series.SeriesWork;
import org.disclosurelens.series.YearOverYearStep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code series --out <folder>}: the year-over-year check, alone, on what analyze saved. */
@Command(name = "series",
        header = "Compare each document with its issuer's document of the year before (corpus step).",
        mixinStandardHelpOptions = true,
        description = {"Compares what each document states for last year with what last year's document of the",
                "same issuer and kind prints, on the output of analyze (documents.csv and json/<id>.json), and",
                "writes year_over_year.csv and its ARITH-YEAR-OVER-YEAR findings into anomalies.csv.",
                "analyze runs it at the end of each batch.",
                "Exit code 0 when it ran, 1 when the folder cannot be read or written, 2 for bad arguments."})
final class SeriesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StepOptions options;

    @Override
    public Integer call() {
        return options.run(SeriesCommand::run, spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    static int run(Path out, RuleChoice rules, boolean quiet, PrintWriter stdout, PrintWriter err) {
        return run(out, rules, SeriesWork.LOCAL, quiet, stdout, err);
    }

    /** Runs the step and prints its summary; shared with analyze. Returns the exit code. */
    static int run(Path out, RuleChoice rules, SeriesWork work, boolean quiet, PrintWriter stdout, PrintWriter err) {
        try {
            YearOverYearStep.Summary s = new YearOverYearStep().run(out, rules, work);
            if (!quiet) {
                stdout.printf("series: %d documents with another year in their series, %d pairs with last year's, %d amounts compared, %d agree with no "
                        + "document of the year before (%d documents flagged), %d paragraphs repeated from an earlier year's -> %s%n",
                        s.documents(), s.pairs(), s.compared(), s.differ(), s.flaggedDocuments(), s.stale(), out);
            }
            return 0;
        } catch (IOException e) {
            err.println("error: series on " + out + ": " + e.getMessage());
            return 1;
        }
    }
}

package org.disclosurelens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.disclosurelens.report.ReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The HTML report of an earlier analyze. */
@Command(name = "report",
        header = "Write the auditor's HTML report of an analyze output: <out>/report/index.html and a page per document.",
        mixinStandardHelpOptions = true,
        description = {"Reads documents.csv, anomalies.csv and json/ in the output folder of analyze and writes report/index.html",
                "(the findings, filtered by severity, rule and text) and report/doc/<id>.html (a document's findings, each",
                "linked to the paragraph or table it stands in, marked in the document's text). Opens from the disk, offline."})
final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "<folder>", description = "The output folder of analyze.")
    Path out;

    @Override
    public Integer call() {
        return run(out, false, spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** Writes the report and prints its summary; shared with analyze. Returns the exit code. */
    static int run(Path out, boolean quiet, PrintWriter stdout, PrintWriter err) {
        try {
            ReportWriter.Summary s = new ReportWriter().write(out);
            if (!quiet) {
                stdout.printf("report: %d documents, %d findings -> %s%n", s.documents(), s.findings(), s.index());
            }
            return 0;
        } catch (IOException e) {
            err.println("error: report on " + out + ": " + e.getMessage());
            return 1;
        }
    }
}

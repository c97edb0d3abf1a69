package org.disclosurelens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.disclosurelens.check.Severity;
import org.disclosurelens.report.AnnotateStep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Annotated PDFs from the output folder of an earlier analyze. */
@Command(name = "annotate",
        header = "Write a copy of each analysed PDF with every finding highlighted and noted.",
        mixinStandardHelpOptions = true,
        description = {"Reads documents.csv and anomalies.csv in the output folder of analyze and writes, for each PDF",
                "with findings, a copy under <out>/annotated (or --to) at the same relative path: a highlight over",
                "each finding's evidence, coloured by severity, with a note carrying its rule and message."})
final class AnnotateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<input>", description = "The file or folder analyze was given.")
    Path input;

    @Option(names = "--out", required = true, paramLabel = "<folder>", description = "The output folder of analyze.")
    Path out;

    @Option(names = "--to", paramLabel = "<folder>", description = "Where to write the annotated copies (default: <out>/annotated).")
    Path to;

    @Option(names = "--least", paramLabel = "<severity>", defaultValue = "info",
            description = "The lowest severity marked: info, warning or error (default: ${DEFAULT-VALUE}).")
    String least;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        java.util.Optional<Severity> floor = Severity.of(least);
        if (floor.isEmpty()) {
            err.println("error: --least takes info, warning or error, not " + least);
            return 2;
        }
        Path target = to != null ? to : out.resolve("annotated");
        try {
            AnnotateStep.Summary s = new AnnotateStep().run(input, out, target, floor.get());
            s.failures().forEach(f -> err.println("error: " + f));
            stdout.printf("annotate: %d PDFs, %d findings marked over their evidence, %d on their line only, %d of whole documents "
                    + "in a note on page 1, %d not placed, %d files failed -> %s%n", s.documents(), s.marked(), s.lineOnly(), s.noted(),
                    s.unplaced(), s.failures().size(), target);
            return s.failures().isEmpty() ? 0 : 1;
        } catch (IOException e) {
            err.println("error: annotate on " + out + ": " + e.getMessage());
            return 1;
        }
    }
}

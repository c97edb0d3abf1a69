package org.disclosurelens.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.disclosurelens.export.CsvView;
import org.disclosurelens.check.Rules;
import org.disclosurelens.export.OutputFolder;
import org.disclosurelens.export.OutputViews;
import org.disclosurelens.pipeline.Analyzer;
import org.disclosurelens.pipeline.BatchRunner;
import org.disclosurelens.pipeline.DocumentResult;
import org.disclosurelens.pipeline.InputFiles;
import org.disclosurelens.pipeline.Status;
import org.disclosurelens.reuse.ReuseSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code analyze <file-or-folder> --out <folder>}: the main job. */
@Command(name = "analyze",
        mixinStandardHelpOptions = true,
        description = {"Reads every disclosure under the input (PDF, DOC, DOCX, XLS, XLSX, HTML, TXT) and writes",
                "documents.csv, sections.csv, anomalies.csv and json/<id>.json to the output folder, then runs the",
                "corpus-level copy detection (see the reuse command) unless --no-reuse.",
                "Exit code 0 when the batch ran, even if some files failed (each has an error row);",
                "1 when the output folder cannot be written; 2 for bad arguments."})
final class AnalyzeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "<input>",
            description = "A disclosure file, or a folder searched recursively.")
    Path input;

    @Option(names = "--rules", description = "List the audit rules (id, category, severity, what each checks) and exit.")
    boolean listRules;

    @Option(names = "--disable", split = ",", paramLabel = "<rule>",
            description = "Switch audit rules off by id, comma-separated (see --rules).")
    Set<String> disabled = new TreeSet<>();

    @Option(names = {"-o", "--out"}, paramLabel = "<folder>", defaultValue = "output",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = {"-t", "--threads"}, paramLabel = "<n>",
            description = "Files analysed in parallel (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = {"-q", "--quiet"}, description = "No progress bar and no summary.")
    boolean quiet;

    @Option(names = "--no-json", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Write json/<id>.json for each document (default: yes; --no-json to skip).")
    boolean json;

    @Option(names = "--no-reuse", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Run the copy detection over the batch at the end (default: yes; needs the JSON files).")
    boolean reuse;

    @picocli.CommandLine.Mixin
    ReuseOptions reuseOptions;

    @Option(names = {"-v", "--verbose"}, description = "Print stack traces of internal errors.")
    boolean verbose;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        if (listRules) {
            Rules.all().forEach(r -> stdout.printf("%-26s %-14s %-8s %s%n", r.id(), r.category().label(),
                    r.severity().label(), r.title()));
            return 0;
        }
        Set<String> unknown = new TreeSet<>(disabled);
        Rules.all().forEach(r -> unknown.remove(r.id()));
        if (!unknown.isEmpty()) {
            err.println("error: unknown rule id(s) " + unknown + "; see --rules");
            return 2;
        }
        if (input == null) {
            err.println("error: missing <input>: a disclosure file or a folder");
            return 2;
        }
        ReuseSettings reuseSettings;
        try {
            reuseSettings = reuseOptions.settings();
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
        if (!Files.exists(input)) {
            err.println("error: no such file or folder: " + input);
            return 2;
        }
        InputFiles files;
        try {
            files = InputFiles.under(input, out);
        } catch (IOException e) {
            err.println("error: cannot list " + input + ": " + e.getMessage());
            return 2;
        }
        List<CsvView> views = OutputViews.all();
        int total = files.files().size() + files.problems().size();
        try (OutputFolder folder = new OutputFolder(out, views, json);
             ProgressBar bar = quiet ? null : progressBar(total, err)) {
            Consumer<DocumentResult> progress = bar == null ? r -> { } : r -> bar.step();
            Map<Status, Integer> counts = new BatchRunner(new Analyzer(disabled), threads)
                    .run(files, input, folder::write, progress);
            folder.commit();
            if (!quiet) {
                stdout.printf("%d files: %d ok, %d partial, %d error -> %s%n", total,
                        counts.getOrDefault(Status.OK, 0), counts.getOrDefault(Status.PARTIAL, 0),
                        counts.getOrDefault(Status.ERROR, 0), out);
            }
        } catch (IOException e) {
            err.println("error: cannot write to " + out + ": " + e.getMessage());
            if (verbose) {
                e.printStackTrace(err);
            }
            return 1;
        }
        return reuse && json ? ReuseCommand.run(out, reuseSettings, quiet, stdout, err) : 0;
    }

    private static ProgressBar progressBar(int total, PrintWriter err) {
        PrintStream stream = new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                err.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                err.write(new String(b, off, len, StandardCharsets.UTF_8));
            }

            @Override
            public void flush() {
                err.flush();
            }
        }, true, StandardCharsets.UTF_8);
        return new ProgressBarBuilder()
                .setTaskName("analyze")
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(stream))
                .showSpeed()
                .setUnit(" files", 1)
                .build();
    }
}

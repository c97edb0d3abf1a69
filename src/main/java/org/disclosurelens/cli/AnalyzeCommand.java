package org.disclosurelens.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.disclosurelens.batch.BatchJob;
import org.disclosurelens.batch.JitChoice;
import org.disclosurelens.check.RuleChoice;
import org.disclosurelens.check.RuleId;
import org.disclosurelens.pipeline.InputFiles;
import org.disclosurelens.pipeline.Status;
import org.disclosurelens.reuse.ReuseSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code analyze <file-or-folder> --out <folder>}: the main job. */
@Command(name = "analyze",
        header = "Analyse disclosures (PDF, OFD, Word, Excel, HTML, text) into CSVs, JSON and audit findings.",
        mixinStandardHelpOptions = true,
        description = {"Reads every disclosure under the input (PDF, OFD, DOC, DOCX, XLS, XLSX, HTML, TXT) and writes to the",
                "output folder: documents.csv (one row per file), sections.csv, anomalies.csv (the findings),",
                "figures.csv, tables.csv, budget_lines.csv, three_public.csv, projects.csv, indicators.csv,",
                "spending_plan.csv, assets.csv, organisations.csv, panel.csv (one row per document and measure)",
                "and json/<id>.json; then the corpus steps: copy detection (reuse.csv, indicator_clusters.csv;",
                "see reuse) unless --no-reuse, the year-over-year check (year_over_year.csv; see series) unless",
                "--no-json, the peer comparison (outliers.csv; see peers), and the HTML report (report/index.html;",
                "see report) unless --no-report. docs/csv-schema.md has every column.",
                "Each file is analysed in a worker JVM under a time and a memory limit; a file that breaks",
                "a limit, or cannot be read, gets an error row and the batch goes on.",
                "Exit code 0 when the batch ran, even if some files failed (each has an error row);",
                "1 when the output folder cannot be written or the worker cannot run; 2 for bad arguments."})
final class AnalyzeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "<input>",
            description = "Disclosure files, or folders searched recursively: one or several (analyze a.pdf b.docx).")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--rules", description = "List the audit rules (id, category, default severity, what each checks, in English and Chinese) and exit.")
    boolean listRules;

    @Mixin
    RuleOptions ruleOptions;

    @Option(names = {"-o", "--out"}, paramLabel = "<folder>", defaultValue = "output",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = {"-t", "--threads"}, paramLabel = "<n>",
            description = "Files analysed in parallel (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = {"-q", "--quiet"}, description = "No progress bar and no summary.")
    boolean quiet;

    // Named by their positive form: picocli gives "--no-x" declared with fallbackValue "true" the
    // inverted meaning (--no-json wrote JSON, --json did not).
    @Option(names = "--json", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Write json/<id>.json for each document (default: yes; --no-json to skip).")
    boolean json;

    @Option(names = "--reuse", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Run the copy detection over the batch at the end (default: yes; needs the JSON files).")
    boolean reuse;

    @Option(names = "--report", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Write the HTML report, report/index.html, at the end (default: yes; --no-report to skip; see report).")
    boolean report;

    @picocli.CommandLine.Mixin
    ReuseOptions reuseOptions;

    @Option(names = {"-v", "--verbose"}, description = "Print the worker's messages and stack traces of internal errors.")
    boolean verbose;

    @Option(names = "--resume", description = {"Keep the results of an earlier run into the same --out folder (even one",
            "that was killed) and analyse only the files not done yet; the outputs are the same as a full run's."})
    boolean resume;

    @Mixin
    DocumentLimits limits;

    @Option(names = "--memory", paramLabel = "<size>",
            description = {"Heap of the worker JVM that analyses the files, such as 2g; a document that needs more is",
                    "reported as too large (default: the same as this JVM's)."})
    String memory;

    @Option(names = "--in-process", description = {"Analyse in this JVM instead of a worker JVM: for debugging. A document",
            "over the time limit is abandoned rather than stopped, and running out of memory may end the run."})
    boolean inProcess;

    @Option(names = "--isolate", description = {"Analyse in a worker JVM even a batch of one or two files, which bin/disclosure-lens",
            "otherwise starts in its own JVM (a second shorter), moving to a worker JVM if a document has to be stopped."})
    boolean isolate;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        if (listRules) {
            for (RuleId r : RuleId.values()) {
                boolean corpus = r.scope() == RuleId.Scope.CORPUS;
                stdout.printf("%-26s %-14s %-8s %s%s | %s%s%n", r.id(), r.category().label(), r.severity().label(), r.title(),
                        corpus ? " (corpus step)" : "", r.titleZh(), corpus ? "（语料库步骤）" : "");
            }
            return 0;
        }
        java.util.Optional<RuleChoice> chosen = ruleOptions.choice(err);
        if (chosen.isEmpty()) {
            return 2;
        }
        RuleChoice rules = chosen.get();
        if (inputs.isEmpty()) {
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
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                err.println("error: no such file or folder: " + input);
                return 2;
            }
        }
        if (memory != null && !memory.matches("\\d+[kKmMgG]?")) {
            err.println("error: --memory takes a size such as 512m or 2g, not " + memory);
            return 2;
        }
        InputFiles files;
        try {
            files = InputFiles.under(inputs, out);
        } catch (IOException e) {
            err.println("error: cannot list " + inputs + ": " + e.getMessage());
            return 2;
        }
        Path input = InputFiles.root(inputs);
        int total = files.files().size() + files.problems().size();
        if (total == 0) {
            err.println("error: no files to analyse in " + inputs + " (hidden files, *.md notes and the output folder are skipped)");
            return 2;
        }
        int documents;
        try (ProgressBar bar = quiet ? null : progressBar(total, err)) {
            BatchJob.Summary summary = new BatchJob(files, input, out, settings(rules, err), bar == null ? () -> { } : bar::step).run();
            documents = summary.files();
            if (!quiet) {
                summarise(summary, stdout, err);
            }
        } catch (BatchJob.Failure e) {
            err.println("error: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("error: cannot write to " + out + ": " + e.getMessage());
            if (verbose) {
                e.printStackTrace(err);
            }
            return 1;
        } catch (RuntimeException e) {
            err.println("error: internal error: " + e + (verbose ? "" : " (--verbose shows where)"));
            if (verbose) {
                e.printStackTrace(err);
            }
            return 1;
        }
        JitChoice.forCorpusSteps(documents);
        return CorpusSteps.run(out, new CorpusSteps.Settings(reuse ? reuseSettings : null, CorpusSteps.Work.LOCAL, rules, json, report, quiet),
                stdout, err);
    }

    private BatchJob.Settings settings(RuleChoice rules, PrintWriter err) {
        BatchJob.Isolation isolation = inProcess ? BatchJob.Isolation.IN_PROCESS
                : isolate ? BatchJob.Isolation.WORKER : BatchJob.Isolation.SMALL_BATCH_IN_PROCESS;
        return new BatchJob.Settings(threads, limits.timeout(), limits.maxSize(), memory,
                rules, json, resume, isolation, verbose ? err : null);
    }

    private void summarise(BatchJob.Summary summary, PrintWriter stdout, PrintWriter err) {
        if (resume && !summary.cacheReused()) {
            err.println("note: nothing to resume (no earlier run, or one by another version or with other options);"
                    + " all files were analysed");
        }
        Map<Status, Integer> counts = summary.counts();
        stdout.printf("%d files: %d ok, %d partial, %d error -> %s%s%n", summary.files(),
                counts.getOrDefault(Status.OK, 0), counts.getOrDefault(Status.PARTIAL, 0),
                counts.getOrDefault(Status.ERROR, 0), out,
                resume ? " (" + summary.resumed() + " done by an earlier run)" : "");
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
                // A fixed width and a leading zero: "0.4 files/s", not ".4", on a line that does not change length.
                .setConsumer(new ConsoleProgressBarConsumer(stream, 100))
                .showSpeed(new java.text.DecimalFormat("0.0"))
                .setUnit(" files", 1)
                .build();
    }
}

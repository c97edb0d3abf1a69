package org.disclosurelens.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.disclosurelens.check.RuleChoice;
import org.disclosurelens.cli.DocumentLimits;
import org.disclosurelens.cli.ReuseOptions;
import org.disclosurelens.cli.RuleOptions;
import org.disclosurelens.reuse.ReuseSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code spark-submit --class org.disclosurelens.spark.SparkAnalyze … --input <dir|URI|manifest.csv>
 * --output <dir>}: {@code analyze} as a Spark job (README, "On a Spark cluster").
 */
@Command(name = "disclosure-lens-spark", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Analyses disclosures with Apache Spark: the same analysis and outputs as `analyze`, as Parquet",
                "tables in <output>/parquet/ (and the CSVs with --csv), json/<id>.json, and the corpus steps' files."})
public final class SparkAnalyze implements Callable<Integer> {

    @Option(names = "--input", required = true, paramLabel = "<dir|URI|manifest.csv>",
            description = {"A folder or file (local, or any URI Hadoop reads: hdfs://, s3a://, …), or a manifest:",
                    "a CSV with a path column (and optionally source_url), paths relative to the manifest."})
    String input;

    @Option(names = "--output", required = true, paramLabel = "<dir>",
            description = "Output folder, local or mounted on every node (a shared file system on a cluster).")
    Path output;

    @Option(names = "--csv", description = "Keep the CSVs `analyze` writes beside the Parquet tables.")
    boolean csv;

    @Option(names = "--master", paramLabel = "<url>",
            description = "Spark master when not run by spark-submit (such as local[2]); spark-submit's --master wins.")
    String master;

    @Option(names = "--partitions", paramLabel = "<n>", description = "Partitions of the input (default: four per core, at most 200 documents each).")
    int partitions;

    @Mixin
    DocumentLimits limits;

    @Option(names = "--reuse", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Run the copy detection (default: yes).")
    boolean reuse;

    @Option(names = {"-q", "--quiet"}, description = "No summary lines.")
    boolean quiet;

    @Mixin
    RuleOptions ruleOptions;

    @Mixin
    ReuseOptions reuseOptions;

    private PrintWriter stdout;
    private PrintWriter stderr;

    @Override
    public Integer call() {
        java.util.Optional<RuleChoice> rules = ruleOptions.choice(stderr);
        if (rules.isEmpty()) {
            return 2;
        }
        ReuseSettings reuseSettings;
        try {
            reuseSettings = reuseOptions.settings();
        } catch (IllegalArgumentException e) {
            stderr.println("error: " + e.getMessage());
            return 2;
        }
        RunSettings run = new RunSettings(limits.timeout(), limits.maxSize(), rules.get().argument());
        AnalyzeJob.Settings settings = new AnalyzeJob.Settings(input, output, csv, run, reuse ? reuseSettings : null,
                partitions, quiet);
        SparkConf conf = new SparkConf().setAppName("disclosure-lens");
        if (master != null && !conf.contains("spark.master")) {
            conf.setMaster(master);
        }
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        try {
            AnalyzeJob.Summary s = new AnalyzeJob(spark, settings).run(stdout, stderr);
            if (!quiet) {
                Map<String, Long> st = s.byStatus();
                stdout.printf("%d files: %d ok, %d partial, %d error (%d analysed, %d done by an earlier run) -> %s%n", s.files(),
                        st.getOrDefault("OK", 0L), st.getOrDefault("PARTIAL", 0L), st.getOrDefault("ERROR", 0L), s.analysed(),
                        s.kept(), output);
                s.phases().forEach((phase, seconds) -> stdout.printf("  %-48s %7.1f s%n", phase, seconds));
            }
            return 0;
        } catch (IOException e) {
            stderr.println("error: " + e.getMessage());
            return 1;
        } finally {
            stdout.flush();
            spark.stop();
        }
    }

    /** Runs the job with {@code args}; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        SparkAnalyze command = new SparkAnalyze();
        command.stdout = out;
        command.stderr = err;
        return new CommandLine(command).setOut(out).setErr(err).execute(args);
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }
}

package org.disclosurelens.spark;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.spark.sql.SparkSession;
import org.disclosurelens.check.RuleChoice;
import org.disclosurelens.extract.DocumentExtractor;
import org.disclosurelens.reuse.ReuseSettings;

/** One local[2] Spark session for the module's tests (Spark allows one per JVM), and the job run as analyze's defaults. */
final class LocalSpark {

    private static SparkSession session;

    private LocalSpark() {
    }

    static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSession.builder().master("local[2]").appName("disclosure-lens-test")
                    .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
        }
        return session;
    }

    /** The job's settings with analyze's defaults: 120 s a document, 100 MB, every rule, copy detection on. */
    static AnalyzeJob.Settings settings(String input, Path out) {
        return settings(input, out, Duration.ofSeconds(120));
    }

    static AnalyzeJob.Settings settings(String input, Path out, Duration timeout) {
        return new AnalyzeJob.Settings(input, out, true, new RunSettings(timeout, DocumentExtractor.DEFAULT_MAX_BYTES,
                RuleChoice.ALL.argument()), ReuseSettings.DEFAULT, 0, true);
    }

    static AnalyzeJob.Summary run(AnalyzeJob.Settings settings) throws java.io.IOException {
        StringWriter log = new StringWriter();
        PrintWriter w = new PrintWriter(log);
        return new AnalyzeJob(session(), settings).run(w, w);
    }
}

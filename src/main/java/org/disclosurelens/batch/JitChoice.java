package org.disclosurelens.batch;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * Which JIT compiles the work of a run: C1 alone for small work, the full tiered compiler (C1, then
 * C2 for hot code) for large work. A batch's worker JVMs compile with C1 alone
 * ({@code -XX:TieredStopAtLevel=1}) when the batch weighs at most {@link #QUICK_UP_TO}, a PDF or
 * OFD counting {@link #FIXED_LAYOUT_WEIGHT} files (at most 500 PDFs or 2,000 other files); a batch
 * analysed in the command's own JVM, and the corpus steps of at most {@link #STEPS_QUICK_UP_TO}
 * documents, turn C2 off in that JVM ({@link #quickHere}).
 *
 * <p>Why: in a fresh JVM the C2 compiler takes a large share of the CPU before its code pays back.
 * async-profiler, {@code analyze --in-process --threads 1} (scripts/profile.sh, BENCHMARKS.md):
 * 46% of all samples in the JIT's compiler threads on 1,000 generated text files, 40% on 240 real
 * PDFs. Whole runs on the 2-core development machine, CPU seconds, C1 alone against the default:
 * 240 real PDFs 57-59 s against 63-69 s; 1,000 real PDFs 236 s against 238 s (even); 1,000
 * generated text files 27-29 s against 33-35 s, DOCX 45-47 s against 54 s, HTML 33-34 s against
 * 41 s; 2,000 text files 54-55 s against 58-60 s; the worker alone on 10,000 text files 150-154 s
 * against 108-112 s (C1 loses 38%). C2 pays back after roughly a thousand PDFs, which spend much of
 * their time in native code and in code C1 compiles well enough, or a few thousand other files;
 * the limits stay on the winning side. The corpus steps (copy detection, series, peers), wall
 * seconds: 1,000 text documents 4.7-5.1 s against 6.1-6.5 s, 3,000 11.3-12.4 s against 13.0-13.9 s;
 * copy detection alone on 10,000 takes 25% more CPU with C1 alone.
 *
 * <p>Work is not moved from one compiler to the other part way: a worker started with C2 after
 * the first hundreds of documents of 10,000 text files used 10% more CPU for the rest than one that
 * ran the whole batch (122-124 s against 108-112 s), for reasons not found. JVM options that set the
 * compiler ({@code -XX:TieredStopAtLevel}, {@code -XX:±TieredCompilation}, {@code -Xint},
 * {@code -Xcomp}) are passed on instead. Results do not depend on the compiler.
 */
public final class JitChoice {

    /** The most a batch may weigh for its workers to compile with C1 alone: 2,000 files, a PDF or OFD counting 4. */
    static final int QUICK_UP_TO = 2_000;
    /** What a PDF or OFD file weighs, in files of other formats. */
    static final int FIXED_LAYOUT_WEIGHT = 4;
    /** The most documents the corpus steps may read for the command's JVM to compile them with C1 alone. */
    static final int STEPS_QUICK_UP_TO = 2_000;
    /** The JVM option that keeps a worker on C1. */
    static final String QUICK = "-XX:TieredStopAtLevel=1";

    /** Whether this JVM has taken the directive that keeps C2 off. */
    private static boolean c2Off;

    private JitChoice() {
    }

    /** Whether the workers of a batch of {@code files}, started with {@code jvmOptions}, get {@link #QUICK}. */
    static boolean quick(List<Path> files, List<String> jvmOptions) {
        long weight = 0;
        for (Path file : files) {
            weight += fixedLayout(file) ? FIXED_LAYOUT_WEIGHT : 1;
        }
        return weight <= QUICK_UP_TO && !compilerChosen(jvmOptions);
    }

    /** Whether the file's name says PDF or OFD: the batch is weighed before any file is opened. */
    private static boolean fixedLayout(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".pdf") || name.endsWith(".ofd");
    }

    /**
     * Keeps C2 off in this JVM for corpus steps about to read {@code documents} documents, if they
     * are few enough for that to pay; returns whether C2 is off.
     */
    public static boolean forCorpusSteps(int documents) {
        List<String> options = ChildWorker.inherited();
        return quickSteps(documents, options) && quickHere(options);
    }

    /** Whether corpus steps reading {@code documents} documents in a JVM started with {@code jvmOptions} turn C2 off. */
    static boolean quickSteps(int documents, List<String> jvmOptions) {
        return documents <= STEPS_QUICK_UP_TO && !compilerChosen(jvmOptions);
    }

    /**
     * Keeps this JVM's C2 compiler off from now on. The JVM is already running, so this goes
     * through the documented diagnostic command {@code Compiler.directives_add} (what {@code jcmd}
     * sends) with a directive excluding every method from C2: the methods then stay on C1; code C2
     * has compiled already stays. One cold 25-page PDF: 3.1 s with C2, 2.4 s with
     * {@code -XX:TieredStopAtLevel=1}, 2.6 s with this directive given at start; adding it costs
     * about 0.15 s (the platform MBean server), once a JVM. Returns whether the JVM took it; a JVM
     * without the command, or whose {@code jvmOptions} chose the compiler, is left as it is. The
     * directive lasts as long as the JVM: right for the command line, whose JVM ends with the
     * command; a program that runs {@code analyze} inside a longer-lived JVM and wants C2 there
     * sets the compiler in its JVM options (for example {@code -XX:TieredStopAtLevel=4}).
     */
    static synchronized boolean quickHere(List<String> jvmOptions) {
        if (compilerChosen(jvmOptions)) {
            return false;
        }
        if (!c2Off) {
            c2Off = addDirective("[{match: \"*.*\", c2: {Exclude: true}}]");
        }
        return c2Off;
    }

    private static boolean addDirective(String directive) {
        try {
            Path file = Files.createTempFile("disclosure-lens-jit", ".json");
            try {
                Files.writeString(file, directive);
                Object answer = ManagementFactory.getPlatformMBeanServer().invoke(
                        new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
                        new Object[] {new String[] {file.toString()}}, new String[] {String[].class.getName()});
                return String.valueOf(answer).startsWith("1 compiler directives added");
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException | JMException | RuntimeException e) {
            return false;
        }
    }

    /** Whether the JVM options set the compiler themselves. */
    static boolean compilerChosen(List<String> jvmOptions) {
        return jvmOptions.stream().anyMatch(o -> o.startsWith("-XX:TieredStopAtLevel") || o.endsWith("TieredCompilation")
                || o.equals("-Xint") || o.equals("-Xcomp"));
    }
}

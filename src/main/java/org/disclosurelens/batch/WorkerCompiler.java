package org.disclosurelens.batch;

import java.util.List;

/**
 * Which JIT a batch's worker JVMs compile with: C1 alone ({@code -XX:TieredStopAtLevel=1}) for a
 * batch of at most {@link #QUICK_UP_TO} files, the full tiered compiler (C1, then C2 for hot code)
 * for a larger one.
 *
 * <p>Why: in a fresh JVM the C2 compiler takes a large share of the CPU before its code pays back.
 * async-profiler, {@code analyze --in-process --threads 1} (scripts/profile.sh, BENCHMARKS.md):
 * 46% of all samples in the JIT's compiler threads on 1,000 generated text files, 40% on 240 real
 * PDFs. Whole runs on the 2-core development machine, CPU seconds, C1 alone against the default:
 * 240 real PDFs 43-45 s against 58-60 s; 1,000 real PDFs 236 s against 238 s (even); the worker
 * alone on 10,000 text files 150-154 s against 108-112 s (C1 loses 38%). C2 pays back after roughly
 * a thousand PDFs or two thousand text files; 500 files stays on the winning side for both.
 *
 * <p>A batch is not moved from one compiler to the other part way: a worker started with C2 after
 * the first hundreds of documents of 10,000 text files used 10% more CPU for the rest than one that
 * ran the whole batch (122-124 s against 108-112 s), for reasons not found. JVM options that set the
 * compiler ({@code -XX:TieredStopAtLevel}, {@code -XX:±TieredCompilation}, {@code -Xint},
 * {@code -Xcomp}) are passed on instead. Results do not depend on the compiler.
 */
final class WorkerCompiler {

    /** The most files a batch may have for its workers to compile with C1 alone. */
    static final int QUICK_UP_TO = 500;
    /** The JVM option that keeps a worker on C1. */
    static final String QUICK = "-XX:TieredStopAtLevel=1";

    private WorkerCompiler() {
    }

    /** Whether the workers of a batch of {@code files} files, started with {@code jvmOptions}, get {@link #QUICK}. */
    static boolean quick(int files, List<String> jvmOptions) {
        return files <= QUICK_UP_TO && !compilerChosen(jvmOptions);
    }

    /**
     * Keeps this JVM's C2 compiler off from now on, for a small batch analysed in the command's own
     * JVM ({@code bin/disclosure-lens}, one or two files). The JVM is already running, so this goes
     * through the documented diagnostic command {@code Compiler.directives_add} (what {@code jcmd}
     * sends) with a directive excluding every method from C2: the methods then stay on C1. One cold
     * 25-page PDF: 3.1 s with C2, 2.4 s with {@code -XX:TieredStopAtLevel=1}, 2.6 s with this
     * directive given at start; adding it costs about 0.15 s (the platform MBean server). Returns
     * whether the JVM took it; a JVM without the command is left as it is.
     */
    static boolean quickHere(List<String> jvmOptions) {
        if (compilerChosen(jvmOptions)) {
            return false;
        }
        try {
            java.nio.file.Path directive = java.nio.file.Files.createTempFile("disclosure-lens-jit", ".json");
            try {
                java.nio.file.Files.writeString(directive, "[{match: \"*.*\", c2: {Exclude: true}}]");
                Object answer = java.lang.management.ManagementFactory.getPlatformMBeanServer().invoke(
                        new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
                        new Object[] {new String[] {directive.toString()}}, new String[] {String[].class.getName()});
                return String.valueOf(answer).startsWith("1 compiler directives added");
            } finally {
                java.nio.file.Files.deleteIfExists(directive);
            }
        } catch (java.io.IOException | javax.management.JMException | RuntimeException e) {
            return false;
        }
    }

    /** Whether the JVM options set the compiler themselves. */
    static boolean compilerChosen(List<String> jvmOptions) {
        return jvmOptions.stream().anyMatch(o -> o.startsWith("-XX:TieredStopAtLevel") || o.endsWith("TieredCompilation")
                || o.equals("-Xint") || o.equals("-Xcomp"));
    }
}

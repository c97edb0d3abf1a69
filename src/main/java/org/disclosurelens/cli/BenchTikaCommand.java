package org.disclosurelens.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.disclosurelens.pipeline.InputFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bench-tika <folder>}: the baseline of scripts/bench.sh — what a user gets from plain Tika,
 * every file through {@code AutoDetectParser} to text with an unlimited handler, on the same files
 * (same selection and order as {@code analyze}) and the same number of threads. Hidden: it is a
 * measuring tool. It lives in the application jar so that baseline and analysis run from the same
 * jar with the same JVM options, and the benchmark needs nothing but the build.
 */
@Command(name = "bench-tika", hidden = true, mixinStandardHelpOptions = true,
        description = "Baseline for scripts/bench.sh: plain Tika text extraction of every file, one line of results.")
final class BenchTikaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<input>", description = "A file, or a folder searched as analyze does.")
    Path input;

    @Option(names = {"-t", "--threads"}, paramLabel = "<n>", description = "Files parsed in parallel (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.exists(input)) {
            spec.commandLine().getErr().println("error: no such file or folder: " + input);
            return 2;
        }
        long start = System.nanoTime();
        List<Path> files = InputFiles.under(input, null).files();
        AutoDetectParser parser = new AutoDetectParser();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        long characters = 0;
        int errors = 0;
        try {
            List<Future<Long>> parsed = new ArrayList<>();
            for (Path file : files) {
                parsed.add(pool.submit(() -> text(parser, file)));
            }
            for (Future<Long> f : parsed) {
                try {
                    characters += f.get();
                } catch (ExecutionException e) {
                    errors++;
                }
            }
        } finally {
            pool.shutdownNow();
        }
        out.printf("files=%d characters=%d errors=%d threads=%d seconds=%.3f%n", files.size(), characters, errors,
                Math.max(1, threads), (System.nanoTime() - start) / 1e9);
        return 0;
    }

    /** The characters of the file's text, as Tika's plain text output gives it. */
    private static long text(AutoDetectParser parser, Path file) throws Exception {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        BodyContentHandler handler = new BodyContentHandler(-1);
        try (InputStream in = TikaInputStream.get(file, metadata)) {
            parser.parse(in, handler, metadata, new ParseContext());
        }
        return handler.toString().length();
    }
}

package org.disclosurelens.generate;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts Word files to PDF with LibreOffice ({@code soffice --headless}), several processes at
 * once, each with its own profile. LibreOffice stamps each PDF with the time, a random file ID and
 * a checksum; all three are overwritten in place with values of the same length derived from the
 * source, so the cross-reference offsets stay valid. A process converting one file then gives the
 * same bytes every time; one converting a batch (faster: one start-up for many files) writes the
 * same fonts and pages but numbers the font objects in a varying order. Writing PDF ourselves
 * would mean a layout engine for Chinese text and ruled tables; LibreOffice is that engine.
 */
final class PdfConverter {

    private static final Pattern CREATION = Pattern.compile("/CreationDate\\(D:(\\d{14})");
    private static final Pattern CHECKSUM = Pattern.compile("/DocChecksum /([0-9A-Fa-f]{32})");
    private static final Pattern ID = Pattern.compile("/ID\\s*\\[\\s*<([0-9A-Fa-f]{32})>\\s*<([0-9A-Fa-f]{32})>\\s*\\]");

    private final Path soffice;

    private PdfConverter(Path soffice) {
        this.soffice = soffice;
    }

    /** LibreOffice from {@code explicit}, else {@code soffice} on the PATH; empty when there is none. */
    static Optional<PdfConverter> find(Path explicit) {
        if (explicit != null) {
            return Files.isExecutable(explicit) ? Optional.of(new PdfConverter(explicit)) : Optional.empty();
        }
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, "soffice");
            if (Files.isExecutable(candidate)) {
                return Optional.of(new PdfConverter(candidate));
            }
        }
        return Optional.empty();
    }

    /** A Word file to convert, and the year its PDF is dated. */
    record Job(Path docx, int year) {
    }

    /**
     * Converts each DOCX into {@code outDir} (same base name, .pdf) with its stamps made
     * reproducible: {@code batch} files per LibreOffice process, {@code workers} processes at once.
     */
    void convert(List<Job> jobs, Path outDir, int batch, int workers) throws IOException {
        List<Path> docx = jobs.stream().map(Job::docx).toList();
        List<List<Path>> chunks = new ArrayList<>();
        for (int from = 0; from < docx.size(); from += batch) {
            chunks.add(docx.subList(from, Math.min(docx.size(), from + batch)));
        }
        runAll(chunks, outDir, workers);
        for (Job job : jobs) {
            Path pdf = outDir.resolve(job.docx().getFileName().toString().replaceFirst("\\.docx$", ".pdf"));
            if (!Files.exists(pdf)) {
                throw new IOException("LibreOffice did not convert " + job.docx().getFileName());
            }
            Files.write(pdf, reproducible(Files.readAllBytes(pdf), Files.readAllBytes(job.docx()), job.year()));
        }
    }

    /** Runs the chunks on {@code workers} LibreOffice processes at once, each with its own profile folder. */
    private void runAll(List<List<Path>> chunks, Path outDir, int workers) throws IOException {
        BlockingQueue<Path> profiles = new LinkedBlockingQueue<>();
        for (int i = 0; i < workers; i++) {
            profiles.add(Files.createTempDirectory("disclosure-lens-soffice"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (List<Path> chunk : chunks) {
                runs.add(pool.submit(() -> {
                    Path profile = profiles.take();
                    try {
                        run(chunk, outDir, profile);
                    } finally {
                        profiles.add(profile);
                    }
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                await(run);
            }
        } finally {
            pool.shutdownNow();
            for (Path profile : profiles) {
                deleteTree(profile);
            }
        }
    }

    private static void await(Future<?> run) throws IOException {
        try {
            run.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while converting to PDF", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
    }

    private void run(List<Path> batch, Path outDir, Path profile) throws IOException {
        List<String> command = new ArrayList<>(List.of(soffice.toString(), "-env:UserInstallation=" + profile.toUri(),
                "--headless", "--convert-to", "pdf:writer_pdf_Export", "--outdir", outDir.toString()));
        batch.forEach(p -> command.add(p.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IOException("soffice failed converting " + batch.size() + " files (exit "
                        + (process.isAlive() ? "timeout" : process.exitValue()) + ")");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while converting to PDF", e);
        }
    }

    /** Replaces the creation time with 1 January of the budget year, the ID and checksum with the source's MD5. */
    static byte[] reproducible(byte[] pdf, byte[] source, int year) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        Matcher created = CREATION.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (created.find()) {
            created.appendReplacement(sb, "/CreationDate(D:" + year + "0101000000");
        }
        created.appendTail(sb);
        String id = md5(source);
        Matcher ids = ID.matcher(sb);
        StringBuilder out = new StringBuilder();
        while (ids.find()) {
            String whole = ids.group();
            ids.appendReplacement(out, whole.replace(ids.group(1), id).replace(ids.group(2), id));
        }
        ids.appendTail(out);
        Matcher checksum = CHECKSUM.matcher(out);
        StringBuilder last = new StringBuilder();
        while (checksum.find()) {
            checksum.appendReplacement(last, "/DocChecksum /" + id);
        }
        checksum.appendTail(last);
        return last.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String md5(byte[] bytes) {
        try {
            return HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has MD5", e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

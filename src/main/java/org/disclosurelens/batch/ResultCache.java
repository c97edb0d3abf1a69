package org.disclosurelens.batch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.disclosurelens.export.CsvView;
import org.disclosurelens.export.JsonExport;
import org.disclosurelens.export.OutputFolder;
import org.disclosurelens.pipeline.DocumentResult;
import org.disclosurelens.pipeline.Status;

/**
 * Each document's share of every CSV, and its JSON, kept in the output folder's {@code .cache/}
 * from the moment the document is done, so a killed run loses only the documents in progress and
 * {@code --resume} finishes the rest. The CSV share is stored as the exact bytes it contributes to
 * each file of {@link org.disclosurelens.export.OutputViews}, whatever views exist, which makes the
 * CSVs assembled from the cache byte-identical whichever run, process or thread analysed each
 * document. Entries are written to a temporary file and renamed: complete or absent.
 */
public final class ResultCache {

    /** The cache folder's name inside the output folder. */
    public static final String FOLDER = ".cache";
    private static final String ROWS = ".rows";
    private static final String JSON = ".json";
    private static final String MAGIC = "disclosure-lens entry 1";

    /** One document's stored outputs. */
    record Entry(String id, Status status, boolean retry, Map<String, byte[]> parts) {
    }

    /** A file in the cache folder that is not an entry and stays while a run holds it. */
    static final String LOCK = "lock";

    private final Path dir;
    private final List<CsvView> views;
    private final boolean json;
    private final boolean reused;

    private ResultCache(Path dir, List<CsvView> views, boolean json, boolean reused) {
        this.dir = dir;
        this.views = List.copyOf(views);
        this.json = json;
        this.reused = reused;
    }

    /**
     * The cache of {@code out}. Kept when {@code resume} is asked and it was made with the same
     * {@code fingerprint} (program version, views, options); emptied otherwise.
     */
    static ResultCache prepare(Path out, String fingerprint, boolean resume, List<CsvView> views, boolean json)
            throws IOException {
        Path dir = Files.createDirectories(out.resolve(FOLDER));
        Path print = dir.resolve("fingerprint");
        boolean same = Files.exists(print) && Files.readString(print, StandardCharsets.UTF_8).equals(fingerprint);
        boolean keep = resume && same;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (!name.equals(LOCK) && (!keep || name.endsWith(OutputFolder.TMP))) {
                    Files.delete(file);
                }
            }
        }
        write(print, fingerprint.getBytes(StandardCharsets.UTF_8));
        return new ResultCache(dir, views, json, keep);
    }

    /** The cache a worker writes into, prepared by the supervisor. */
    static ResultCache attach(Path out, List<CsvView> views, boolean json) {
        return new ResultCache(out.resolve(FOLDER), views, json, true);
    }

    Path folder() {
        return dir;
    }

    /** Whether entries of an earlier run were kept (a resume with the same program and options). */
    boolean reused() {
        return reused;
    }

    /** Stores a document's outputs. {@code retry}: the result came from a limit of this run (time, memory), so --resume tries again. */
    void put(String key, DocumentResult result, boolean retry) throws IOException {
        if (json) {
            Path tmp = dir.resolve(key + JSON + OutputFolder.TMP);
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                JsonExport.write(result, out);
            }
            OutputFolder.move(tmp, dir.resolve(key + JSON));
        }
        ByteArrayOutputStream entry = new ByteArrayOutputStream();
        line(entry, MAGIC);
        line(entry, "id " + result.id());
        line(entry, "status " + result.status().name());
        line(entry, "retry " + retry);
        for (CsvView view : views) {
            byte[] rows = OutputFolder.csvText(view.rows(result)).getBytes(StandardCharsets.UTF_8);
            line(entry, "part " + rows.length + " " + view.fileName());
            entry.write(rows);
        }
        write(dir.resolve(key + ROWS), entry.toByteArray());
    }

    /** Whether the document needs no analysis: stored, and not by a limit of an earlier run. */
    boolean done(String key) throws IOException {
        Path rows = dir.resolve(key + ROWS);
        return Files.exists(rows) && !read(key).retry();
    }

    Entry read(String key) throws IOException {
        byte[] bytes = Files.readAllBytes(dir.resolve(key + ROWS));
        Reader in = new Reader(bytes);
        if (!in.line().equals(MAGIC)) {
            throw new IOException("not a cache entry: " + key);
        }
        String id = in.field("id");
        Status status = Status.valueOf(in.field("status"));
        boolean retry = Boolean.parseBoolean(in.field("retry"));
        Map<String, byte[]> parts = new LinkedHashMap<>();
        while (in.more()) {
            String[] part = in.field("part").split(" ", 2);
            parts.put(part[1], in.bytes(Integer.parseInt(part[0])));
        }
        return new Entry(id, status, retry, parts);
    }

    /** The stored JSON of a document. */
    Path json(String key) {
        return dir.resolve(key + JSON);
    }

    /** Removes the entries of files no longer in the input. */
    void keepOnly(Set<String> keys) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*{" + ROWS + "," + JSON + "}")) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (!keys.contains(name.substring(0, name.lastIndexOf('.')))) {
                    Files.delete(file);
                }
            }
        }
    }

    private static void line(ByteArrayOutputStream out, String line) {
        out.writeBytes((line + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void write(Path target, byte[] bytes) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + OutputFolder.TMP);
        Files.write(tmp, bytes);
        OutputFolder.move(tmp, target);
    }

    /** Reads the entry format: text lines, then a number of raw bytes for each part. */
    private static final class Reader {
        private final byte[] bytes;
        private int at;

        Reader(byte[] bytes) {
            this.bytes = bytes;
        }

        boolean more() {
            return at < bytes.length;
        }

        String line() throws IOException {
            int end = at;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            if (end == bytes.length) {
                throw new IOException("cache entry ends in the middle of a line");
            }
            String line = new String(bytes, at, end - at, StandardCharsets.UTF_8);
            at = end + 1;
            return line;
        }

        String field(String name) throws IOException {
            String line = line();
            if (!line.startsWith(name + " ")) {
                throw new IOException("cache entry: expected " + name + ", found " + line);
            }
            return line.substring(name.length() + 1);
        }

        byte[] bytes(int length) throws IOException {
            if (at + length > bytes.length) {
                throw new IOException("cache entry is shorter than it says");
            }
            byte[] part = java.util.Arrays.copyOfRange(bytes, at, at + length);
            at += length;
            return part;
        }
    }
}

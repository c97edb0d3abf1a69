package org.disclosurelens.export;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * How outputs get into the output folder. Every output of a run is first written beside its final
 * name ({@code documents.csv.tmp}, {@code json.tmp/}); then a journal listing them is written
 * atomically, the renames are done and the journal is deleted. A run killed before the journal
 * exists leaves the previous outputs; one killed after it is completed by the next run
 * ({@link #recover}), so the folder never holds a torn CSV nor CSVs and JSON from different runs.
 * CSVs are UTF-8 with a byte-order mark, which Excel and WPS need to read Chinese.
 */
public final class OutputFolder {

    /** Suffix of an output being written. */
    public static final String TMP = ".tmp";
    /** The folder of per-document JSON files. */
    public static final String JSON = "json";
    static final String JOURNAL = ".commit";
    static final String OLD = ".old";

    private OutputFolder() {
    }

    /** Opens a CSV file for writing: BOM, CRLF line ends as RFC 4180 says, quotes only where needed. */
    public static ICSVWriter csv(Path file) throws IOException {
        Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8));
        out.write('\uFEFF');
        return csvWriter(out);
    }

    /** Rows as the CSV text they become in a file, each cell made safe for spreadsheets ({@link CsvCells}). */
    public static String csvText(List<List<String>> rows) {
        StringWriter text = new StringWriter();
        ICSVWriter writer = csvWriter(text);
        for (List<String> row : rows) {
            writer.writeNext(row.stream().map(CsvCells::safe).toArray(String[]::new), false);
        }
        try {
            writer.flush();
        } catch (IOException e) {
            throw new IllegalStateException("a StringWriter does not fail", e);
        }
        return text.toString();
    }

    /** The byte-order mark and header line a CSV file starts with. Header names are ours, not made safe. */
    public static String csvHeader(List<String> header) {
        StringWriter text = new StringWriter();
        text.write('\uFEFF');
        csvWriter(text).writeNext(header.toArray(String[]::new), false);
        return text.toString();
    }

    private static ICSVWriter csvWriter(Writer out) {
        return new CSVWriter(out, ICSVWriter.DEFAULT_SEPARATOR, ICSVWriter.DEFAULT_QUOTE_CHARACTER,
                ICSVWriter.DEFAULT_ESCAPE_CHARACTER, "\r\n");
    }

    /**
     * Puts {@code stored} at {@code target} as a hard link, which costs no space and no copying;
     * a copy where the file system has no hard links. Whoever replaces {@code stored} later must
     * rename a new file over it (never write into it), so a linked output never changes.
     */
    public static void link(Path stored, Path target) throws IOException {
        Files.deleteIfExists(target);
        try {
            Files.createLink(target, stored);
        } catch (UnsupportedOperationException | IOException e) {
            Files.copy(stored, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The path of {@code name} in {@code folder}; refuses a name that would lead out of it. */
    public static Path inside(Path folder, String name) {
        Path base = folder.toAbsolutePath().normalize();
        Path target = base.resolve(name).normalize();
        if (!base.equals(target.getParent())) {
            throw new IllegalArgumentException("output name leads out of the output folder: " + name);
        }
        return target;
    }

    /**
     * Puts the files {@code files} (each written as name + .tmp) and, when {@code json} is true, the
     * folder json.tmp in place as one set; with {@code json} false an old json folder is removed,
     * so JSON from an earlier run does not sit beside CSVs that do not list it.
     */
    public static void commit(Path folder, List<String> files, boolean json) throws IOException {
        List<String> journal = new ArrayList<>();
        for (String file : files) {
            journal.add("file\t" + inside(folder, file).getFileName());
        }
        journal.add((json ? "dir\t" : "remove\t") + JSON);
        Path tmp = folder.resolve(JOURNAL + TMP);
        Files.write(tmp, journal, StandardCharsets.UTF_8);
        move(tmp, folder.resolve(JOURNAL));
        apply(folder, journal);
        Files.delete(folder.resolve(JOURNAL));
    }

    /**
     * Brings a folder left by a killed run to a consistent state: completes a commit whose journal
     * was written, otherwise removes the half-written outputs and keeps the previous ones.
     */
    public static void recover(Path folder) throws IOException {
        Path journal = folder.resolve(JOURNAL);
        if (Files.exists(journal)) {
            apply(folder, Files.readAllLines(journal, StandardCharsets.UTF_8));
            Files.delete(journal);
            return;
        }
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> stale = Files.newDirectoryStream(folder, "*.csv" + TMP)) {
            for (Path file : stale) {
                Files.delete(file);
            }
        }
        Files.deleteIfExists(folder.resolve(JOURNAL + TMP));
        deleteTree(folder.resolve(JSON + TMP));
        Path json = folder.resolve(JSON);
        Path old = folder.resolve(JSON + OLD);
        if (Files.exists(old) && !Files.exists(json)) {
            move(old, json);
        }
        deleteTree(old);
    }

    /** Idempotent, so a commit interrupted half-way can be applied again. */
    private static void apply(Path folder, List<String> journal) throws IOException {
        for (String line : journal) {
            String[] entry = line.split("\t", 2);
            Path target = inside(folder, entry[1]);
            Path tmp = folder.resolve(entry[1] + TMP);
            Path old = folder.resolve(entry[1] + OLD);
            switch (entry[0]) {
                case "file" -> {
                    if (Files.exists(tmp)) {
                        move(tmp, target);
                    }
                }
                case "dir", "remove" -> {
                    boolean replace = entry[0].equals("dir");
                    if ((!replace || Files.exists(tmp)) && Files.exists(target) && !Files.exists(old)) {
                        move(target, old);
                    }
                    if (replace && Files.exists(tmp)) {
                        move(tmp, target);
                    }
                    deleteTree(old);
                }
                default -> throw new IOException("unknown entry in " + JOURNAL + ": " + line);
            }
        }
    }

    /** Renames atomically where the file system can, replacing the target. */
    public static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes a folder and what it holds, without following links out of it. */
    public static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

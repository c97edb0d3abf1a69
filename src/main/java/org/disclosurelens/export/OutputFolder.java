package org.disclosurelens.export;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.disclosurelens.pipeline.DocumentResult;

/**
 * Writes a batch's outputs into the output folder: each CSV goes to a temporary file and is
 * renamed over the old one only when the batch is complete, so a run killed at any moment leaves
 * either the previous outputs or the new ones, never a torn CSV. JSON files are written the same
 * way one by one. CSVs are UTF-8 with a byte-order mark, which Excel and WPS need to read Chinese.
 */
public final class OutputFolder implements Closeable {

    private static final String TMP = ".tmp";

    private final Path folder;
    private final List<CsvView> views;
    private final List<Path> temporary = new ArrayList<>();
    private final List<ICSVWriter> writers = new ArrayList<>();
    private final boolean json;
    private boolean committed;

    public OutputFolder(Path folder, List<CsvView> views, boolean json) throws IOException {
        this.folder = folder;
        this.views = List.copyOf(views);
        this.json = json;
        Files.createDirectories(folder);
        if (json) {
            Files.createDirectories(folder.resolve("json"));
        }
        for (CsvView view : views) {
            Path tmp = folder.resolve(view.fileName() + TMP);
            temporary.add(tmp);
            ICSVWriter writer = csv(tmp);
            writer.writeNext(view.header().toArray(String[]::new), false);
            writers.add(writer);
        }
    }

    /** Opens a CSV file for writing: BOM, CRLF line ends as RFC 4180 says, quotes only where needed. */
    public static ICSVWriter csv(Path file) throws IOException {
        Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8));
        out.write('\uFEFF');
        return new CSVWriter(out, ICSVWriter.DEFAULT_SEPARATOR, ICSVWriter.DEFAULT_QUOTE_CHARACTER,
                ICSVWriter.DEFAULT_ESCAPE_CHARACTER, "\r\n");
    }

    /** Appends a document's rows to every CSV and writes its JSON. Call in output order. */
    public void write(DocumentResult result) throws IOException {
        for (int i = 0; i < views.size(); i++) {
            for (List<String> row : views.get(i).rows(result)) {
                writers.get(i).writeNext(row.stream().map(CsvCells::safe).toArray(String[]::new), false);
            }
        }
        if (json) {
            Path target = folder.resolve("json").resolve(result.id() + ".json");
            Path tmp = folder.resolve("json").resolve(result.id() + ".json" + TMP);
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                JsonExport.write(result, out);
            }
            move(tmp, target);
        }
    }

    /** Completes the CSVs and puts them in place of the previous ones. */
    public void commit() throws IOException {
        for (ICSVWriter writer : writers) {
            writer.close();
        }
        for (int i = 0; i < views.size(); i++) {
            move(temporary.get(i), folder.resolve(views.get(i).fileName()));
        }
        committed = true;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Without a commit, closing discards the temporary files and keeps the previous outputs. */
    @Override
    public void close() throws IOException {
        if (committed) {
            return;
        }
        for (ICSVWriter writer : writers) {
            writer.close();
        }
        for (Path tmp : temporary) {
            Files.deleteIfExists(tmp);
        }
    }
}

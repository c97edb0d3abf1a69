package org.disclosurelens.export;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.ICSVWriter;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvValidationException;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One CSV written outside a batch (by the corpus step): to a temporary file beside the target,
 * renamed over it on {@link #commit}, so that readers see the old file or the new one, never half.
 */
public final class CsvFile implements Closeable {

    private final Path target;
    private final Path temporary;
    private final ICSVWriter writer;
    private boolean committed;

    public CsvFile(Path target, List<String> header) throws IOException {
        this.target = target;
        this.temporary = target.resolveSibling(target.getFileName() + ".tmp");
        this.writer = OutputFolder.csv(temporary);
        writer.writeNext(header.toArray(String[]::new), false);
    }

    /**
     * A reader for the CSVs we write: RFC 4180 quoting only. opencsv's default parser also takes
     * backslash as an escape, which would eat the backslashes of extracted text.
     */
    public static CSVReader reader(Reader in) {
        return new CSVReaderBuilder(in).withCSVParser(new RFC4180ParserBuilder().build()).build();
    }

    /**
     * A CSV of an output folder as one map of column to cell per row, the byte-order mark removed;
     * a file that is not there says which analyze should have written.
     */
    public static List<Map<String, String>> rows(Path file) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        forEach(file, rows::add);
        return rows;
    }

    /**
     * Streams a CSV of an output folder to {@code each}, row by row, as {@link #rows} reads it (the
     * columns in the header's order), so that a file of any size is read in little memory.
     */
    public static void forEach(Path file, java.util.function.Consumer<Map<String, String>> each) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVReader csv = reader(in)) {
            String[] header = csv.readNext();
            if (header == null) {
                return;
            }
            header[0] = header[0].replace("\uFEFF", "");
            for (String[] line = csv.readNext(); line != null; line = csv.readNext()) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int c = 0; c < header.length; c++) {
                    row.put(header[c], c < line.length ? line[c] : "");
                }
                each.accept(row);
            }
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file.toString(), null, "no " + file.getFileName()
                    + ": run analyze on this folder first");
        } catch (CsvValidationException e) {
            throw new IOException(file + " is not a valid CSV: " + e.getMessage(), e);
        }
    }

    /** Writes a row, neutralising cells a spreadsheet would run as formulas. */
    public void write(List<String> row) {
        writer.writeNext(row.stream().map(CsvCells::safe).toArray(String[]::new), false);
    }

    /** Writes a row read back from a CSV we wrote, whose cells are already safe. */
    public void writeRaw(String[] row) {
        writer.writeNext(row, false);
    }

    public void commit() throws IOException {
        writer.close();
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            writer.close();
            Files.deleteIfExists(temporary);
        }
    }
}

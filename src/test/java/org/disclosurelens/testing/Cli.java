package org.disclosurelens.testing;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosurelens.cli.Main;

/** Runs the command line as a user does and reads back what it wrote. */
public final class Cli {

    /** Exit code and what was printed. */
    public record Run(int code, String out, String err) {
    }

    private Cli() {
    }

    public static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    /** A CSV as rows of cells, header first, the byte-order mark removed. */
    public static List<String[]> csv(Path file) {
        // RFC 4180, as written: OpenCSV's default parser would take a backslash in a name for an escape.
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVReader reader = new CSVReaderBuilder(in).withCSVParser(new RFC4180ParserBuilder().build()).build()) {
            List<String[]> rows = reader.readAll();
            if (!rows.isEmpty() && rows.get(0).length > 0) {
                rows.get(0)[0] = rows.get(0)[0].replace("\uFEFF", "");
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CsvException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A CSV as one map of column to value per row, in order. */
    public static List<Map<String, String>> rows(Path file) {
        List<String[]> lines = csv(file);
        List<Map<String, String>> rows = new java.util.ArrayList<>();
        for (String[] line : lines.subList(1, lines.size())) {
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < lines.get(0).length; c++) {
                row.put(lines.get(0)[c], c < line.length ? line[c] : "");
            }
            rows.add(row);
        }
        return rows;
    }

    /** documents.csv as one map of column to value per path. */
    public static Map<String, Map<String, String>> documents(Path out) {
        List<String[]> rows = csv(out.resolve("documents.csv"));
        String[] header = rows.get(0);
        Map<String, Map<String, String>> byPath = new LinkedHashMap<>();
        for (String[] row : rows.subList(1, rows.size())) {
            Map<String, String> cells = new LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) {
                cells.put(header[i], row[i]);
            }
            if (byPath.put(cells.get("path"), cells) != null) {
                throw new IllegalStateException("two rows for " + cells.get("path"));
            }
        }
        return byPath;
    }

    /** Every file under {@code dir} with its bytes, by relative path, for comparing two output folders. */
    public static Map<String, byte[]> files(Path dir, boolean includeHidden) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.filter(Files::isRegularFile).sorted().toList()) {
                String rel = dir.relativize(p).toString();
                if (includeHidden || !rel.startsWith(".")) {
                    files.put(rel, Files.readAllBytes(p));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}

package org.disclosurelens.batch;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.disclosurelens.export.CsvView;
import org.disclosurelens.export.DocumentsCsv;
import org.disclosurelens.export.OutputFolder;
import org.disclosurelens.pipeline.Status;

/**
 * Builds the run's outputs from the cache in input order, whatever order the documents were
 * finished in, and commits them as one set ({@link OutputFolder#commit}).
 */
final class Assembler {

    /** A file with the bytes of the file of {@code firstKey}, read from {@code path}: it was not analysed again. */
    record Copy(String firstKey, String path) {
    }

    private Assembler() {
    }

    /**
     * Writes every view's CSV and the json folder for the documents {@code keys}; returns the
     * counts per status. A key of {@code copies} gets its documents.csv row from the first file's
     * entry ({@link DocumentsCsv#copyRow}) and no rows elsewhere.
     */
    static Map<Status, Integer> assemble(Path out, List<CsvView> views, ResultCache cache, List<String> keys,
            Map<String, Copy> copies, boolean json) throws IOException {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        Path jsonTmp = out.resolve(OutputFolder.JSON + OutputFolder.TMP);
        OutputFolder.deleteTree(jsonTmp);
        if (json) {
            Files.createDirectories(jsonTmp);
        }
        List<OutputStream> csvs = new ArrayList<>();
        int documents = views.stream().map(CsvView::fileName).toList().indexOf(DocumentsCsv.FILE);
        try {
            for (CsvView view : views) {
                OutputStream csv = new BufferedOutputStream(Files.newOutputStream(
                        OutputFolder.inside(out, view.fileName() + OutputFolder.TMP)), 1 << 16);
                csvs.add(csv);
                csv.write(OutputFolder.csvHeader(view.header()).getBytes(StandardCharsets.UTF_8));
            }
            for (String key : keys) {
                Copy copy = copies.get(key);
                ResultCache.Entry entry = cache.read(copy == null ? key : copy.firstKey());
                counts.merge(entry.status(), 1, Integer::sum);
                if (copy != null) {
                    if (documents >= 0) {
                        csvs.get(documents).write(DocumentsCsv.copyRow(entry.parts().getOrDefault(DocumentsCsv.FILE, new byte[0]),
                                copy.path()).getBytes(StandardCharsets.UTF_8));
                    }
                    continue;
                }
                for (int i = 0; i < views.size(); i++) {
                    csvs.get(i).write(entry.parts().getOrDefault(views.get(i).fileName(), new byte[0]));
                }
                if (json) {
                    // The cache replaces entries by renaming; two files with the same bytes share an id: the later one wins.
                    OutputFolder.link(cache.json(key), OutputFolder.inside(jsonTmp, entry.id() + ".json"));
                }
            }
        } finally {
            for (OutputStream csv : csvs) {
                csv.close();
            }
        }
        OutputFolder.commit(out, views.stream().map(CsvView::fileName).toList(), json);
        return counts;
    }
}

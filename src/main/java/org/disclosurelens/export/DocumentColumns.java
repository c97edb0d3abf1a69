package org.disclosurelens.export;

import java.util.ArrayList;
import java.util.List;
import org.disclosurelens.pipeline.DocumentResult;

/**
 * The two columns every per-document CSV starts with: the document's id (documents.csv `id`) and
 * the path of the file it was read from, so that a row is traced to its file without a join. Two
 * files with the same bytes share an id; the path tells them apart (the second is analysed once,
 * as the first: documents.csv `same_as`).
 */
public final class DocumentColumns {

    public static final String ID = "document_id";
    public static final String PATH = "path";

    private DocumentColumns() {
    }

    static List<String> header(List<String> rest) {
        return prepend(ID, PATH, rest);
    }

    static List<String> row(DocumentResult result, List<String> rest) {
        return prepend(result.id(), result.path(), rest);
    }

    private static List<String> prepend(String id, String path, List<String> rest) {
        List<String> row = new ArrayList<>(rest.size() + 2);
        row.add(id);
        row.add(path);
        row.addAll(rest);
        return row;
    }
}

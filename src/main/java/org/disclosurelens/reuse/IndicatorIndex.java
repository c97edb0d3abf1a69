package org.disclosurelens.reuse;

import com.carrotsearch.hppc.IntArrayList;
import com.carrotsearch.hppc.IntHashSet;
import com.carrotsearch.hppc.LongIntHashMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.disclosurelens.model.Table;

/**
 * Clusters identical indicator rows (三级指标, 绩效指标描述, 指标值) across the corpus, as documents
 * stream by. A row seen once costs a hash and three ints; its text is kept only when a second
 * issuer uses it.
 */
final class IndicatorIndex {

    /** Document ids listed per cluster in the CSV; the count column has them all. */
    static final int LISTED_DOCUMENTS = 20;

    /** A row shared by several issuers. */
    record Cluster(String thirdLevel, String description, String value, int issuers, int documents, List<String> documentIds) {
    }

    private static final class Shared {
        final String[] text;
        final IntHashSet issuers = new IntHashSet();
        final IntArrayList documents = new IntArrayList();

        Shared(String[] text) {
            this.text = text;
        }
    }

    private final LongIntHashMap ids = new LongIntHashMap();
    private final IntArrayList firstIssuer = new IntArrayList();
    private final IntArrayList firstDocument = new IntArrayList();
    private final IntArrayList lastDocument = new IntArrayList();
    private final IntArrayList documents = new IntArrayList();
    private final Map<Integer, Shared> shared = new HashMap<>();

    void add(DocInfo doc, SavedDocument d) {
        for (SavedDocument.PartTable t : d.tables()) {
            boolean named = t.table().rows().stream().flatMap(List::stream).anyMatch(c -> c.text().contains("三级指标"));
            for (String[] row : named ? indicatorRows(t.table()) : List.<String[]>of()) {
                add(doc, row);
            }
        }
    }

    private void add(DocInfo doc, String[] row) {
        String key = FoldedText.fold(row[0]) + '\u0001' + FoldedText.fold(row[1]) + '\u0001' + FoldedText.fold(row[2]);
        char[] chars = key.toCharArray();
        long hash = MinHash.hash(chars, 0, chars.length);
        int slot = ids.indexOf(hash);
        if (!ids.indexExists(slot)) {
            ids.indexInsert(slot, hash, firstIssuer.size());
            firstIssuer.add(doc.issuer());
            firstDocument.add(doc.index());
            lastDocument.add(doc.index());
            documents.add(1);
            return;
        }
        int id = ids.indexGet(slot);
        if (lastDocument.get(id) == doc.index()) {
            return;
        }
        lastDocument.set(id, doc.index());
        documents.set(id, documents.get(id) + 1);
        Shared s = shared.get(id);
        if (s == null && firstIssuer.get(id) != doc.issuer()) {
            s = new Shared(row);
            s.issuers.add(firstIssuer.get(id));
            s.documents.add(firstDocument.get(id));
            shared.put(id, s);
        }
        if (s != null) {
            s.issuers.add(doc.issuer());
            if (s.documents.size() < LISTED_DOCUMENTS) {
                s.documents.add(doc.index());
            }
        }
    }

    /**
     * The indicator rows of a performance table: the columns are found by their headers (三级指标,
     * a description column, 指标值), and every row below the header with a third-level indicator counts.
     */
    static List<String[]> indicatorRows(Table table) {
        List<List<String>> grid = table.grid();
        List<String[]> out = new ArrayList<>();
        int[] columns = null;
        for (List<String> row : grid) {
            if (columns == null) {
                columns = columns(row);
                continue;
            }
            String third = row.get(columns[0]).strip();
            if (!third.isEmpty() && !FoldedText.fold(third).equals("三级指标")) {
                out.add(new String[] {third, columns[1] < 0 ? "" : row.get(columns[1]).strip(), row.get(columns[2]).strip()});
            }
        }
        return out;
    }

    /** Positions of 三级指标, the description and 指标值 in a header row, or null when it is not one. */
    private static int[] columns(List<String> row) {
        int third = -1;
        int description = -1;
        int value = -1;
        for (int c = 0; c < row.size(); c++) {
            String f = FoldedText.fold(row.get(c));
            if (f.equals("三级指标")) {
                third = c;
            } else if (f.equals("指标值")) {
                value = c;
            } else if (description < 0 && (f.contains("描述") || f.equals("指标内容"))) {
                description = c;
            }
        }
        return third >= 0 && value >= 0 ? new int[] {third, description, value} : null;
    }

    /** Rows shared by at least two issuers, rarest first. */
    List<Cluster> clusters(List<DocInfo> docs) {
        List<Cluster> out = new ArrayList<>();
        for (Map.Entry<Integer, Shared> e : shared.entrySet()) {
            Shared s = e.getValue();
            List<String> ids = new ArrayList<>();
            s.documents.forEach((com.carrotsearch.hppc.procedures.IntProcedure) d -> ids.add(docs.get(d).id()));
            out.add(new Cluster(s.text[0], s.text[1], s.text[2], s.issuers.size(), documents.get(e.getKey()), ids));
        }
        out.sort(Comparator.comparingInt(Cluster::issuers).thenComparingInt(Cluster::documents)
                .thenComparing(Cluster::thirdLevel).thenComparing(Cluster::description).thenComparing(Cluster::value));
        return out;
    }
}

package org.disclosurelens.reuse;

import com.carrotsearch.hppc.IntArrayList;
import com.carrotsearch.hppc.IntHashSet;
import com.carrotsearch.hppc.LongIntHashMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.disclosurelens.model.Location;
import org.disclosurelens.model.Table;

/**
 * Clusters identical indicator rows (三级指标, 绩效指标描述, 指标值) across the corpus, as documents
 * stream by, and finds the runs of consecutive rows two issuers share (a few rows of another
 * issuer's 绩效目标表 copied into one's own). A row seen once costs a hash and four ints, and each
 * document keeps the ids of its rows in order; a row's text is kept only when a second issuer uses it.
 */
final class IndicatorIndex {

    /** Document ids listed per cluster in the CSV; the count column has them all. */
    static final int LISTED_DOCUMENTS = 20;
    /**
     * Documents of a shared row remembered for finding runs; a row printed by more is common
     * everywhere (满意度 ≥90%) and starts no run.
     */
    static final int RUN_DOCUMENTS = 200;
    /** Rows a shared run has at least: one common row alone is no copy. */
    static final int MIN_RUN = 2;
    /** Issuers printing a row of one 三级指标 name from which their values' spread tells how often two agree. */
    static final int MIN_SAMPLE = 10;
    /**
     * A time limit (≤15天, 9月底前, 开学后4周内): what a kind's model sets for every unit alike, so
     * it tells a kind's rows, not one unit's figures.
     */
    private static final java.util.regex.Pattern TIME = java.util.regex.Pattern.compile("\\d\\s*(?:个)?(?:天|日|周|月|年|小时|个工作日)");

    /**
     * Consecutive indicator rows two documents of different issuers print alike.
     *
     * @param first the document of lower index, {@code firstRow} its first row of the run (ordinal in the document)
     * @param rows the rows of the run, as the first document prints them (三级指标 描述 指标值)
     * @param issuers the fewest issuers printing a row of the run (its rarest row)
     * @param home the document (index) whose kind of department names its rows so, of a pair of
     *     two kinds; -1 when neither
     */
    record Run(int first, int firstRow, int second, int secondRow, int length, List<String> rows, int issuers,
            Location firstLocation, Location secondLocation, int firstPart, int secondPart, int home) {
    }

    /**
     * A document's indicator rows in order: their ids, -1 between tables; the index of each row's
     * table among {@code tables}, where the tables are; and a row's text where it is not written as
     * the row's first printer wrote it ({@code textOf}). Kept for every document of the corpus, so
     * nothing of the tables themselves: at 100,000 documents their cells would not fit the heap.
     */
    private record DocRows(IntArrayList ids, IntArrayList basis, IntArrayList tableOf, List<TablePlace> tables,
            Map<Integer, String[]> ownText) {

        static DocRows empty() {
            return new DocRows(new IntArrayList(), new IntArrayList(), new IntArrayList(), new ArrayList<>(), new HashMap<>());
        }

        void add(int id, int basisId, int table) {
            ids.add(id);
            basis.add(basisId);
            tableOf.add(table);
        }
    }

    /** Where a table is: its location and canonical part. */
    private record TablePlace(Location location, int part) {
    }

    /** A row shared by several issuers. */
    record Cluster(String thirdLevel, String description, String value, int issuers, int documents, List<String> documentIds,
            List<String> paths) {
    }

    private static final class Shared {
        final String[] text;
        final IntHashSet issuers = new IntHashSet();
        final IntArrayList documents = new IntArrayList();
        /** Every document printing it, up to {@link #RUN_DOCUMENTS}; null beyond. */
        IntArrayList all = new IntArrayList();

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
    private final List<DocRows> rowsOf = new ArrayList<>();
    /** Per row id, the id of its 三级指标 name (folded). */
    private final IntArrayList nameOf = new IntArrayList();
    private final Map<String, Integer> names = new HashMap<>();
    /** Ids of the folded 指标值确定依据 texts; the empty text (no such column) is one of them. */
    private final Map<String, Integer> bases = new HashMap<>();
    /** Per row id, its text as its first printer wrote it (三级指标, 描述, 指标值). */
    private final List<String[]> textOf = new ArrayList<>();

    void add(DocInfo doc, List<DocumentTrace.IndicatorTable> indicatorTables) {
        DocRows rows = DocRows.empty();
        for (DocumentTrace.IndicatorTable t : indicatorTables) {
            int table = rows.tables().size();
            rows.tables().add(new TablePlace(t.location(), t.part()));
            for (String[] cells : t.rows()) {
                String[] row = Arrays.copyOf(cells, 3);
                int id = add(doc, row);
                if (!Arrays.equals(row, textOf.get(id))) {
                    rows.ownText().put(rows.ids().size(), row);
                }
                rows.add(id, bases.computeIfAbsent(FoldedText.fold(cells[3]), k -> bases.size()), table);
            }
            if (!rows.ids().isEmpty() && rows.ids().get(rows.ids().size() - 1) >= 0) {
                rows.add(-1, -1, table);
            }
        }
        while (rowsOf.size() < doc.index()) {
            rowsOf.add(DocRows.empty());
        }
        rowsOf.add(rows);
    }

    /** Records a row of a document; returns the row's id. */
    private int add(DocInfo doc, String[] row) {
        String key = FoldedText.fold(row[0]) + '\u0001' + FoldedText.fold(row[1]) + '\u0001' + FoldedText.fold(row[2]);
        char[] chars = key.toCharArray();
        long hash = MinHash.hash(chars, 0, chars.length);
        int slot = ids.indexOf(hash);
        if (!ids.indexExists(slot)) {
            ids.indexInsert(slot, hash, firstIssuer.size());
            textOf.add(row);
            nameOf.add(names.computeIfAbsent(FoldedText.fold(row[0]), k -> names.size()));
            firstIssuer.add(doc.issuer());
            firstDocument.add(doc.index());
            lastDocument.add(doc.index());
            documents.add(1);
            return firstIssuer.size() - 1;
        }
        int id = ids.indexGet(slot);
        if (lastDocument.get(id) == doc.index()) {
            return id;
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
            if (s.all != null && s.all.isEmpty()) {
                s.all.add(firstDocument.get(id));
            }
            if (s.all != null) {
                s.all = s.all.size() < RUN_DOCUMENTS ? s.all : null;
            }
            if (s.all != null) {
                s.all.add(doc.index());
            }
        }
        return id;
    }

    /**
     * The runs of at least {@link #MIN_RUN} consecutive rows that two documents of different
     * issuers print alike, in a table each. A run is a copy
     * <ul>
     * <li>when, between departments of different kinds, one rare row (printed by no more issuers
     * than {@code groups.templateIssuers()}) sets a count ({@link RowChance#counts}); or
     * <li>when, of any kinds, one row is rare and the rows hardly agree by chance
     * ({@link RowChance}, {@link #chance}): the rows a unit fills in itself, not a model's
     * thresholds, which two of one kind may fill alike; the common rows of the run
     * (设备验收合格率 100%) came along with them; or
     * <li>when the two are departments of different kinds, every row is named (三级指标) as one
     * of them names its kind's rows (two issuers of that kind or more use the name, few of other
     * kinds: {@link #nameStats}), and one row sets a count or a time limit ({@link RowChance#counts},
     * {@link #TIME}). A 司法局's 调解成功率 ≥99% and 办结时限 ≤15天 in a 民政局's table are no model the
     * 民政局 shares. Reported with the first document of that kind holding the run, which is its
     * home (info); so is a run of the first kind whose rare rows are all named as that kind's.
     * </ul>
     * Other copies of a document (renditions) stand for none; each run is reported once, at its
     * start. Keyed by pair, {@code first << 32 | second}, in ascending order.
     */
    Map<Long, List<Run>> runs(Groups groups) {
        Map<Long, List<Run>> out = new java.util.TreeMap<>();
        NameStats names = nameStats(groups);
        java.util.Set<Long> foreignRuns = new java.util.HashSet<>();
        int[] renditionOf = groups.renditionOf();
        for (int d = 0; d < rowsOf.size(); d++) {
            if (renditionOf[d] >= 0) {
                continue;
            }
            IntArrayList mine = rowsOf.get(d).ids();
            for (int i = 0; i + 1 < mine.size(); i++) {
                IntArrayList others = holders(mine.get(i));
                for (int k = 0; others != null && k < others.size(); k++) {
                    int e = others.get(k);
                    if (e > d && renditionOf[e] < 0 && groups.docs().get(e).issuer() != groups.docs().get(d).issuer()) {
                        long pair = (long) d << 32 | e;
                        run(d, i, e, groups, names, foreignRuns).ifPresent(r -> out.computeIfAbsent(pair, x -> new ArrayList<>()).add(r));
                    }
                }
            }
        }
        return out;
    }

    /**
     * The run of {@code d}'s rows from {@code i} that {@code e} prints too, if it starts there and
     * is a copy; {@code foreignRuns} keeps the runs of another kind's rows already reported, by
     * the document and row that print them, so each is reported with one document of its kind.
     */
    private java.util.Optional<Run> run(int d, int i, int e, Groups groups, NameStats names, java.util.Set<Long> foreignRuns) {
        IntArrayList mine = rowsOf.get(d).ids();
        IntArrayList theirs = rowsOf.get(e).ids();
        for (int j = 0; j < theirs.size(); j++) {
            if (theirs.get(j) != mine.get(i) || i > 0 && j > 0 && mine.get(i - 1) == theirs.get(j - 1) && holders(mine.get(i - 1)) != null) {
                continue;
            }
            int n = 0;
            // Rows too common to list their documents (设备验收合格率 100%) still extend a run found from a rarer one.
            while (i + n < mine.size() && j + n < theirs.size() && mine.get(i + n) == theirs.get(j + n) && mine.get(i + n) >= 0
                    && shared.get(mine.get(i + n)) != null) {
                n++;
            }
            if (n < MIN_RUN) {
                continue;
            }
            int kd = groups.docKind()[d];
            int ke = groups.docKind()[e];
            boolean otherKinds = kd >= 0 && ke >= 0 && kd != ke;
            List<String[]> text = new ArrayList<>(n);
            for (int k = 0; k < n; k++) {
                text.add(rowsOf.get(d).ownText().getOrDefault(i + k, textOf.get(mine.get(i + k))));
            }
            // The rows that make it a copy are rare and carry the unit's figures; the common rows
            // around them (设备验收合格率 100%) came along. Whose kind's rows they are is told by
            // the rare ones, when all of them are named as one kind names its rows.
            double chance = 1;
            boolean rare = false;
            boolean counted = false;
            int issuers = Integer.MAX_VALUE;
            int kind = Integer.MIN_VALUE;
            for (int k = 0; k < n; k++) {
                int row = mine.get(i + k);
                int users = shared.get(row).issuers.size();
                if (users <= groups.templateIssuers()) {
                    rare = true;
                    counted |= RowChance.counts(text.get(k)[2]);
                    kind = kind == Integer.MIN_VALUE || kind == names.kind()[nameOf.get(row)] ? names.kind()[nameOf.get(row)] : -1;
                }
                issuers = Math.min(issuers, users);
            }
            for (int k = 0; rare && k < n; k++) {
                if (sameBasis(d, i + k, e, j + k)) {
                    int row = mine.get(i + k);
                    chance *= chance(row, shared.get(row).issuers.size(), text.get(k)[2], names);
                }
            }
            if (kind == Integer.MIN_VALUE) {
                // No rare row: the run is a kind's model rows, told by all their names.
                for (int k = 0; k < n; k++) {
                    int m = names.kind()[nameOf.get(mine.get(i + k))];
                    kind = kind == Integer.MIN_VALUE || kind == m ? m : -1;
                }
            }
            int home = otherKinds && kind == kd ? d : otherKinds && kind == ke ? e : -1;
            // A run none of whose rows is rare is rows many print (a model's), however unlikely by chance.
            boolean filled = otherKinds && counted || rare && RowChance.copied(chance);
            boolean set = text.stream().anyMatch(r -> RowChance.counts(r[2]) || TIME.matcher(r[2]).find());
            if (!filled && (home < 0 || !set)) {
                continue;
            }
            if (home >= 0 && !foreignRuns.add((long) (home == d ? e : d) << 32 | (home == d ? j : i))) {
                continue;
            }
            TablePlace a = rowsOf.get(d).tables().get(rowsOf.get(d).tableOf().get(i));
            TablePlace b = rowsOf.get(e).tables().get(rowsOf.get(e).tableOf().get(j));
            return java.util.Optional.of(new Run(d, i, e, j, n, text.stream().map(r -> String.join(" ", r).strip()).toList(),
                    issuers, a.location(), b.location(), a.part(), b.part(), home));
        }
        return java.util.Optional.empty();
    }

    /**
     * The chance that two units of one kind print a row alike without copying: the prior of its
     * value ({@link RowChance}), or, when enough issuers print a row of its 三级指标 name to tell,
     * the share of the others that print this very row, if that is higher.
     */
    private double chance(int row, int users, String value, NameStats names) {
        int all = names.issuers()[nameOf.get(row)];
        double seen = all >= MIN_SAMPLE ? (users - 1) / (double) (all - 1) : 0;
        return Math.max(RowChance.prior(value), seen);
    }

    /** Whether row {@code i} of {@code d} and row {@code j} of {@code e} give one 依据 (both none, too). */
    private boolean sameBasis(int d, int i, int e, int j) {
        return rowsOf.get(d).basis().get(i) == rowsOf.get(e).basis().get(j);
    }

    /** The documents printing a row two issuers share, up to {@link #RUN_DOCUMENTS}; null for other rows. */
    private IntArrayList holders(int id) {
        Shared s = id < 0 ? null : shared.get(id);
        return s == null ? null : s.all;
    }

    /**
     * Per 三级指标 name: the kind of department whose rows it names ({@code kind}, an index of
     * {@code groups.docKind()}, or -1): two issuers of that kind or more use it, and those of
     * other kinds are fewer, and no more than two or a quarter of them (as for model sentences,
     * CorpusIndex); and how many issuers of a known kind print a row of that name ({@code issuers}).
     */
    private record NameStats(int[] kind, int[] issuers) {
    }

    private NameStats nameStats(Groups groups) {
        Map<Integer, Map<Integer, IntHashSet>> byName = new HashMap<>();
        for (int d = 0; d < rowsOf.size(); d++) {
            int kind = groups.docKind()[d];
            if (kind < 0 || groups.renditionOf()[d] >= 0) {
                continue;
            }
            IntArrayList rows = rowsOf.get(d).ids();
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i) >= 0) {
                    byName.computeIfAbsent(nameOf.get(rows.get(i)), k -> new HashMap<>())
                            .computeIfAbsent(kind, k -> new IntHashSet()).add(groups.docs().get(d).issuer());
                }
            }
        }
        // Issuers of known kind printing each name (an issuer has one kind): the sample a row's
        // values are judged against. Counted from the same sets, so nothing more is kept.
        int[] issuers = new int[names.size()];
        byName.forEach((name, kinds) -> kinds.values().forEach(set -> issuers[name] += set.size()));
        int[] model = new int[names.size()];
        java.util.Arrays.fill(model, -1);
        byName.forEach((name, kinds) -> {
            int best = -1;
            int most = 0;
            int all = 0;
            for (Map.Entry<Integer, IntHashSet> k : kinds.entrySet()) {
                all += k.getValue().size();
                if (k.getValue().size() > most || k.getValue().size() == most && k.getKey() < best) {
                    best = k.getKey();
                    most = k.getValue().size();
                }
            }
            int foreign = all - most;
            if (CorpusIndex.kindModel(most, foreign) && foreign <= Math.max(ReuseSettings.MAX_OTHER_KIND_ISSUERS, most / 4)) {
                model[name] = best;
            }
        });
        return new NameStats(model, issuers);
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
                out.add(new String[] {third, columns[1] < 0 ? "" : row.get(columns[1]).strip(), row.get(columns[2]).strip(),
                        columns[3] < 0 ? "" : row.get(columns[3]).strip()});
            }
        }
        return out;
    }

    /** Positions of 三级指标, the description and 指标值 in a header row, or null when it is not one. */
    private static int[] columns(List<String> row) {
        int third = -1;
        int description = -1;
        int value = -1;
        int basis = -1;
        for (int c = 0; c < row.size(); c++) {
            String f = FoldedText.fold(row.get(c));
            if (f.equals("三级指标")) {
                third = c;
            } else if (f.equals("指标值")) {
                value = c;
            } else if (description < 0 && (f.contains("描述") || f.equals("指标内容"))) {
                description = c;
            } else if (basis < 0 && f.contains("依据")) {
                basis = c;
            }
        }
        return third >= 0 && value >= 0 ? new int[] {third, description, value, basis} : null;
    }

    /** Rows shared by at least two issuers, rarest first. */
    List<Cluster> clusters(List<DocInfo> docs) {
        List<Cluster> out = new ArrayList<>();
        for (Map.Entry<Integer, Shared> e : shared.entrySet()) {
            Shared s = e.getValue();
            List<String> ids = new ArrayList<>();
            List<String> paths = new ArrayList<>();
            s.documents.forEach((com.carrotsearch.hppc.procedures.IntProcedure) d -> {
                ids.add(docs.get(d).id());
                paths.add(docs.get(d).path());
            });
            out.add(new Cluster(s.text[0], s.text[1], s.text[2], s.issuers.size(), documents.get(e.getKey()), ids, paths));
        }
        out.sort(Comparator.comparingInt(Cluster::issuers).thenComparingInt(Cluster::documents)
                .thenComparing(Cluster::thirdLevel).thenComparing(Cluster::description).thenComparing(Cluster::value));
        return out;
    }
}

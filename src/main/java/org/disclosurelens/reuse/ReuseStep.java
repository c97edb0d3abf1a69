package org.disclosurelens.reuse;

import com.carrotsearch.hppc.IntArrayList;
import com.opencsv.CSVReader;
import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import com.opencsv.exceptions.CsvValidationException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.disclosurelens.check.Category;
import org.disclosurelens.check.DepartmentKinds;
import org.disclosurelens.identify.Divisions;
import org.disclosurelens.identify.IssuerName;
import org.disclosurelens.check.Finding;
import org.disclosurelens.check.Severity;
import org.disclosurelens.check.RuleChoice;
import org.disclosurelens.export.AnomaliesCsv;
import org.disclosurelens.export.CsvCells;
import org.disclosurelens.export.CsvFile;
import org.disclosurelens.export.DocumentsCsv;

/**
 * The corpus-level copy detection, run on an output folder that {@code analyze} filled: streams
 * json/&lt;id&gt;.json in documents.csv order once to index sentence signatures (MinHash, LSH),
 * re-reads only the candidate pairs to align their shared passages, and writes reuse.csv,
 * indicator_clusters.csv and its copy-paste findings into anomalies.csv, and documents.csv's
 * {@code same_as}: files that are one document (its renditions, a file saved twice) are aligned
 * once, through the first of them, so a copy is reported once per pair of documents. Re-running it on the same
 * folder gives the same files.
 */
public final class ReuseStep {

    /** The rule of the findings this step merges into anomalies.csv (docs/rules.md). */
    public static final String RULE = org.disclosurelens.check.RuleId.COPY_RARE_PASSAGE.id();

    /** What a run found, for the command's summary line. */
    public record Summary(int documents, int issuers, int candidatePairs, int acrossIssuers, int template,
            int series, int flaggedDocuments, int indicatorClusters, int renditions) {
    }

    private final ReuseSettings settings;
    /**
     * Whether COPY-RARE-PASSAGE runs, and at what severity: switched off, reuse.csv is written and
     * anomalies.csv gets no rows of it.
     */
    private final RuleChoice rules;

    public ReuseStep(ReuseSettings settings) {
        this(settings, RuleChoice.ALL);
    }

    public ReuseStep(ReuseSettings settings, RuleChoice rules) {
        this.rules = rules;
        this.settings = settings;
    }

    public Summary run(Path folder) throws IOException {
        return run(folder, ReuseWork.LOCAL);
    }

    /** Runs the step on {@code folder} with its two costly passes done by {@code work}. */
    public Summary run(Path folder, ReuseWork work) throws IOException {
        try (ChunkIdSpill ids = new ChunkIdSpill(folder); TextSpill texts = new TextSpill(folder)) {
            IndicatorIndex indicators = new IndicatorIndex();
            Groups groups = index(folder, work, indicators, ids, texts);
            PairAlignment plan = new PairAlignment(groups, settings, folder, texts);
            try (java.util.stream.Stream<PairAlignment.Result> aligned = work.align(plan, tasks(groups, ids))) {
                return write(folder, groups, indicators, aligned.iterator());
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * The first pass: every saved disclosure once, in documents.csv order, as {@code work} traced
     * it. The index is garbage afterwards; the chunk ids of each document's searched parts are kept
     * in {@code ids} for the second pass, and their text in {@code texts} when this JVM traced them.
     */
    private Groups index(Path folder, ReuseWork work, IndicatorIndex indicators, ChunkIdSpill ids, TextSpill texts)
            throws IOException {
        CorpusIndex index = new CorpusIndex();
        IntArrayList searched = new IntArrayList();
        try (java.util.stream.Stream<DocumentTrace> traces = work.traces(folder, listed(folder))) {
            for (Iterator<DocumentTrace> it = traces.iterator(); it.hasNext();) {
                DocumentTrace d = it.next();
                searched.clear();
                indicators.add(index.add(d, searched), d.indicatorTables());
                ids.add(searched);
                texts.add(d.searchedText());
            }
        }
        texts.finish();
        return index.finish(settings.templateIssuers());
    }

    /** The candidate pairs with their documents' chunk ids, ascending, made as they are taken. */
    private static Iterator<PairAlignment.Task> tasks(Groups groups, ChunkIdSpill ids) {
        return Arrays.stream(groups.pairs()).mapToObj(pair -> {
            try {
                return new PairAlignment.Task(pair, ids.of((int) (pair >>> 32)), ids.of((int) pair));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).iterator();
    }

    private Summary write(Path folder, Groups groups, IndicatorIndex indicators, Iterator<PairAlignment.Result> aligned)
            throws IOException {
        Findings findings = new Findings();
        int[] counts = writePassages(folder, groups, aligned, indicators.runs(groups), findings);
        List<IndicatorIndex.Cluster> clusters = indicators.clusters(groups.docs());
        writeClusters(folder, clusters);
        List<AnomaliesCsv.Row> rows = rules.runs(RULE) ? findings.rows().stream()
                .map(r -> r.with(rules.apply(r.finding()))).toList() : List.of();
        AnomaliesCsv.merge(folder, Set.of(RULE), rows);
        Map<String, String> sameAs = new TreeMap<>();
        for (DocInfo d : groups.docs()) {
            if (groups.renditionOf()[d.index()] >= 0) {
                sameAs.put(d.path(), groups.docs().get(groups.renditionOf()[d.index()]).path());
            }
        }
        DocumentsCsv.sameAs(folder, sameAs);
        return new Summary(groups.docs().size(), groups.issuers(), groups.pairs().length, counts[0], counts[1], counts[2],
                (int) rows.stream().map(AnomaliesCsv.Row::documentId).distinct().count(), clusters.size(), sameAs.size());
    }

    /** A file documents.csv lists: its document id and its path. */
    public record Listed(String id, String path) implements java.io.Serializable {
    }

    /** The files of documents.csv, in its order: the documents of the last batch, not stale JSON files. */
    public static List<Listed> listed(Path folder) throws IOException {
        Path documents = folder.resolve("documents.csv");
        List<Listed> ids = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(documents, StandardCharsets.UTF_8); CSVReader csv = CsvFile.reader(in)) {
            List<String> header = List.of(csv.readNext());
            int path = header.indexOf(DocumentsCsv.Column.PATH.header());
            for (String[] row = csv.readNext(); row != null; row = csv.readNext()) {
                ids.add(new Listed(row[0], path >= 0 && path < row.length ? row[path] : ""));
            }
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(documents.toString(), null, "no documents.csv: run analyze on this folder first");
        } catch (CsvValidationException e) {
            throw new IOException(documents + " is not a valid CSV: " + e.getMessage(), e);
        }
        return ids;
    }

    /**
     * Writes reuse.csv: passages across issuers that are not template, rarest first, then the
     * template passages of the same pairs (what else the two share), then the series, both in pair
     * order. Pairs that share template passages only are left out. Only the first group is held in memory to be
     * sorted; the other two, the bulk on large corpora, wait in temporary files. Returns the counts
     * of the three groups.
     */
    private int[] writePassages(Path folder, Groups groups, Iterator<PairAlignment.Result> aligned,
            Map<Long, List<IndicatorIndex.Run>> runs, Findings findings) throws IOException {
        List<SharedPassage> rare = new ArrayList<>();
        int[] counts = new int[3];
        Path template = folder.resolve(ReuseCsv.FILE + ".template.tmp");
        Path series = folder.resolve(ReuseCsv.FILE + ".series.tmp");
        try (ICSVWriter templateCsv = spool(template); ICSVWriter seriesCsv = spool(series)) {
            // Pairs aligned, with the indicator rows they share; then pairs that share only indicator rows.
            List<Long> pairs = new ArrayList<>();
            Arrays.stream(groups.pairs()).forEach(pairs::add);
            runs.keySet().stream().filter(p -> Arrays.binarySearch(groups.pairs(), p) < 0).forEach(pairs::add);
            for (long pair : pairs) {
                List<SharedPassage> passages = new ArrayList<>(Arrays.binarySearch(groups.pairs(), pair) >= 0
                        ? passages(aligned, pair) : List.of());
                for (IndicatorIndex.Run run : runs.getOrDefault(pair, List.of())) {
                    passages.add(passage(groups, run, passages.size() + 1));
                }
                if (passages.stream().noneMatch(p -> p.series() || p.suspicious())) {
                    continue; // two issuers following the same models: nothing to show
                }
                for (SharedPassage p : passages) {
                    if (p.suspicious()) {
                        rare.add(p);
                        findings.add(p);
                        counts[0]++;
                    } else {
                        (p.series() ? seriesCsv : templateCsv).writeNext(
                                ReuseCsv.row(p).stream().map(CsvCells::safe).toArray(String[]::new), false);
                        counts[p.series() ? 2 : 1]++;
                    }
                }
            }
        }
        rare.sort(Comparator.comparingInt(SharedPassage::issuers)
                .thenComparing(Comparator.comparingInt(SharedPassage::length).reversed())
                .thenComparingInt(p -> p.first().index()).thenComparingInt(p -> p.second().index())
                .thenComparingInt(SharedPassage::passage));
        try (CsvFile out = new CsvFile(folder.resolve(ReuseCsv.FILE), ReuseCsv.header())) {
            rare.forEach(p -> out.write(ReuseCsv.row(p)));
            copyRows(template, out);
            copyRows(series, out);
            out.commit();
        } finally {
            Files.deleteIfExists(template);
            Files.deleteIfExists(series);
        }
        return counts;
    }

    /** The next result, which must be {@code pair}'s: the aligned pairs come in the order they were sent. */
    private static List<SharedPassage> passages(Iterator<PairAlignment.Result> aligned, long pair) {
        PairAlignment.Result r = aligned.hasNext() ? aligned.next() : null;
        if (r == null || r.pair() != pair) {
            throw new IllegalStateException("aligned pairs came out of order: expected " + Long.toHexString(pair));
        }
        return r.passages();
    }

    /** A run of indicator rows as a passage of its pair: the rows, each 三级指标 描述 指标值, joined by ；. */
    private static SharedPassage passage(Groups groups, IndicatorIndex.Run run, int number) {
        DocInfo a = groups.docs().get(run.first());
        DocInfo b = groups.docs().get(run.second());
        String text = PassageFinder.cap(String.join("；", run.rows()));
        int length = FoldedText.fold(text).length();
        return new SharedPassage(PassageFinder.pairId(a, b), number, a, b, run.firstPart(), run.secondPart(), run.firstLocation(),
                run.secondLocation(), length, length, 1.0, true, Math.max(2, run.issuers()), false, "", false, text, text, run.home());
    }

    private static ICSVWriter spool(Path file) throws IOException {
        Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        return new CSVWriter(w, ICSVWriter.DEFAULT_SEPARATOR, ICSVWriter.DEFAULT_QUOTE_CHARACTER,
                ICSVWriter.DEFAULT_ESCAPE_CHARACTER, "\r\n");
    }

    private static void copyRows(Path from, CsvFile to) throws IOException {
        try (Reader in = Files.newBufferedReader(from, StandardCharsets.UTF_8); CSVReader csv = CsvFile.reader(in)) {
            for (String[] row = csv.readNext(); row != null; row = csv.readNext()) {
                to.writeRaw(row);
            }
        } catch (CsvValidationException e) {
            throw new IOException("temporary series file unreadable: " + e.getMessage(), e);
        }
    }

    private void writeClusters(Path folder, List<IndicatorIndex.Cluster> clusters) throws IOException {
        try (CsvFile out = new CsvFile(folder.resolve(IndicatorClustersCsv.FILE), IndicatorClustersCsv.header())) {
            for (int i = 0; i < clusters.size(); i++) {
                out.write(IndicatorClustersCsv.row(i + 1, clusters.get(i), settings.templateIssuers()));
            }
            out.commit();
        }
    }

    /**
     * A warning when the passage is plainly the other issuer's: it names the other issuer's county or
     * city, or the two are different kinds of department (a statistics bureau's duty in a 网信办's
     * file). Two departments of one kind sharing a text in which each has its own names may both
     * follow one provincial model, which only a corpus large enough to show the model's other users
     * can tell (then it is template): info. The document whose own county the passage names is its
     * likely source (in the other document the county is a foreign one): info, not warned. The
     * years alone tell no source: a text of another kind of department in the earlier document is
     * still out of place there.
     */
    static Severity severity(String text, DocInfo self, DocInfo other) {
        Divisions divisions = Divisions.get();
        String ownCity = divisions.byCode(self.divisionCode()).map(Divisions.Division::city).orElse("");
        boolean apart = !other.divisionCode().equals(self.divisionCode());
        boolean otherPlace = apart && divisions.byCode(other.divisionCode())
                .map(d -> d.level() == Divisions.Level.COUNTY && text.contains(d.name())
                        || !d.city().isEmpty() && !d.city().equals(ownCity) && text.contains(d.city()))
                .orElse(false);
        if (otherPlace) {
            return Severity.WARNING;
        }
        boolean ownPlace = apart && divisions.byCode(self.divisionCode())
                .map(d -> d.level() == Divisions.Level.COUNTY && text.contains(d.name())).orElse(false);
        if (ownPlace) {
            return Severity.INFO;
        }
        boolean sameKind = DepartmentKinds.sameKind(IssuerName.normalForm(self.unit()), IssuerName.normalForm(other.unit()));
        return sameKind ? Severity.INFO : Severity.WARNING;
    }

    /** How the other document's year stands to this one's: EARLIER, LATER, or UNKNOWN (equal or missing). */
    enum Order {
        EARLIER, LATER, UNKNOWN;

        static Order of(String self, String other) {
            if (self.isEmpty() || other.isEmpty() || self.equals(other)) {
                return UNKNOWN;
            }
            return other.compareTo(self) < 0 ? EARLIER : LATER;
        }
    }

    /** One finding per document and other issuer's document it shares rare passages with. */
    private static final class Findings {
        private final Map<Long, List<SharedPassage>> byPair = new TreeMap<>();

        void add(SharedPassage p) {
            if (p.suspicious()) {
                byPair.computeIfAbsent((long) p.first().index() << 32 | p.second().index(), k -> new ArrayList<>()).add(p);
            }
        }

        /**
         * Per document of each pair, one row whose evidence is a passage that makes it a warning when
         * there is one (see {@link #severity}), else the longest.
         */
        List<AnomaliesCsv.Row> rows() {
            Map<Long, AnomaliesCsv.Row> rows = new TreeMap<>();
            for (List<SharedPassage> ps : byPair.values()) {
                int longest = ps.stream().mapToInt(SharedPassage::length).max().orElse(0);
                for (boolean first : new boolean[] {true, false}) {
                    SharedPassage best = ps.stream().max(Comparator.<SharedPassage>comparingInt(p -> warns(p, first) ? 1 : 0)
                            .thenComparingInt(SharedPassage::length)
                            .thenComparing(Comparator.comparingInt(SharedPassage::passage).reversed())).orElseThrow();
                    DocInfo self = first ? best.first() : best.second();
                    DocInfo other = first ? best.second() : best.first();
                    rows.put((long) self.index() << 32 | other.index(), row(best, ps.size(), longest, first));
                }
            }
            return List.copyOf(rows.values());
        }

        private static boolean warns(SharedPassage p, boolean first) {
            return severity(p, first) == Severity.WARNING;
        }

        /** The document whose kind of department the passage is the model of holds it rightly: info. */
        private static Severity severity(SharedPassage p, boolean first) {
            DocInfo self = first ? p.first() : p.second();
            if (p.home() == self.index()) {
                return Severity.INFO;
            }
            return ReuseStep.severity(first ? p.firstText() : p.secondText(), self, first ? p.second() : p.first());
        }

        private static AnomaliesCsv.Row row(SharedPassage p, int passages, int longest, boolean first) {
            DocInfo self = first ? p.first() : p.second();
            DocInfo other = first ? p.second() : p.first();
            Order order = Order.of(self.year(), other.year());
            String zh = "与" + other.labelZh() + "共有" + passages + "段其他单位少见的文字（最长" + longest + "字；所引段落"
                    + p.issuers() + "个单位使用）" + switch (order) {
                        case EARLIER -> "；对方年份更早，可能是来源";
                        case LATER -> "；本文件年份更早，可能是来源";
                        case UNKNOWN -> "";
                    };
            String en = "shares " + passages + " rare passage" + (passages == 1 ? "" : "s") + " with " + other.labelEn()
                    + "; the longest has " + longest + " characters; the one quoted is used by " + p.issuers() + " issuers"
                    + switch (order) {
                        case EARLIER -> "; the other document is earlier, a likely source";
                        case LATER -> "; this document is earlier, a likely source";
                        case UNKNOWN -> "";
                    };
            String text = first ? p.firstText() : p.secondText();
            Finding f = new Finding(RULE, Category.COPY_PASTE, severity(p, first), zh, en, "", "",
                    text, first ? p.firstPart() : p.secondPart(),
                    first ? p.firstLocation() : p.secondLocation(),
                    other.id() + " " + (first ? p.secondLocation() : p.firstLocation()));
            return new AnomaliesCsv.Row(self.id(), self.path(), self.unit(), self.year(), f);
        }
    }
}

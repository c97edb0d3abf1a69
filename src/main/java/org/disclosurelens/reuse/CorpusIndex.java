package org.disclosurelens.reuse;

import com.carrotsearch.hppc.IntArrayList;
import com.carrotsearch.hppc.LongArrayList;
import com.carrotsearch.hppc.LongHashSet;
import com.carrotsearch.hppc.LongIntHashMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;
import org.disclosurelens.check.DepartmentKinds;
import org.disclosurelens.identify.IssuerName;

/**
 * The first pass of the corpus step: documents stream through {@link #add} one at a time and
 * leave only fixed-size traces of their sentences ("chunks"): a 64-bit hash per distinct chunk,
 * its LSH band keys and a 128-bit sketch, and one long per occurrence. {@link #finish} then
 * groups near-identical chunks (same band key, verified by the sketches), counts the issuers
 * using each group, and lists the document pairs that share a group rare enough not to be
 * template. Memory grows with the number of distinct chunks, never with the texts.
 */
final class CorpusIndex {

    /** Larger groups are not expanded into pairs: even a rare passage in that many documents is a series. */
    private static final int MAX_DOCUMENTS_PER_GROUP = 256;
    /** Representatives compared per bucket: bounds the work on buckets of template variants. */
    private static final int MAX_REPRESENTATIVES = 16;

    private final List<DocInfo> docs = new ArrayList<>();
    private final IntArrayList docIssuer = new IntArrayList();
    /** Each document's kind of department (an index into {@code kinds}), -1 when its name tells none. */
    private final IntArrayList docKind = new IntArrayList();
    private final Map<String, Integer> kinds = new HashMap<>();
    private final Map<String, Integer> issuers = new HashMap<>();
    private final LongIntHashMap chunkIds = new LongIntHashMap();
    private final LongArrayList sketches = new LongArrayList();
    /** Per chunk, its model sentence: the wording with the issuer's names, seat words and figures set aside. */
    private final IntArrayList chunkModel = new IntArrayList();
    private final LongIntHashMap modelIds = new LongIntHashMap();
    /** Model sentences printed by issuers of many kinds: everybody's model, template at any corpus size. */
    private final BitSet generic = new BitSet();
    private final IntArrayList[] bandKeys = new IntArrayList[MinHash.BANDS];
    private final BitSet templateChunks = new BitSet();
    /** Chunks that carry a figure or their issuer's place name, in at least one document. */
    private final BitSet specificChunks = new BitSet();
    private final LongArrayList occurrences = new LongArrayList();

    CorpusIndex() {
        Arrays.setAll(bandKeys, b -> new IntArrayList());
    }

    /**
     * Records a document's chunks, as its trace holds them; returns what is kept of the document.
     * The ids of the chunks of its searched parts, in text order, are added to {@code searchedIds}.
     */
    DocInfo add(DocumentTrace d, IntArrayList searchedIds) {
        DocInfo info = new DocInfo(docs.size(), d.id(), d.identity().unit(), d.identity().divisionCode(),
                d.identity().year(), issuer(d), d.identity(), d.totals(), d.path());
        docs.add(info);
        docIssuer.add(info.issuer());
        String kind = DepartmentKinds.kindOf(IssuerName.normalForm(d.identity().unit()));
        docKind.add(kind.isEmpty() ? -1 : kinds.computeIfAbsent(kind, k -> kinds.size()));
        forEachChunk(d.searched(), id -> {
            occurrences.add((long) id << 32 | info.index());
            searchedIds.add(id);
        });
        forEachChunk(d.template(), templateChunks::set);
        return info;
    }

    static IntArrayList chunks(FoldedText text) {
        return text.chunks(ReuseSettings.MIN_CHUNK, ReuseSettings.MAX_CHUNK);
    }

    private void forEachChunk(DocumentTrace.Chunks chunks, java.util.function.IntConsumer action) {
        for (int k = 0; k < chunks.size(); k++) {
            int id = chunk(chunks, k);
            if (chunks.specific().get(k)) {
                specificChunks.set(id);
            }
            action.accept(id);
        }
    }

    /** The id of a chunk by its exact wording; a new one keeps the signature of its model form. */
    private int chunk(DocumentTrace.Chunks chunks, int k) {
        long hash = chunks.hashes()[k];
        int slot = chunkIds.indexOf(hash);
        if (chunkIds.indexExists(slot)) {
            return chunkIds.indexGet(slot);
        }
        if (!chunks.signed().get(k)) {
            throw new IllegalStateException("a chunk new to the index came unsigned: its tracer saw other documents");
        }
        int id = chunkIds.size();
        chunkIds.indexInsert(slot, hash, id);
        long modelHash = chunks.models()[k];
        int sentence = modelIds.getOrDefault(modelHash, -1);
        if (sentence < 0) {
            sentence = modelIds.size();
            modelIds.put(modelHash, sentence);
        }
        chunkModel.add(sentence);
        sketches.add(chunks.sketches()[2 * k], chunks.sketches()[2 * k + 1]);
        for (int b = 0; b < MinHash.BANDS; b++) {
            bandKeys[b].add(chunks.bandKey(k, b));
        }
        return id;
    }

    /**
     * An issuer is a unit name in its normal form ({@code identify.IssuerName}: 中国共产党X省委员会 and
     * 中共X省委 are one, a unit's 本级 budget is its department's) in a division; a document without a
     * unit is its own issuer.
     */
    private int issuer(DocumentTrace d) {
        String unit = FoldedText.fold(d.identity().issuer());
        String key = unit.isEmpty() ? "#" + d.id() : unit + "|" + d.identity().divisionCode();
        return issuers.computeIfAbsent(key, k -> issuers.size());
    }

    int documents() {
        return docs.size();
    }

    /** Groups the chunks, counts issuers per group and lists the candidate pairs. The index is spent afterwards. */
    Groups finish(int maxTemplateIssuers) {
        int templateIssuers = templateIssuers(maxTemplateIssuers, issuers.size());
        int n = chunkIds.size();
        int[] root = new int[n];
        Arrays.setAll(root, i -> i);
        for (IntArrayList keys : bandKeys) {
            unionBuckets(keys, root);
        }
        for (int i = 0; i < n; i++) {
            root[i] = find(root, i);
        }
        int[] groupIssuers = countIssuers(c -> root[c], n);
        int[] chunkIssuers = countIssuers(c -> c, n);
        LongHashSet pairs = new LongHashSet();
        // Pairs sharing a rare passage, near-identical sentences taken together...
        addPairs(c -> root[c], g -> groupIssuers[g] <= templateIssuers, pairs);
        // ...and pairs sharing the exact wording of a common one: a model sentence with another
        // issuer's names and figures in it is a copy even though the model is template.
        addPairs(c -> c, c -> !templateChunks.get(c) && groupIssuers[root[c]] > templateIssuers
                && chunkIssuers[c] <= templateIssuers && specificChunks.get(c), pairs);
        // ...and pairs of a department and one of another kind whose model text it prints.
        Map<Integer, Integer> modelKind = new HashMap<>();
        addAcrossKinds(modelKind, pairs);
        // A model form of one kind whose near-identical sentences everybody prints (a form with 单位
        // for 部门, or a line cut short in a PDF) is everybody's too.
        BitSet everybodys = new BitSet();
        forEachKey(c -> root[c], (group, docsOfGroup) -> {
            if (docsOfGroup.size() >= 3 && kindCounts(docsOfGroup).everybodys()) {
                everybodys.set(group);
            }
        });
        int[] renditionOf = renditions();
        long[] sorted = Arrays.stream(pairs.toArray())
                .filter(p -> renditionOf[(int) (p >>> 32)] < 0 && renditionOf[(int) p] < 0).sorted().toArray();
        return new Groups(List.copyOf(docs), issuers.size(), root, groupIssuers, chunkIssuers, templateChunks, specificChunks,
                sorted, templateIssuers, renditionOf, docKind.toArray(), chunkModel.toArray(), modelKind, generic, everybodys);
    }

    /**
     * The sentences that are one kind of department's model text (printed word for word, each
     * issuer's names, seat words and figures aside, by three issuers of that kind, or two and a few
     * of other kinds)
     * and those printed by issuers of three kinds or more, everybody's model ({@code generic}).
     * Those of one kind that a few issuers of
     * other kinds print too (two, or a quarter as many as of its own kind): a 卫生健康局's duty in a
     * 公安局's file is no model the police share, however common it is among health bureaus. Each
     * such document of another kind is paired with the first document of the model's kind; the
     * sentence's kind is kept in {@code modelKind}.
     */
    private void addAcrossKinds(Map<Integer, Integer> modelKind, LongHashSet pairs) {
        forEachKey(chunkModel::get, (sentence, docsOfSentence) -> {
            if (docsOfSentence.size() >= 3) {
                acrossKinds(sentence, docsOfSentence, modelKind, pairs);
            }
        });
    }

    /**
     * True when a text {@code most} issuers of one kind and {@code foreign} issuers of other kinds
     * print is that kind's model: two of the kind and one other, three of the kind alone, or more
     * of others when the kind's own are more than twice as many (three 民政局 and two others in a
     * corpus of nine is as likely everybody's sentence as the 民政局's).
     */
    static boolean kindModel(int most, int foreign) {
        return most >= 2 && (foreign <= 1 ? foreign < most && (foreign == 1 || most >= ReuseSettings.KIND_MODEL_ISSUERS)
                : 2 * foreign < most);
    }

    /**
     * Who prints a text: the kind most of its issuers are of ({@code model}, -1 when none is
     * known), how many issuers of that kind and of other known kinds, how many known kinds, and
     * how many issuers in all.
     */
    private record KindCounts(int model, int most, int foreign, int kinds, int issuers) {

        /** Printed by issuers of three kinds or more and no one kind's model: everybody's text. */
        boolean everybodys() {
            return !kindModel(most, foreign) && kinds >= ReuseSettings.KIND_MODEL_ISSUERS && issuers > kinds;
        }
    }

    private KindCounts kindCounts(IntArrayList docsOfGroup) {
        Map<Integer, com.carrotsearch.hppc.IntHashSet> issuersOfKind = new HashMap<>();
        for (int i = 0; i < docsOfGroup.size(); i++) {
            int doc = docsOfGroup.get(i);
            issuersOfKind.computeIfAbsent(docKind.get(doc), k -> new com.carrotsearch.hppc.IntHashSet()).add(docIssuer.get(doc));
        }
        int model = -1;
        int most = 0;
        int foreign = 0;
        for (Map.Entry<Integer, com.carrotsearch.hppc.IntHashSet> e : issuersOfKind.entrySet()) {
            if (e.getKey() >= 0 && (e.getValue().size() > most || e.getValue().size() == most && e.getKey() < model)) {
                model = e.getKey();
                most = e.getValue().size();
            }
        }
        for (Map.Entry<Integer, com.carrotsearch.hppc.IntHashSet> e : issuersOfKind.entrySet()) {
            foreign += e.getKey() >= 0 && e.getKey() != model ? e.getValue().size() : 0;
        }
        int kinds = (int) issuersOfKind.keySet().stream().filter(k -> k >= 0).count();
        int issuers = issuersOfKind.values().stream().mapToInt(com.carrotsearch.hppc.IntHashSet::size).sum();
        return new KindCounts(model, most, foreign, kinds, issuers);
    }

    private void acrossKinds(int group, IntArrayList docsOfGroup, Map<Integer, Integer> modelKind, LongHashSet pairs) {
        KindCounts counts = kindCounts(docsOfGroup);
        int model = counts.model();
        int most = counts.most();
        int foreign = counts.foreign();
        if (!kindModel(most, foreign)) {
            if (counts.everybodys()) {
                generic.set(group);
            }
            return;
        }
        // The kind whose model it is: two of that kind printing it follow their model, and of a pair
        // of kinds, it tells which holds it rightly; pairs only when few of other kinds print it
        // (more would be a model shared across kinds).
        modelKind.put(group, model);
        if (foreign == 0 || foreign > Math.max(ReuseSettings.MAX_OTHER_KIND_ISSUERS, most / 4)) {
            return;
        }
        int owner = -1;
        for (int i = 0; i < docsOfGroup.size() && owner < 0; i++) {
            owner = docKind.get(docsOfGroup.get(i)) == model ? docsOfGroup.get(i) : -1;
        }
        for (int i = 0; i < docsOfGroup.size(); i++) {
            int doc = docsOfGroup.get(i);
            if (docKind.get(doc) >= 0 && docKind.get(doc) != model) {
                pairs.add((long) Math.min(owner, doc) << 32 | Math.max(owner, doc));
            }
        }
    }

    /**
     * For each document, the first document of the corpus it is another copy of (the same
     * document as txt, docx and pdf, or one file saved under two names), else -1: the same issuer,
     * year, kind and scope, and nearly the same sentences word for word (figures included, so a
     * unit's 本级 and 部门 budgets, whose forms match, stay apart), or the same headline totals and
     * most of the sentences (a PDF's text breaks some sentences apart). A copy is aligned with no
     * one: the first stands for it.
     */
    private int[] renditions() {
        int[] of = new int[docs.size()];
        Arrays.fill(of, -1);
        Map<String, IntArrayList> byKey = new HashMap<>();
        for (DocInfo d : docs) {
            if (!d.unit().isEmpty()) {
                byKey.computeIfAbsent(d.issuer() + "|" + d.year() + "|" + d.identity().kind() + "|" + d.identity().scope(),
                        k -> new IntArrayList()).add(d.index());
            }
        }
        BitSet candidate = new BitSet();
        byKey.values().stream().filter(l -> l.size() > 1).forEach(l -> l.forEach(
                (com.carrotsearch.hppc.procedures.IntProcedure) candidate::set));
        if (candidate.isEmpty()) {
            return of;
        }
        Map<Integer, com.carrotsearch.hppc.IntHashSet> sentences = new HashMap<>();
        for (int i = 0; i < occurrences.size(); i++) {
            long occ = occurrences.get(i);
            if (candidate.get((int) occ)) {
                sentences.computeIfAbsent((int) occ, k -> new com.carrotsearch.hppc.IntHashSet()).add((int) (occ >>> 32));
            }
        }
        for (IntArrayList same : byKey.values()) {
            IntArrayList firsts = new IntArrayList();
            for (int i = 0; i < same.size(); i++) {
                int doc = same.get(i);
                for (int k = 0; k < firsts.size() && of[doc] < 0; k++) {
                    DocInfo first = docs.get(firsts.get(k));
                    double shared = jaccard(sentences.get(doc), sentences.get(first.index()));
                    boolean sameTotals = !first.totals().isEmpty() && first.totals().equals(docs.get(doc).totals());
                    if (shared >= ReuseSettings.SAME_DOCUMENT || sameTotals && shared >= ReuseSettings.SAME_DOCUMENT_TOTALS) {
                        of[doc] = firsts.get(k);
                    }
                }
                if (of[doc] < 0) {
                    firsts.add(doc);
                }
            }
        }
        return of;
    }

    private static double jaccard(com.carrotsearch.hppc.IntHashSet a, com.carrotsearch.hppc.IntHashSet b) {
        if (a == null || b == null) {
            return 0;
        }
        int common = 0;
        for (com.carrotsearch.hppc.cursors.IntCursor c : a) {
            common += b.contains(c.value) ? 1 : 0;
        }
        return (double) common / (a.size() + b.size() - common);
    }

    private void unionBuckets(IntArrayList keys, int[] root) {
        long[] packed = new long[keys.size()];
        for (int id = 0; id < packed.length; id++) {
            packed[id] = (long) keys.get(id) << 32 | id;
        }
        Arrays.sort(packed);
        IntArrayList reps = new IntArrayList();
        for (int s = 0, e; s < packed.length; s = e) {
            e = s + 1;
            while (e < packed.length && packed[e] >>> 32 == packed[s] >>> 32) {
                e++;
            }
            reps.clear();
            for (int k = s; k < e && e - s > 1; k++) {
                join((int) packed[k], reps, root);
            }
        }
    }

    /** Joins the chunk to the first representative of the bucket it resembles, or makes it one. */
    private void join(int id, IntArrayList reps, int[] root) {
        for (int r = 0; r < reps.size(); r++) {
            int rep = reps.get(r);
            if (MinHash.similarity(sketches.get(2 * id), sketches.get(2 * id + 1), sketches.get(2 * rep),
                    sketches.get(2 * rep + 1)) >= ReuseSettings.SAME_PASSAGE) {
                union(root, id, rep);
                return;
            }
        }
        if (reps.size() < MAX_REPRESENTATIVES) {
            reps.add(id);
        }
    }

    private static int find(int[] root, int i) {
        int r = i;
        while (root[r] != r) {
            r = root[r];
        }
        while (root[i] != r) {
            int next = root[i];
            root[i] = r;
            i = next;
        }
        return r;
    }

    /** The smaller id becomes the root, so groups do not depend on the order of unions. */
    private static void union(int[] root, int a, int b) {
        int ra = find(root, a);
        int rb = find(root, b);
        if (ra != rb) {
            root[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    /** Issuers per key, the key of an occurrence being {@code key} of its chunk id. */
    private int[] countIssuers(IntUnaryOperator key, int keys) {
        long[] sorted = new long[occurrences.size()];
        for (int i = 0; i < sorted.length; i++) {
            long occ = occurrences.get(i);
            sorted[i] = (long) key.applyAsInt((int) (occ >>> 32)) << 32 | docIssuer.get((int) occ);
        }
        Arrays.sort(sorted);
        int[] count = new int[keys];
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                count[(int) (sorted[i] >>> 32)]++;
            }
        }
        return count;
    }

    /**
     * The template threshold for a corpus of {@code issuers}: {@code max} issuers, but no more than a
     * quarter of the corpus's issuers, and at least 3 unless {@code max} is less (a passage copied
     * into two documents is in three): in a corpus of a few dozen issuers, a paragraph ten of them
     * print is their common model, whatever the threshold set for thousands.
     */
    static int templateIssuers(int max, int issuers) {
        return Math.min(max, Math.max(3, issuers / 4));
    }

    /** Adds every pair of documents holding a chunk whose key passes {@code rare}. */
    private void addPairs(IntUnaryOperator key, IntPredicate rare, LongHashSet pairs) {
        forEachKey(key, (k, docsOfKey) -> {
            if (docsOfKey.size() >= 2 && docsOfKey.size() <= MAX_DOCUMENTS_PER_GROUP && rare.test(k)) {
                for (int i = 0; i < docsOfKey.size(); i++) {
                    for (int j = i + 1; j < docsOfKey.size(); j++) {
                        pairs.add((long) docsOfKey.get(i) << 32 | docsOfKey.get(j));
                    }
                }
            }
        });
    }

    /** What a pass over the occurrences does with each key: its value and the documents holding it, each once, ascending. */
    private interface KeyDocuments {
        void accept(int key, IntArrayList documents);
    }

    /** The occurrences grouped by {@code key} of their chunk id, one call per key in ascending order. */
    private void forEachKey(IntUnaryOperator key, KeyDocuments action) {
        long[] sorted = new long[occurrences.size()];
        for (int i = 0; i < sorted.length; i++) {
            long occ = occurrences.get(i);
            sorted[i] = (long) key.applyAsInt((int) (occ >>> 32)) << 32 | (occ & 0xFFFFFFFFL);
        }
        Arrays.sort(sorted);
        IntArrayList documents = new IntArrayList();
        for (int s = 0, e; s < sorted.length; s = e) {
            int k = (int) (sorted[s] >>> 32);
            documents.clear();
            for (e = s; e < sorted.length && (int) (sorted[e] >>> 32) == k; e++) {
                if (e == s || sorted[e] != sorted[e - 1]) {
                    documents.add((int) sorted[e]);
                }
            }
            action.accept(k, documents);
        }
    }
}

package org.disclosurelens.reuse;

import com.carrotsearch.hppc.IntArrayList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosurelens.check.DepartmentKinds;
import org.disclosurelens.identify.IssuerName;

/**
 * The second pass of the corpus step: re-reads the texts of the candidate pairs only, aligns
 * them, and turns each alignment into a {@link SharedPassage} weighed by the issuer counts of
 * the first pass. Documents are kept in a small LRU cache because pairs come sorted by their
 * first document ({@link PairAlignment} feeds it a stretch of pairs).
 */
final class PassageFinder {

    /** Longest text of a passage written to the CSVs. */
    static final int TEXT_CAP = 300;
    private static final int CACHE = 256;

    /** Loads a document of the corpus: its searched units and the ids the first pass gave their chunks. */
    interface Loader {
        Loaded load(DocInfo doc) throws IOException;
    }

    /** A document as the second pass needs it: its searched units, without tables, and the ids of their chunks. */
    record Loaded(SavedDocument document, int[] chunkIds) {
    }

    /**
     * A document ready for alignment: its issuer-specific text, its chunks and their groups, and its
     * unit's normal form, which tells its kind of department.
     */
    /** A document ready to be aligned: its searched text, its chunks and their ids, and the model sentences they are ({@code models}). */
    private record Prepared(DocInfo info, boolean sectioned, FoldedText text, IntArrayList chunks, int[] ids,
            com.carrotsearch.hppc.IntHashSet idSet, com.carrotsearch.hppc.IntHashSet models, Aligner.Index index, OwnNames names,
            String province, String unit) {
    }

    private final Groups groups;
    private final ReuseSettings settings;
    private final Loader loader;
    private final Map<Integer, Prepared> cache = new LinkedHashMap<>(CACHE, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Prepared> eldest) {
            return size() > CACHE;
        }
    };

    PassageFinder(Groups groups, ReuseSettings settings, Loader loader) {
        this.groups = groups;
        this.settings = settings;
        this.loader = loader;
    }

    /** An aligned passage with the issuers using it (its rarest sentence) and why it is template (NONE when it is not). */
    private record Weighed(Aligner.Alignment alignment, int issuers, TemplateReason template, int home) {

        Weighed(Aligner.Alignment alignment, int issuers, TemplateReason template) {
            this(alignment, issuers, template, -1);
        }
    }

    /** The passages of one candidate pair, in the order of the first document. */
    List<SharedPassage> passages(long pair) throws IOException {
        Prepared a = prepared((int) (pair >>> 32));
        Prepared b = prepared((int) pair);
        List<Weighed> found = new ArrayList<>();
        for (Aligner.Alignment chain : Aligner.align(a.text().chars(), b.index(), settings.minLength())) {
            for (Aligner.Alignment piece : byPart(chain, a.text(), b.text())) {
                for (Weighed w : weigh(snap(piece, a.text()), a, b)) {
                    if (reportable(w.alignment(), a)) {
                        found.add(w);
                    }
                }
            }
        }
        found.sort(java.util.Comparator.comparingInt(w -> w.alignment().a0()));
        String pairId = pairId(a.info(), b.info());
        List<SharedPassage> out = new ArrayList<>();
        for (Weighed w : found) {
            out.add(passage(pairId, out.size() + 1, a, b, w));
        }
        return out;
    }

    /** Long and similar enough; in a form part, nearly identical (else it is the form with other figures). */
    private boolean reportable(Aligner.Alignment al, Prepared a) {
        boolean form = PartRole.of(a.text().unitAt(al.a0()), a.sectioned()) == PartRole.FIGURES;
        return al.matched() >= settings.minLength()
                && al.similarity() >= (form ? Math.max(PartRole.FORM_SIMILARITY, settings.minSimilarity()) : settings.minSimilarity());
    }

    /**
     * Weighs an alignment by the sentences of the first document it covers: runs of rare
     * sentences become passages of their own (a copied goal inside a department's model text is
     * the copy, not the model around it); an alignment with no rare sentence is one template
     * passage; one covering no indexed sentence (table labels, fragments) is nothing.
     */
    private List<Weighed> weigh(Aligner.Alignment al, Prepared a, Prepared b) {
        List<Weighed> runs = new ArrayList<>();
        int any = Integer.MAX_VALUE;
        Run run = null;
        for (int k = 0; k < a.chunks().size(); k += 2) {
            int from = a.chunks().get(k);
            int to = a.chunks().get(k + 1);
            if (2 * (Math.min(to, al.a1()) - Math.max(from, al.a0())) < to - from) {
                continue;
            }
            int id = a.ids()[k / 2];
            boolean exactInOther = b.idSet().contains(id);
            any = Math.min(any, groups.groupIssuers(id));
            boolean specifics = groups.copiedSpecifics(id, exactInOther);
            // A model both follow (their kind's, or everybody's) is no copy, however few print it,
            // unless the other's place names came with it.
            int issuers = groups.sharedModel(id, a.info(), b.info()) && !specifics ? 0 : groups.rareIssuers(id, exactInOther);
            java.util.Optional<DocInfo> owner = groups.modelOwner(id, a.info(), b.info())
                    .filter(o -> !speaksOfTheOther(o, a, b, from, to));
            if (issuers == 0 && owner.isPresent()) {
                issuers = groups.groupIssuers(id);
            }
            // A model sentence of the other's kind is known the same sentence but for its
            // issuer's names and seat words (全县 for 全市): most of it matching is enough, and a
            // part of it when the other prints the same model sentence (three seat words apart in 45
            // characters leave no 6-character seed of the alignment on either side of them).
            boolean sameModel = owner.isPresent() && b.models().contains(groups.model(id));
            double cover = sameModel ? ReuseSettings.SAME_MODEL_COVER : owner.isPresent() ? ReuseSettings.MODEL_COVER
                    : settings.copySimilarity();
            if (issuers > 0 && covered(al, from, to) >= cover * (to - from)) {
                run = run == null ? new Run(Math.max(from, al.a0())) : run;
                run.extend(Math.min(to, al.a1()), issuers, specifics);
                if (owner.isPresent()) {
                    run.home = owner.get().index();
                    run.sameModel |= sameModel;
                }
            } else if (run != null) {
                addRun(runs, al, run, a, b);
                run = null;
            }
        }
        if (run != null) {
            addRun(runs, al, run, a, b);
        }
        if (runs.isEmpty() && any < Integer.MAX_VALUE) {
            runs.add(new Weighed(al, any, TemplateReason.COMMON));
        }
        return runs;
    }

    /**
     * True when the paragraph of a model sentence of {@code home}'s kind names the other
     * document's own field (网络安全和信息化 in a 网信办's duty): it is that document's subject too, no
     * sign of which holds it rightly.
     */
    private static boolean speaksOfTheOther(DocInfo home, Prepared a, Prepared b, int from, int to) {
        Prepared other = home.index() == a.info().index() ? b : a;
        return DepartmentKinds.speaksOf(other.unit(), a.text().unitAt(from).text());
    }

    /** Consecutive rare sentences of the first document. */
    private static final class Run {
        final int from;
        int to;
        int issuers = Integer.MAX_VALUE;
        boolean specifics;
        /** The document whose kind of department the run is the model text of, -1 when none. */
        int home = -1;
        /** The other document prints one of the run's model sentences, its own names and seat words aside. */
        boolean sameModel;

        Run(int from) {
            this.from = from;
        }

        void extend(int end, int n, boolean copiedSpecifics) {
            to = end;
            issuers = Math.min(issuers, n);
            specifics |= copiedSpecifics;
        }
    }

    /**
     * A run of rare sentences is a copy when it carries the other issuer's specifics word for word
     * (a figure, a place name), when it is long and nearly identical (an edited copy of a
     * paragraph), or when it is a sentence or more of departments of other kinds (a 统计局's duty in
     * a 网信办's file: no model is shared across kinds). A short run without specifics between
     * departments of one kind, or one less similar than a copy, is a model both issuers adapted:
     * two counties picking the same model sentences is not copying.
     */
    private void addRun(List<Weighed> runs, Aligner.Alignment al, Run run, Prepared a, Prepared b) {
        Aligner.Alignment clipped = clip(al, run.from, run.to);
        if (clipped != null) {
            int length = clipped.a1() - clipped.a0();
            boolean nearlySame = clipped.similarity() >= settings.copySimilarity() || run.sameModel;
            // Text repeating what a named law or rule requires (按照《预算法》…, 按照固定资产管理办法…)
            // is no copy at any length unless the other's names came with it.
            boolean citesRule = StandardText.citesRule(a.text().original(clipped.a0(), clipped.a1()));
            // Across kinds, a sentence of a part the issuer writes itself (not a form part), word
            // for word: a city's form filled with each unit's name is no copy.
            boolean otherKinds = clipped.exact() && !citesRule
                    && PartRole.of(a.text().unitAt(clipped.a0()), a.sectioned()) == PartRole.SPECIFIC
                    && PartRole.of(b.text().unitAt(clipped.b0()), b.sectioned()) == PartRole.SPECIFIC
                    && DepartmentKinds.otherKinds(a.unit(), b.unit());
            // Two departments of one kind print their kind's duties (the 三定 model): no copy without
            // the other's names, however long.
            boolean dutiesOfOneKind = a.text().unitAt(clipped.a0()).part() == 1
                    && DepartmentKinds.sameKind(a.unit(), b.unit());
            // A model sentence of one kind of department printed by one of another kind is a copy
            // from its first words on; other text shared across kinds from a sentence on.
            boolean copy = run.specifics || nearlySame && (length >= ReuseSettings.LONG_PASSAGE && !dutiesOfOneKind && !citesRule
                    || otherKinds && length >= ReuseSettings.SENTENCE_ACROSS_KINDS || run.home >= 0 && !citesRule);
            runs.add(new Weighed(clipped, run.issuers, copy ? TemplateReason.NONE : TemplateReason.ADAPTED, run.home));
        }
    }

    /** Characters of the first text's [from, to) that the alignment matches. */
    private static int covered(Aligner.Alignment al, int from, int to) {
        int n = 0;
        for (Aligner.Match m : al.matches()) {
            n += Math.max(0, Math.min(m.a() + m.length(), to) - Math.max(m.a(), from));
        }
        return n;
    }

    /** The part of an alignment within the first text's [from, to), or null when none is. */
    static Aligner.Alignment clip(Aligner.Alignment al, int from, int to) {
        List<Aligner.Match> kept = new ArrayList<>();
        for (Aligner.Match m : al.matches()) {
            int s = Math.max(m.a(), from);
            int e = Math.min(m.a() + m.length(), to);
            if (e > s) {
                kept.add(new Aligner.Match(s, m.b() + s - m.a(), e - s));
            }
        }
        return kept.isEmpty() ? null : new Aligner.Alignment(kept);
    }

    private SharedPassage passage(String pairId, int number, Prepared a, Prepared b, Weighed w) {
        boolean series = a.info().issuer() == b.info().issuer();
        Aligner.Alignment al = w.alignment();
        FoldedText ta = a.text();
        FoldedText tb = b.text();
        String textA = ta.original(al.a0(), al.a1());
        String textB = tb.original(al.b0(), al.b1());
        int partA = ta.unitAt(al.a0()).part();
        int partB = tb.unitAt(al.b0()).part();
        TemplateReason reason = series ? TemplateReason.NONE : w.template() != TemplateReason.NONE ? w.template()
                : standard(a, b, al, textA + textB, partA, partB);
        if (!series && reason == TemplateReason.NONE && (settings.templates().covers(new String(ta.chars(), al.a0(), al.a1() - al.a0()))
                || settings.templates().covers(new String(tb.chars(), al.b0(), al.b1() - al.b0())))) {
            reason = TemplateReason.USER_TEMPLATE;
        }
        return new SharedPassage(pairId, number, a.info(), b.info(), partA, partB,
                ta.unitAt(al.a0()).location(), tb.unitAt(al.b0()).location(), al.a1() - al.a0(), al.b1() - al.b0(),
                al.similarity(), al.exact(), Math.max(w.issuers(), series ? 1 : 2), reason != TemplateReason.NONE, reason.label(),
                series, cap(textA), cap(textB), w.home());
    }

    private static String digits(char[] chars, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (chars[i] >= '0' && chars[i] <= '9') {
                sb.append(chars[i]);
            }
        }
        return sb.toString();
    }

    /**
     * Why a passage the corpus counts as rare is nevertheless no sign of copying, whatever the size
     * of the corpus: the same form each issuer filled with its own figures (and names); a passage of
     * a form part (the overview, the 三公 explanation) that issuers of one province share, their
     * province's template; a list of standard classification names; a citation of the budget
     * approval both received. NONE when none of these holds.
     */
    private static TemplateReason standard(Prepared a, Prepared b, Aligner.Alignment al, String texts, int partA, int partB) {
        char[] ma = a.names().mask(a.text().chars(), al.a0(), al.a1());
        char[] mb = b.names().mask(b.text().chars(), al.b0(), al.b1());
        if (java.util.Arrays.equals(ma, mb) && !digits(a.text().chars(), al.a0(), al.a1()).equals(digits(b.text().chars(), al.b0(), al.b1()))) {
            // Each filled the form with its own figures (and name): a duty copied with the names
            // swapped has no figures of its own, and stays a copy.
            return TemplateReason.FILLED_FORM;
        }
        boolean sameProvince = !a.province().isEmpty() && a.province().equals(b.province());
        boolean formPart = partA == 2 || partA == 4 || partB == 2 || partB == 4;
        if (sameProvince && formPart) {
            return TemplateReason.PROVINCE_FORM;
        }
        if (StandardText.classificationNames(new String(a.text().chars(), al.a0(), al.a1() - al.a0()))) {
            return TemplateReason.CLASSIFICATION_NAMES;
        }
        if (sameProvince && StandardText.citesApproval(texts)) {
            return TemplateReason.APPROVAL_CITATION;
        }
        return TemplateReason.NONE;
    }

    /**
     * Cuts an alignment where the part changes in either document: a passage belongs to one part,
     * and a chain running from the end of the duties into the overview's form sentences would
     * otherwise lend the form the weight of the duties.
     */
    static List<Aligner.Alignment> byPart(Aligner.Alignment al, FoldedText ta, FoldedText tb) {
        List<Aligner.Alignment> out = new ArrayList<>();
        List<Aligner.Match> current = new ArrayList<>();
        int partA = -1;
        int partB = -1;
        for (Aligner.Match m : al.matches()) {
            for (int i = 0, j; i < m.length(); i = j) {
                int pa = ta.unitAt(m.a() + i).part();
                int pb = tb.unitAt(m.b() + i).part();
                for (j = i + 1; j < m.length() && ta.unitAt(m.a() + j).part() == pa && tb.unitAt(m.b() + j).part() == pb; j++) {
                    // extends the run of characters in the same parts
                }
                if ((pa != partA || pb != partB) && !current.isEmpty()) {
                    out.add(new Aligner.Alignment(current));
                    current = new ArrayList<>();
                }
                partA = pa;
                partB = pb;
                current.add(new Aligner.Match(m.a() + i, m.b() + i, j - i));
            }
        }
        if (!current.isEmpty()) {
            out.add(new Aligner.Alignment(current));
        }
        return out;
    }

    /**
     * Moves the ends of an alignment to sentence ends when they overshoot one by less than a
     * seed: "…通报。(四" matches "…通报。(四" by chance of the next item's number.
     */
    static Aligner.Alignment snap(Aligner.Alignment al, FoldedText ta) {
        List<Aligner.Match> ms = new ArrayList<>(al.matches());
        Aligner.Match last = ms.get(ms.size() - 1);
        int end = ta.lastSentenceEnd(Math.max(al.a0(), al.a1() - Aligner.SEED), al.a1());
        if (end > 0 && al.a1() - end < last.length()) {
            ms.set(ms.size() - 1, new Aligner.Match(last.a(), last.b(), last.length() - (al.a1() - end)));
        }
        Aligner.Match first = ms.get(0);
        int start = ta.firstSentenceEnd(first.a(), Math.min(first.a() + Aligner.SEED, first.a() + first.length()));
        if (start > 0) {
            ms.set(0, new Aligner.Match(start, first.b() + start - first.a(), first.length() - (start - first.a())));
        }
        return new Aligner.Alignment(ms);
    }

    private Prepared prepared(int doc) throws IOException {
        Prepared p = cache.get(doc);
        if (p == null) {
            DocInfo info = groups.docs().get(doc);
            Loaded spilled = loader.load(info);
            FoldedText text = FoldedText.of(spilled.document().searchedUnits());
            IntArrayList chunks = CorpusIndex.chunks(text);
            int[] ids = spilled.chunkIds();
            if (ids.length * 2 != chunks.size()) {
                throw new IllegalStateException("the chunks of " + info.id() + " changed between the passes");
            }
            com.carrotsearch.hppc.IntHashSet models = new com.carrotsearch.hppc.IntHashSet();
            for (int id : ids) {
                models.add(groups.model(id));
            }
            p = new Prepared(info, spilled.document().sectioned(), text, chunks, ids,
                    new com.carrotsearch.hppc.IntHashSet(com.carrotsearch.hppc.IntArrayList.from(ids)), models,
                    new Aligner.Index(text.chars()),
                    OwnNames.of(spilled.document().identity()), spilled.document().identity().province(),
                    IssuerName.normalForm(info.unit()));
            cache.put(doc, p);
        }
        return p;
    }

    static String cap(String text) {
        return text.length() <= TEXT_CAP ? text : text.substring(0, TEXT_CAP - 1) + "…";
    }

    /** A stable id for a pair of documents: the first 12 hex digits of the SHA-256 of their ids. */
    static String pairId(DocInfo a, DocInfo b) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((a.id() + " " + b.id()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

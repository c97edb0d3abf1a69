package org.disclosurelens.reuse;

import com.carrotsearch.hppc.IntArrayList;
import com.carrotsearch.hppc.LongArrayList;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.function.LongPredicate;
import org.disclosurelens.identify.DocumentIdentity;
import org.disclosurelens.model.Location;

/**
 * What copy detection's first pass takes from one document, computed from the document alone: the
 * hash of each chunk (sentence) with its MinHash signature's band keys and sketch, and the rows of
 * its indicator tables. Tracing is the costly part of the pass (folding, masking the issuer's
 * names, 64 hashes per shingle) and needs nothing of the corpus, so it runs ahead of the index on
 * a second thread in {@code analyze} and in the executors of the Spark job; {@link CorpusIndex}
 * and {@link IndicatorIndex} then only number what the traces hold, in corpus order.
 *
 * <p>The signature of a chunk is its model form's (the issuer's names, seat words and figures set
 * aside), so it depends on the document that prints the chunk; the index keeps the one of the
 * chunk's first printer, as it keeps its first id. A tracer that knows which chunks the earlier
 * documents printed may leave their signatures out ({@link DocumentTracer}).
 */
public final class DocumentTrace implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * The chunks of one run of text, in text order: per chunk its hash, whether it carries a figure
     * or its issuer's place name, and, when signed, the hash of its model form, the 2 longs of its
     * sketch and its {@value MinHash#BANDS} band keys.
     */
    record Chunks(long[] hashes, BitSet specific, BitSet signed, long[] models, long[] sketches, int[] bands)
            implements Serializable {

        int size() {
            return hashes.length;
        }

        int bandKey(int chunk, int band) {
            return bands[chunk * MinHash.BANDS + band];
        }
    }

    /** A table with 三级指标: where it is, its canonical part, and its rows (三级指标, 描述, 指标值, 依据). */
    record IndicatorTable(Location location, int part, List<String[]> rows) implements Serializable {
    }

    private final String id;
    private final String path;
    private final DocumentIdentity identity;
    private final String totals;
    private final Chunks searched;
    private final Chunks template;
    private final List<IndicatorTable> indicatorTables;
    /**
     * The searched text the trace was made from, for the second pass of a run in this JVM
     * ({@link TextSpill}); not sent to another JVM with the trace, where it would be most of its size.
     */
    private final transient TextSpill.Text text;

    private DocumentTrace(SavedDocument d, Chunks searched, Chunks template, List<IndicatorTable> indicatorTables, TextSpill.Text text) {
        this.id = d.id();
        this.path = d.path();
        this.identity = d.identity();
        this.totals = d.totals();
        this.searched = searched;
        this.template = template;
        this.indicatorTables = List.copyOf(indicatorTables);
        this.text = text;
    }

    /**
     * The trace of the disclosure saved as {@code folder/json/<id>.json}, read as the file at
     * {@code path} (byte-identical files share an id and its JSON); empty when there is no such
     * JSON or the document is no disclosure. {@code known}: hashes of chunks whose signature the
     * index already has.
     */
    static Optional<DocumentTrace> read(Path folder, String id, String path, LongPredicate known) throws IOException {
        Path json = folder.resolve("json").resolve(id + ".json");
        if (!Files.exists(json)) {
            return Optional.empty();
        }
        SavedDocument d = SavedDocument.read(json).withPath(path);
        return d.identity().type().disclosure() ? Optional.of(of(d, known)) : Optional.empty();
    }

    static DocumentTrace of(SavedDocument d, LongPredicate known) {
        OwnNames names = OwnNames.of(d.identity());
        List<TextUnit> units = d.searchedUnits();
        Chunks searched = chunks(FoldedText.of(units), names, known);
        Chunks template = chunks(FoldedText.of(d.templateUnits()), names, known);
        List<IndicatorTable> tables = new ArrayList<>();
        for (SavedDocument.PartTable t : d.tables()) {
            boolean named = t.table().rows().stream().flatMap(List::stream).anyMatch(c -> c.text().contains("三级指标"));
            if (named) {
                tables.add(new IndicatorTable(t.table().location(), t.part(), IndicatorIndex.indicatorRows(t.table())));
            }
        }
        return new DocumentTrace(d, searched, template, tables, new TextSpill.Text(d.sectioned(), units));
    }

    private static Chunks chunks(FoldedText text, OwnNames names, LongPredicate known) {
        IntArrayList spans = CorpusIndex.chunks(text);
        char[] chars = text.chars();
        int n = spans.size() / 2;
        long[] hashes = new long[n];
        BitSet specific = new BitSet();
        BitSet signed = new BitSet();
        LongArrayList models = new LongArrayList();
        LongArrayList sketches = new LongArrayList();
        IntArrayList bands = new IntArrayList();
        for (int k = 0; k < n; k++) {
            int from = spans.get(2 * k);
            int to = spans.get(2 * k + 1);
            hashes[k] = MinHash.hash(chars, from, to);
            specific.set(k, names.specific(chars, from, to));
            if (!known.test(hashes[k])) {
                signed.set(k);
                // The sentence as its model reads: the issuer's own names, seat words and figures
                // set aside, so each county's filling of one model sentence is one sentence.
                char[] model = names.mask(chars, from, to);
                models.add(MinHash.hash(model, 0, model.length));
                long[] signature = model.length >= MinHash.SHINGLE ? MinHash.signature(model, 0, model.length)
                        : MinHash.signature(chars, from, to);
                long[] sketch = MinHash.sketch(signature);
                sketches.add(sketch[0], sketch[1]);
                for (int b = 0; b < MinHash.BANDS; b++) {
                    bands.add(MinHash.bandKey(signature, b));
                }
            } else {
                models.add(0);
                sketches.add(0, 0);
                bands.add(new int[MinHash.BANDS]);
            }
        }
        return new Chunks(hashes, specific, signed, models.toArray(), sketches.toArray(), bands.toArray());
    }

    public String id() {
        return id;
    }

    String path() {
        return path;
    }

    DocumentIdentity identity() {
        return identity;
    }

    String totals() {
        return totals;
    }

    Chunks searched() {
        return searched;
    }

    Chunks template() {
        return template;
    }

    List<IndicatorTable> indicatorTables() {
        return indicatorTables;
    }

    /** The searched text the trace was made from; empty once the trace has been sent to another JVM. */
    Optional<TextSpill.Text> searchedText() {
        return Optional.ofNullable(text);
    }
}

package org.disclosurelens.reuse;

import java.util.BitSet;
import java.util.List;

/**
 * What the first pass learnt about the corpus: for every distinct chunk (sentence) its group of
 * near-identical chunks, how many issuers use the group and the exact chunk, whether the chunk
 * repeats a sentence of a template part word for word, and the document pairs worth aligning.
 *
 * @param pairs candidate pairs, {@code first << 32 | second} with first &lt; second, ascending; no
 *     document in them is another copy of an earlier one
 * @param renditionOf per document, the earlier document it is another copy (rendition, duplicate
 *     file) of, or -1
 * @param docKind per document, its kind of department (an index), -1 when unknown
 * @param chunkModel per chunk, its model sentence (the wording, the issuer's names, seat words and figures aside)
 * @param modelKind the model sentences that are one kind's model text, with that kind
 * @param generic the model sentences printed by issuers of many kinds
 * @param genericGroups the groups of near-identical sentences (by {@code root}) printed by issuers of
 *     many kinds and no one kind's model: each of their model forms is everybody's, whoever prints it
 */
record Groups(List<DocInfo> docs, int issuers, int[] root, int[] groupIssuers,
        int[] chunkIssuers, BitSet templateChunks, BitSet specificChunks, long[] pairs, int templateIssuers,
        int[] renditionOf, int[] docKind, int[] chunkModel, java.util.Map<Integer, Integer> modelKind, BitSet generic,
        BitSet genericGroups) implements java.io.Serializable {

    /**
     * True when the chunk is a model both documents follow: printed by issuers of many kinds, or
     * the model text of the kind both documents are of (two 民政局 printing their kind's duties).
     */
    /** The model sentence a chunk is (its wording, names, seat words and figures aside); -1 for none. */
    int model(int chunk) {
        return chunk < 0 ? -1 : chunkModel[chunk];
    }

    boolean sharedModel(int chunk, DocInfo a, DocInfo b) {
        if (chunk < 0) {
            return false;
        }
        int sentence = chunkModel[chunk];
        Integer kind = modelKind.get(sentence);
        return generic.get(sentence) || genericGroups.get(root[chunk])
                || kind != null && docKind[a.index()] == kind && docKind[b.index()] == kind;
    }

    /**
     * The document of the pair whose kind of department the chunk is the model text of, when the
     * other is of another kind (the copy is in the other); empty otherwise.
     */
    java.util.Optional<DocInfo> modelOwner(int chunk, DocInfo a, DocInfo b) {
        Integer kind = chunk < 0 || templateChunks.get(chunk) || genericGroups.get(root[chunk]) ? null : modelKind.get(chunkModel[chunk]);
        if (kind == null || docKind[a.index()] < 0 || docKind[b.index()] < 0 || docKind[a.index()] == docKind[b.index()]) {
            return java.util.Optional.empty();
        }
        return docKind[a.index()] == kind ? java.util.Optional.of(a) : docKind[b.index()] == kind ? java.util.Optional.of(b)
                : java.util.Optional.empty();
    }

    /** How many documents are another copy of an earlier one. */
    int renditions() {
        return (int) java.util.Arrays.stream(renditionOf).filter(r -> r >= 0).count();
    }

    /**
     * How many issuers share a chunk that the other document of a pair has too ({@code exactInOther})
     * or resembles: its group's count when the group is rare, else the count of its exact wording
     * when the other document has that wording, else 0 for template.
     */
    int rareIssuers(int chunk, boolean exactInOther) {
        if (chunk < 0 || templateChunks.get(chunk)) {
            return 0;
        }
        int group = groupIssuers[root[chunk]];
        if (group <= templateIssuers) {
            return group;
        }
        return exactInOther && chunkIssuers[chunk] <= templateIssuers && specificChunks.get(chunk) ? chunkIssuers[chunk] : 0;
    }

    /**
     * True when the other document has the chunk's exact wording, the chunk carries specifics (a
     * figure, a place name) and few issuers print it: the strongest sign of a copy.
     */
    boolean copiedSpecifics(int chunk, boolean exactInOther) {
        return chunk >= 0 && exactInOther && specificChunks.get(chunk) && chunkIssuers[chunk] <= templateIssuers
                && !templateChunks.get(chunk);
    }

    /** How many issuers use the chunk's group, whether rare or not. */
    int groupIssuers(int chunk) {
        return chunk < 0 ? 1 : groupIssuers[root[chunk]];
    }
}

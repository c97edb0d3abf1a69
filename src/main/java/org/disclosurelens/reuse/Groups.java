package org.disclosurelens.reuse;

import com.carrotsearch.hppc.LongIntHashMap;
import java.util.BitSet;
import java.util.List;

/**
 * What the first pass learnt about the corpus: for every distinct chunk its group of
 * near-identical chunks, how many issuers use the group and whether it is template, and the
 * document pairs worth aligning.
 *
 * @param pairs candidate pairs, {@code first << 32 | second} with first &lt; second, ascending
 */
record Groups(List<DocInfo> docs, int issuers, LongIntHashMap chunkIds, int[] root, int[] issuerCount,
        BitSet templateRoots, long[] pairs) {

    /** The group of a chunk, -1 when the chunk was never indexed. */
    int group(char[] chars, int from, int to) {
        int id = chunkIds.getOrDefault(MinHash.hash(chars, from, to), -1);
        return id < 0 ? -1 : root[id];
    }

    int issuers(int group) {
        return group < 0 ? 1 : issuerCount[group];
    }

    boolean template(int group, int templateIssuers) {
        return group >= 0 && (templateRoots.get(group) || issuerCount[group] > templateIssuers);
    }
}

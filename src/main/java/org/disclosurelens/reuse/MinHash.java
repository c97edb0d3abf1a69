package org.disclosurelens.reuse;

/**
 * MinHash signatures of character shingles, cut into LSH bands, with a 2-bit sketch of the
 * signature kept to verify that chunks in one band bucket are really alike (b-bit minwise
 * hashing, Li and König 2010). Written by hand: the Java MinHash libraries on Maven Central
 * hash Java sets of objects, while the corpus step needs millions of signatures of char ranges
 * without allocating.
 *
 * <p>Shingles are {@value #SHINGLE} characters of folded text. Chinese needs no segmentation for
 * this: two sentences that share a clause share its character 5-grams whatever a segmenter would
 * make of it, and an edited character changes 5 shingles instead of re-segmenting its neighbours.
 */
final class MinHash {

    static final int SHINGLE = 5;
    static final int BANDS = 8;
    static final int ROWS = 3;
    /** Hash functions: the first BANDS x ROWS feed the bands, all of them the sketch. */
    static final int HASHES = 64;

    private static final long[] SEEDS = new long[HASHES];

    static {
        long x = 0x2545F4914F6CDD1DL;
        for (int i = 0; i < HASHES; i++) {
            x += 0x9E3779B97F4A7C15L;
            SEEDS[i] = mix(x);
        }
    }

    private MinHash() {
    }

    /** The signature of {@code chars[from, to)}; the range must hold at least one shingle. */
    static long[] signature(char[] chars, int from, int to) {
        long[] min = new long[HASHES];
        java.util.Arrays.fill(min, Long.MAX_VALUE);
        for (int i = from; i + SHINGLE <= to; i++) {
            long h = shingle(chars, i);
            for (int k = 0; k < HASHES; k++) {
                long v = mix(h ^ SEEDS[k]) >>> 1;
                if (v < min[k]) {
                    min[k] = v;
                }
            }
        }
        return min;
    }

    /** The key of band {@code band}: chunks with equal keys are candidates. */
    static int bandKey(long[] signature, int band) {
        long h = band;
        for (int r = 0; r < ROWS; r++) {
            h = mix(h * 31 + signature[band * ROWS + r]);
        }
        return (int) (h ^ (h >>> 32));
    }

    /** The lowest two bits of each minimum, packed in two longs. */
    static long[] sketch(long[] signature) {
        long[] out = new long[2];
        for (int k = 0; k < HASHES; k++) {
            out[k >> 5] |= (signature[k] & 3L) << ((k & 31) * 2);
        }
        return out;
    }

    /** Estimated Jaccard similarity of two sketches: equal 2-bit values happen by chance a quarter of the time. */
    static double similarity(long a0, long a1, long b0, long b1) {
        int equal = equalPairs(a0 ^ b0) + equalPairs(a1 ^ b1);
        double p = equal / (double) HASHES;
        return Math.max(0, (p - 0.25) / 0.75);
    }

    private static int equalPairs(long xor) {
        long either = (xor | (xor >>> 1)) & 0x5555555555555555L;
        return 32 - Long.bitCount(either);
    }

    /** A 64-bit hash of the folded chars {@code [from, to)}. */
    static long hash(char[] chars, int from, int to) {
        long h = 0x84222325CBF29CE4L;
        for (int i = from; i < to; i++) {
            h = mix(h ^ chars[i]);
        }
        return h;
    }

    private static long shingle(char[] chars, int at) {
        long h = 0;
        for (int i = 0; i < SHINGLE; i++) {
            h = h * 0x10001L + chars[at + i];
        }
        return h;
    }

    /** SplitMix64's finaliser. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}

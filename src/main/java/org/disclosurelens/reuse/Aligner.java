package org.disclosurelens.reuse;

import com.carrotsearch.hppc.IntIntHashMap;
import com.carrotsearch.hppc.LongIntHashMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the passages two folded texts share, as exact spans: exact matches grown from common
 * {@value #SEED}-character seeds, then chained along the diagonal across small edits (the
 * seed-and-extend alignment of BLAST, as passim uses it for text reuse). Written by hand because
 * the Java diff and alignment libraries compare whole sequences in quadratic time or only report
 * an edit script, while reuse needs local spans between long texts in near-linear time.
 */
final class Aligner {

    static final int SEED = 6;
    /** The longest run of differing characters an edited copy may have between two matches. */
    static final int MAX_GAP = 24;
    /** A seed repeated more often than this in a text (a phrase every table repeats) is not followed. */
    private static final int MAX_POSTINGS = 32;
    private static final int WINDOW = 64;

    private Aligner() {
    }

    /** An exact match: {@code length} characters at {@code a} in the first text and {@code b} in the second. */
    record Match(int a, int b, int length) {
    }

    /**
     * A chain of disjoint matches, in increasing order in both texts: the first text's [a0, a1)
     * aligned with the second's [b0, b1).
     */
    record Alignment(List<Match> matches, int matched) {

        Alignment {
            matches = List.copyOf(matches);
        }

        Alignment(List<Match> matches) {
            this(matches, matches.stream().mapToInt(Match::length).sum());
        }

        int a0() {
            return matches.get(0).a();
        }

        int a1() {
            Match last = matches.get(matches.size() - 1);
            return last.a() + last.length();
        }

        int b0() {
            return matches.get(0).b();
        }

        int b1() {
            Match last = matches.get(matches.size() - 1);
            return last.b() + last.length();
        }

        /** Matched characters over the longer span: 1 for an exact copy. */
        double similarity() {
            return matched() / (double) Math.max(a1() - a0(), b1() - b0());
        }

        boolean exact() {
            return matches.size() == 1;
        }
    }

    /** Where each seed of a text occurs; built once per document and used for all its pairs. */
    static final class Index {
        private final char[] chars;
        private final LongIntHashMap head;
        private final int[] next;

        Index(char[] chars) {
            this.chars = chars;
            long[] seeds = seeds(chars);
            // Sized for every seed up front: growing it rehashed the table a dozen times per document.
            this.head = new LongIntHashMap(seeds.length);
            this.next = new int[seeds.length];
            for (int j = 0; j < next.length; j++) {
                next[j] = head.getOrDefault(seeds[j], -1);
                head.put(seeds[j], j);
            }
        }
    }

    private static final long BASE = 0x100000001B3L;
    private static final long BASE_POWER = power(BASE, SEED - 1);

    private static long power(long base, int exponent) {
        long p = 1;
        for (int i = 0; i < exponent; i++) {
            p *= base;
        }
        return p;
    }

    /** The hash of each SEED-character window: a rolling polynomial hash, mixed. */
    static long[] seeds(char[] chars) {
        long[] out = new long[Math.max(0, chars.length - SEED + 1)];
        long h = 0;
        for (int i = 0; i < chars.length; i++) {
            if (i >= SEED) {
                h -= chars[i - SEED] * BASE_POWER;
            }
            h = h * BASE + chars[i];
            if (i >= SEED - 1) {
                out[i - SEED + 1] = MinHash.mix(h);
            }
        }
        return out;
    }

    /** The alignments of {@code a} with the indexed text that match at least {@code minMatched} characters, best first. */
    static List<Alignment> align(char[] a, Index b, int minMatched) {
        List<Alignment> out = new ArrayList<>();
        for (Alignment al : chains(matches(a, b), minMatched)) {
            if (al.matched() >= minMatched && !overlapsKept(al, out)) {
                out.add(al);
            }
        }
        return out;
    }

    /** Maximal exact matches of at least SEED characters, in order of their position in {@code a}. */
    static List<Match> matches(char[] a, Index b) {
        List<Match> out = new ArrayList<>();
        IntIntHashMap coveredUntil = new IntIntHashMap();
        long[] seeds = seeds(a);
        for (int i = 0; i < seeds.length; i++) {
            int j = b.head.getOrDefault(seeds[i], -1);
            for (int steps = 0; j >= 0 && steps < MAX_POSTINGS; steps++, j = b.next[j]) {
                int diagonal = j - i;
                if (i >= coveredUntil.getOrDefault(diagonal, -1) && equal(a, i, b.chars, j, SEED)) {
                    Match m = extend(a, b.chars, i, j);
                    out.add(m);
                    coveredUntil.put(diagonal, m.a() + m.length());
                }
            }
        }
        out.sort(Comparator.comparingInt(Match::a).thenComparingInt(Match::b));
        return out;
    }

    private static Match extend(char[] a, char[] b, int i, int j) {
        int left = 0;
        while (i - left > 0 && j - left > 0 && a[i - left - 1] == b[j - left - 1]) {
            left++;
        }
        int right = SEED;
        while (i + right < a.length && j + right < b.length && a[i + right] == b[j + right]) {
            right++;
        }
        return new Match(i - left, j - left, left + right);
    }

    private static boolean equal(char[] a, int i, char[] b, int j, int n) {
        for (int k = 0; k < n; k++) {
            if (a[i + k] != b[j + k]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Chains matches that follow each other in both texts with gaps of at most MAX_GAP
     * (dynamic programming over a window of preceding matches), best chains first.
     */
    static List<Alignment> chains(List<Match> matches, int minMatched) {
        int n = matches.size();
        double[] score = new double[n];
        int[] matched = new int[n];
        int[] prev = new int[n];
        for (int i = 0; i < n; i++) {
            Match m = matches.get(i);
            score[i] = m.length();
            matched[i] = m.length();
            prev[i] = -1;
            for (int j = i - 1; j >= Math.max(0, i - WINDOW); j--) {
                Match p = matches.get(j);
                int gapA = m.a() - (p.a() + p.length());
                int gapB = m.b() - (p.b() + p.length());
                int added = m.length() + Math.min(0, Math.min(gapA, gapB));
                if (gapA > MAX_GAP || gapB > MAX_GAP || added < SEED || m.a() <= p.a() || m.b() <= p.b()) {
                    continue;
                }
                double s = score[j] + added - 0.5 * Math.max(0, Math.max(gapA, gapB));
                if (s > score[i]) {
                    score[i] = s;
                    matched[i] = matched[j] + added;
                    prev[i] = j;
                }
            }
        }
        return extract(matches, score, matched, prev, minMatched);
    }

    private static List<Alignment> extract(List<Match> matches, double[] score, int[] matched, int[] prev, int minMatched) {
        // Scores are multiples of 0.5: sort (best score, first index) as longs, without boxing.
        long[] order = new long[matches.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = ((1L << 38) - (long) (score[i] * 2)) << 24 | i;
        }
        java.util.Arrays.sort(order);
        boolean[] used = new boolean[order.length];
        List<Alignment> out = new ArrayList<>();
        for (long key : order) {
            int end = (int) (key & 0xFFFFFF);
            if (used[end] || matched[end] < minMatched) {
                continue; // a chain too short to report, or already part of a better one
            }
            List<Match> chain = new ArrayList<>();
            for (int i = end; i >= 0 && !used[i]; i = prev[i]) {
                used[i] = true;
                chain.add(matches.get(i));
            }
            java.util.Collections.reverse(chain);
            out.add(new Alignment(disjoint(chain)));
        }
        return out;
    }

    /** Trims the start of each match that overlaps the previous one, so every character counts once. */
    private static List<Match> disjoint(List<Match> chain) {
        List<Match> out = new ArrayList<>();
        for (Match m : chain) {
            if (!out.isEmpty()) {
                Match p = out.get(out.size() - 1);
                int overlap = Math.max(p.a() + p.length() - m.a(), p.b() + p.length() - m.b());
                if (overlap > 0) {
                    m = new Match(m.a() + overlap, m.b() + overlap, m.length() - overlap);
                }
            }
            out.add(m);
        }
        return out;
    }

    /**
     * True when a better alignment already kept accounts for this one: it pairs most of this one's
     * matched characters the same way (the same two passages), or it matches at least as many of
     * the first text's characters in this one's span, with another place of the second text (a
     * sentence the second text repeats: one place is enough). A passage of the first text kept
     * paired, gaps and all, with another place of the second (in model text, a goal chained with
     * the other's next goal) does not hide its word-for-word match elsewhere.
     */
    private static boolean overlapsKept(Alignment al, List<Alignment> kept) {
        for (Alignment k : kept) {
            if (Math.min(al.a1(), k.a1()) <= Math.max(al.a0(), k.a0())) {
                continue;
            }
            int same = 0;
            int covered = 0;
            for (Match q : k.matches()) {
                covered += Math.max(0, Math.min(al.a1(), q.a() + q.length()) - Math.max(al.a0(), q.a()));
                for (Match m : al.matches()) {
                    if (q.b() - q.a() == m.b() - m.a()) {
                        same += Math.max(0, Math.min(m.a() + m.length(), q.a() + q.length()) - Math.max(m.a(), q.a()));
                    }
                }
            }
            if (same * 2 > al.matched() || covered >= al.matched()) {
                return true;
            }
        }
        return false;
    }
}

package org.disclosurelens.reuse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.disclosurelens.identify.DocumentIdentity;

/**
 * A sentence as its model reads, for grouping near-identical sentences: the issuer's own names
 * (its unit's name, its county, city and province, with and without 县/区/市), and the seat words 县/区/市/旗, become
 * one placeholder and every digit a 0. Model text that each county fills with its name and figures then falls into one
 * group, counted as template, while the same sentence carrying another county's name keeps that
 * name and stands out. Only signatures use this form; exact wording and alignment never do.
 */
final class OwnNames {

    private static final char PLACEHOLDER = '\uE000';
    private static final String SUFFIXES = "县区市旗省";
    /** Words of the seat a model is filled with: 全县/全区/全旗, 县委/区委/旗委. */
    private static final String SEATS = "县区市旗";

    private final List<String> names;

    private OwnNames(List<String> names) {
        this.names = names;
    }

    static OwnNames of(DocumentIdentity identity) {
        List<String> names = new ArrayList<>();
        // The issuer's own name, as written and in its normal form: a form each unit fills with its name is a model.
        for (String unit : List.of(identity.unit(), identity.issuer())) {
            String f = FoldedText.fold(unit);
            if (f.length() >= 4 && !names.contains(f)) {
                names.add(f);
            }
        }
        for (String place : List.of(identity.county(), identity.city(), identity.province())) {
            String f = FoldedText.fold(place);
            if (f.length() >= 2) {
                names.add(f);
                if (f.length() >= 3 && SUFFIXES.indexOf(f.charAt(f.length() - 1)) >= 0) {
                    names.add(f.substring(0, f.length() - 1));
                }
            }
        }
        names.sort(Comparator.comparingInt(String::length).reversed());
        return new OwnNames(List.copyOf(names));
    }

    /** The model form of {@code chars[from, to)}. */
    char[] mask(char[] chars, int from, int to) {
        String s = new String(chars, from, to - from);
        for (String name : names) {
            s = s.replace(name, String.valueOf(PLACEHOLDER));
        }
        char[] out = s.toCharArray();
        for (int i = 0; i < out.length; i++) {
            if (out[i] >= '0' && out[i] <= '9') {
                out[i] = '0';
            } else if (SEATS.indexOf(out[i]) >= 0) {
                out[i] = PLACEHOLDER;
            }
        }
        return out;
    }

    /**
     * True when the sentence names a place: its issuer's (by a name of three characters or more:
     * 涞源县, 阜平县统计局) or any county, city or province by full name (前进区). The same wording of such a sentence in another
     * issuer's document is copied, not modelled. Figures do not count: forms repeat figures by chance.
     */
    boolean specific(char[] chars, int from, int to) {
        String s = new String(chars, from, to - from);
        // A two-character short name is often a word too (共和 of 共和县 in 中华人民共和国).
        return names.stream().anyMatch(n -> n.length() >= 3 && s.contains(n)) || PLACES.named(s);
    }

    private static final Places PLACES = new Places();

    /** Full names of the GB/T 2260 divisions of three characters or more, found by substring. */
    private static final class Places {
        /** County names that are everyday words too; as in identify.PlaceMentions. */
        private static final java.util.Set<String> COMMON = java.util.Set.of("老城区", "新城区", "城关区", "市中区", "城中区",
                "城东区", "城西区", "城南区", "城北区");
        /** Every name, found in one pass over a text (a substring lookup per position and length was a hot spot). */
        private final com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie<String> names;

        Places() {
            java.util.TreeMap<String, String> folded = new java.util.TreeMap<>();
            for (String name : org.disclosurelens.identify.Divisions.get().names()) {
                String f = FoldedText.fold(name);
                if (f.length() >= 3 && !COMMON.contains(f)) {
                    folded.put(f, f);
                }
            }
            names = new com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie<>(folded);
        }

        boolean named(String s) {
            boolean[] found = {false};
            names.parseText(s, (begin, end, name) -> found[0] = true);
            return found[0];
        }
    }
}

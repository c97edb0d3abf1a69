package org.disclosurelens.reuse;

import com.carrotsearch.hppc.IntArrayList;
import java.util.List;

/**
 * Text as reuse detection compares it: only ideographs, letters and digits, full-width forms folded
 * to half width (NFKC) and letters to lower case, without the list numbers opening paragraphs and
 * sentences, so that punctuation, numbering, spacing and line breaks a copier or an extractor
 * changed do not hide a copy. Each folded character remembers the unit and
 * the offset it came from, so a match found here is reported on the text as written.
 */
public final class FoldedText {

    private static final String OPENING = "(（《“\"‘'[【〔「『";
    /**
     * A list number opening a paragraph or a sentence: （三）, (3), 三、, 5., 5、, 2． — left out, so
     * that a duty numbered (三) in one document and 5. in another folds to the same text.
     */
    private static final java.util.regex.Pattern LIST_NUMBER = java.util.regex.Pattern.compile(
            "\\s*(?:[（(]\\s*(?:[一二三四五六七八九十]{1,3}|\\d{1,3})\\s*[)）]|[一二三四五六七八九十]{1,3}[、.．]|\\d{1,3}(?:[、．]|\\.(?!\\d)))\\s*");
    /** The characters a {@link #LIST_NUMBER} can open with. */
    private static final String NUMBER_OPENING = "（(一二三四五六七八九十0123456789";
    private static final String SENTENCE_END = "。；;！!？?\n";
    private static final String CLOSING = ")）》”\"’'】〕」』。．.，,、；;：:！!？?…";

    private final List<TextUnit> units;
    private final char[] chars;
    private final int[] unit;
    private final int[] offset;
    /** Folded positions where a sentence or a unit ends; {@code soft} where a clause ends. */
    private final IntArrayList hard;
    private final IntArrayList soft;

    private FoldedText(List<TextUnit> units, char[] chars, int[] unit, int[] offset, IntArrayList hard, IntArrayList soft) {
        this.units = units;
        this.chars = chars;
        this.unit = unit;
        this.offset = offset;
        this.hard = hard;
        this.soft = soft;
    }

    static FoldedText of(List<TextUnit> units) {
        Builder b = new Builder(units.stream().mapToInt(u -> u.text().length()).sum());
        for (int u = 0; u < units.size(); u++) {
            b.unit(u, units.get(u).text());
        }
        return b.build(List.copyOf(units));
    }

    /** The folded form of a short string (a unit name, a table cell, a sentence), without origins. */
    public static String fold(String text) {
        Builder b = new Builder(text.length());
        b.unit(0, text);
        return new String(b.chars, 0, b.length);
    }

    char[] chars() {
        return chars;
    }

    int length() {
        return chars.length;
    }

    List<TextUnit> units() {
        return units;
    }

    /** The unit the folded character at {@code position} comes from. */
    TextUnit unitAt(int position) {
        return units.get(unit[position]);
    }

    /**
     * The text as written from folded position {@code from} to {@code to} (exclusive), with the
     * opening brackets before it and the punctuation after it; units joined by a space.
     */
    String original(int from, int to) {
        StringBuilder sb = new StringBuilder();
        int u = unit[from];
        String text = units.get(u).text();
        int start = offset[from];
        while (start > 0 && OPENING.indexOf(text.charAt(start - 1)) >= 0) {
            start--;
        }
        int last = to - 1;
        while (u < unit[last]) {
            sb.append(text, start, text.length()).append(' ');
            text = units.get(++u).text();
            start = 0;
        }
        int end = offset[last] + Character.charCount(text.codePointAt(offset[last]));
        while (end < text.length() && CLOSING.indexOf(text.charAt(end)) >= 0) {
            end++;
        }
        return sb.append(text, start, Math.max(start, end)).toString().strip();
    }

    /** The first sentence end strictly between {@code from} and {@code to}, or -1. */
    int firstSentenceEnd(int from, int to) {
        int i = java.util.Arrays.binarySearch(hard.buffer, 0, hard.size(), from + 1);
        i = i >= 0 ? i : -i - 1;
        return i < hard.size() && hard.get(i) < to ? hard.get(i) : -1;
    }

    /** The last sentence end strictly between {@code from} and {@code to}, or -1. */
    int lastSentenceEnd(int from, int to) {
        int i = java.util.Arrays.binarySearch(hard.buffer, 0, hard.size(), to - 1);
        i = i >= 0 ? i : -i - 2;
        return i >= 0 && hard.get(i) > from ? hard.get(i) : -1;
    }

    /**
     * The text cut into sentences, each [start, end) in folded positions: at sentence punctuation
     * and unit ends, and a sentence longer than {@code max} at its clause ends, so that a long
     * duty paragraph is compared clause group by clause group. Pieces shorter than {@code min} are dropped.
     */
    IntArrayList chunks(int min, int max) {
        IntArrayList out = new IntArrayList();
        int start = 0;
        int s = 0;
        for (int h = 0; h < hard.size(); h++) {
            int end = hard.get(h);
            while (end - start > max) {
                int cut = start;
                while (s < soft.size() && soft.get(s) <= start) {
                    s++;
                }
                for (int k = s; k < soft.size() && soft.get(k) < end && soft.get(k) - start <= max; k++) {
                    cut = soft.get(k);
                }
                cut = cut == start ? start + max : cut;
                add(out, start, cut, min);
                start = cut;
            }
            add(out, start, end, min);
            start = end;
        }
        return out;
    }

    private static void add(IntArrayList out, int start, int end, int min) {
        if (end - start >= min) {
            out.add(start, end);
        }
    }

    /** Appends folded characters with their origins. */
    private static final class Builder {
        private char[] chars;
        private int[] unit;
        private int[] offset;
        private int length;
        private final IntArrayList hard = new IntArrayList();
        private final IntArrayList soft = new IntArrayList();

        Builder(int capacity) {
            chars = new char[capacity + 16];
            unit = new int[chars.length];
            offset = new int[chars.length];
        }

        void unit(int u, String text) {
            java.util.regex.Matcher number = null;
            int skipTo = -1;
            for (int i = 0; i < text.length(); ) {
                if (i > skipTo && (i == 0 || SENTENCE_END.indexOf(text.charAt(i - 1)) >= 0) && mayOpenNumber(text, i)) {
                    number = number == null ? LIST_NUMBER.matcher(text) : number;
                    if (number.region(i, text.length()).lookingAt()) {
                        skipTo = number.end() - 1;
                    }
                }
                int cp = text.codePointAt(i);
                if (i > skipTo) {
                    fold(u, i, cp);
                }
                i += Character.charCount(cp);
            }
            boundary(hard);
        }

        /**
         * Whether a {@link #LIST_NUMBER} may start at {@code i}: its first character after the
         * spaces {@code \s} takes is a bracket, a Chinese numeral or a digit. Most sentences open
         * with none, and the pattern's matcher costs more than the folding (JFR: a tenth of copy
         * detection's alignment threads).
         */
        private static boolean mayOpenNumber(String text, int i) {
            int j = i;
            while (j < text.length() && " \t\n\u000B\f\r".indexOf(text.charAt(j)) >= 0) {
                j++;
            }
            return j < text.length() && NUMBER_OPENING.indexOf(text.charAt(j)) >= 0;
        }

        private void fold(int u, int at, int cp) {
            if (cp < 0x80 || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3001 && cp <= 0x303F)) {
                keep(u, at, cp);
            } else if (cp >= 0xFF01 && cp <= 0xFF5E) {
                keep(u, at, cp - 0xFEE0);
            } else {
                String nfkc = java.text.Normalizer.normalize(new String(Character.toChars(cp)), java.text.Normalizer.Form.NFKC);
                nfkc.codePoints().forEach(c -> keep(u, at, c));
            }
        }

        private void keep(int u, int at, int cp) {
            if (Character.isLetterOrDigit(cp)) {
                int lower = Character.toLowerCase(cp);
                if (Character.isBmpCodePoint(lower)) {
                    append(u, at, (char) lower);
                } else {
                    append(u, at, Character.highSurrogate(lower));
                    append(u, at, Character.lowSurrogate(lower));
                }
            } else if (cp == '。' || cp == ';' || cp == '!' || cp == '?' || cp == '\n') {
                boundary(hard);
            } else if (cp == ',' || cp == '、' || cp == ':') {
                boundary(soft);
            }
        }

        private void append(int u, int at, char c) {
            if (length == chars.length) {
                int n = chars.length * 2;
                chars = java.util.Arrays.copyOf(chars, n);
                unit = java.util.Arrays.copyOf(unit, n);
                offset = java.util.Arrays.copyOf(offset, n);
            }
            chars[length] = c;
            unit[length] = u;
            offset[length] = at;
            length++;
        }

        private void boundary(IntArrayList list) {
            if (list.isEmpty() || list.get(list.size() - 1) != length) {
                list.add(length);
            }
        }

        FoldedText build(List<TextUnit> units) {
            return new FoldedText(units, java.util.Arrays.copyOf(chars, length), java.util.Arrays.copyOf(unit, length),
                    java.util.Arrays.copyOf(offset, length), hard, soft);
        }
    }
}

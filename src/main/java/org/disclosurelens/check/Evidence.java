package org.disclosurelens.check;

/** Cuts the sentence around a position out of a text, as the evidence of a finding. */
public final class Evidence {

    /** Evidence longer than this is cut, with an ellipsis, so anomalies.csv stays readable. */
    static final int MAX = 160;

    private Evidence() {
    }

    /** The sentence around {@code offset}, cut to {@link #MAX} characters. */
    public static String sentence(String text, int offset) {
        int start = offset;
        while (start > 0 && !boundary(text.charAt(start - 1))) {
            start--;
        }
        int end = Math.min(text.length(), Math.max(offset, start));
        while (end < text.length() && !boundary(text.charAt(end))) {
            end++;
        }
        if (end < text.length() && text.charAt(end) != '\n') {
            end++;
        }
        return cap(text.substring(start, end).strip());
    }

    /** Table cells are separated by " | " rather than tabs, and long evidence is cut. */
    public static String cap(String text) {
        String flat = text.replace("\t", " | ");
        return flat.length() <= MAX ? flat : flat.substring(0, MAX - 1) + "…";
    }

    private static boolean boundary(char c) {
        return c == '。' || c == '；' || c == ';' || c == '！' || c == '？' || c == '\n';
    }
}

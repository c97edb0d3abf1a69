package org.disclosurelens.text;

import java.util.regex.Pattern;

/**
 * Text as the recognisers compare it: full-width forms folded to half width (NFKC), the spaces
 * that PDF extraction and typesetting put between CJK characters removed, and quotes unified.
 * The text shown to users is never normalised; only matching uses this.
 */
public final class Normalizer {

    private static final Pattern SPACE_NEAR_CJK =
            Pattern.compile("(?<=[\\p{IsHan}\\p{InCJK_Symbols_and_Punctuation}])\\s+|\\s+(?=[\\p{IsHan}\\p{InCJK_Symbols_and_Punctuation}])");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u3000]+");

    private Normalizer() {
    }

    public static String normalize(String text) {
        if (plain(text)) {
            return text;
        }
        String folded = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC)
                .replace('“', '"').replace('”', '"').replace('‘', '\'').replace('’', '\'')
                .replace('「', '"').replace('」', '"');
        String collapsed = SPACES.matcher(folded).replaceAll(" ").trim();
        return SPACE_NEAR_CJK.matcher(collapsed).replaceAll("");
    }

    /**
     * True when normalising cannot change the text: no whitespace, no quote to unify, and already in
     * NFKC (the JDK's quick check). Most table cells and short labels are; the fast path skips the
     * copies and two regular expressions they would otherwise cost.
     */
    private static boolean plain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '“' || c == '”' || c == '‘' || c == '’'
                    || c == '「' || c == '」') {
                return false;
            }
        }
        return java.text.Normalizer.isNormalized(text, java.text.Normalizer.Form.NFKC);
    }

    /** True when the character is a CJK ideograph. */
    public static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}

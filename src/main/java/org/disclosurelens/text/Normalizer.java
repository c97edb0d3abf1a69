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
        String folded = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC)
                .replace('“', '"').replace('”', '"').replace('‘', '\'').replace('’', '\'')
                .replace('「', '"').replace('」', '"');
        String collapsed = SPACES.matcher(folded).replaceAll(" ").trim();
        return SPACE_NEAR_CJK.matcher(collapsed).replaceAll("");
    }

    /** True when the character is a CJK ideograph. */
    public static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}

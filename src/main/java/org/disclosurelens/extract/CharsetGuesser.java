package org.disclosurelens.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.tika.parser.txt.CharsetDetector;
import org.apache.tika.parser.txt.CharsetMatch;

/**
 * Picks the encoding of a text file. Byte-order marks, UTF-16 without a mark (which ICU's detector
 * misses) and strict UTF-8 decide first; then Tika's
 * statistical CharsetDetector, hinted towards GB18030 because short GBK text is otherwise taken
 * for ISO-8859-1 (BUILD-NOTES); a Latin guess is overruled when the bytes decode cleanly as
 * GB18030, since a Chinese disclosure in a Latin code page does not occur.
 */
final class CharsetGuesser {

    static final Charset GB18030 = Charset.forName("GB18030");

    private CharsetGuesser() {
    }

    static Charset guess(byte[] bytes) {
        Charset bom = fromByteOrderMark(bytes);
        if (bom != null) {
            return bom;
        }
        // Before UTF-8: ASCII-only UTF-16 is valid UTF-8 too, full of NULs.
        Charset utf16 = utf16WithoutBom(bytes);
        if (utf16 != null) {
            return utf16;
        }
        if (decodes(bytes, StandardCharsets.UTF_8)) {
            return StandardCharsets.UTF_8;
        }
        CharsetDetector detector = new CharsetDetector();
        detector.setDeclaredEncoding(GB18030.name());
        detector.setText(bytes);
        CharsetMatch match = detector.detect();
        Charset detected = match == null ? null : forName(match.getName());
        boolean latin = detected == null || detected.name().startsWith("ISO-8859") || detected.name().startsWith("windows-125");
        if (latin && decodes(bytes, GB18030)) {
            return GB18030;
        }
        return detected != null ? detected : GB18030;
    }

    /** The length of the byte-order mark that {@link #guess} saw, to skip when decoding. */
    static int byteOrderMarkLength(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return 3;
        }
        if (b.length >= 2 && ((b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF || (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE)) {
            return 2;
        }
        return 0;
    }

    private static Charset fromByteOrderMark(byte[] b) {
        if (byteOrderMarkLength(b) == 3) {
            return StandardCharsets.UTF_8;
        }
        if (byteOrderMarkLength(b) == 2) {
            return (b[0] & 0xff) == 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /**
     * UTF-16 without a mark. Zero bytes never occur in GBK or UTF-8 text but are frequent in UTF-16
     * (every ASCII character, and CJK characters such as 一 U+4E00); the byte order is the one
     * that decodes to text a disclosure contains. Counting zeros per position alone is not enough:
     * Chinese text puts zeros on both sides.
     */
    private static Charset utf16WithoutBom(byte[] b) {
        int n = Math.min(b.length, 8192) & ~1;
        int zeros = 0;
        for (int i = 0; i < n; i++) {
            zeros += b[i] == 0 ? 1 : 0;
        }
        if (n < 8 || zeros < n / 100 + 1) {
            return null;
        }
        double le = plausible(new String(b, 0, n, StandardCharsets.UTF_16LE));
        double be = plausible(new String(b, 0, n, StandardCharsets.UTF_16BE));
        if (Math.max(le, be) < 0.95) {
            return null;
        }
        return le >= be ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
    }

    /** The share of characters that are ASCII text, CJK ideographs or CJK and full-width punctuation. */
    private static double plausible(String text) {
        int good = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ascii = c >= 0x20 && c < 0x7f || c == '\n' || c == '\r' || c == '\t';
            boolean cjk = c >= 0x4e00 && c <= 0x9fff || c >= 0x3000 && c <= 0x303f || c >= 0xff00 && c <= 0xffef
                    || c >= 0x2000 && c <= 0x206f;
            good += ascii || cjk ? 1 : 0;
        }
        return text.isEmpty() ? 0 : (double) good / text.length();
    }

    static boolean decodes(byte[] bytes, Charset charset) {
        try {
            charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static Charset forName(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

package org.disclosurelens.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.tika.parser.txt.CharsetDetector;
import org.apache.tika.parser.txt.CharsetMatch;

/**
 * Picks the encoding of a text file. Byte-order marks and strict UTF-8 decide first; then Tika's
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
        if (decodes(bytes, StandardCharsets.UTF_8)) {
            return StandardCharsets.UTF_8;
        }
        Charset utf16 = utf16WithoutBom(bytes);
        if (utf16 != null) {
            return utf16;
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

    /** UTF-16 without a mark shows as zero bytes in every other position for ASCII line breaks. */
    private static Charset utf16WithoutBom(byte[] b) {
        int n = Math.min(b.length, 4096) & ~1;
        if (n < 8) {
            return null;
        }
        int evenZero = 0;
        int oddZero = 0;
        for (int i = 0; i < n; i += 2) {
            evenZero += b[i] == 0 ? 1 : 0;
            oddZero += b[i + 1] == 0 ? 1 : 0;
        }
        if (oddZero > n / 20 && evenZero == 0) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZero > n / 20 && oddZero == 0) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
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

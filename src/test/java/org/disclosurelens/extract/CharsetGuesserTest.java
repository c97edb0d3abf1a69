package org.disclosurelens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Encodings of Chinese text files: never mojibake for GBK, even when the text is short. */
class CharsetGuesserTest {

    private static final Charset GBK = Charset.forName("GBK");

    @Test
    void readsShortGbkTextAsGb18030() {
        byte[] bytes = "部门预算".getBytes(GBK);
        assertEquals("GB18030", CharsetGuesser.guess(bytes).name());
        assertEquals("部门预算", new String(bytes, CharsetGuesser.guess(bytes)));
    }

    @Test
    void readsTheSeedInGbk() {
        byte[] bytes = SeedText.read().getBytes(GBK);
        assertEquals(SeedText.read(), new String(bytes, CharsetGuesser.guess(bytes)));
    }

    @Test
    void readsUtf8WithAndWithoutByteOrderMark() {
        byte[] plain = "第一部分".getBytes(StandardCharsets.UTF_8);
        assertEquals(StandardCharsets.UTF_8, CharsetGuesser.guess(plain));
        byte[] marked = ("\uFEFF第一部分").getBytes(StandardCharsets.UTF_8);
        assertEquals(StandardCharsets.UTF_8, CharsetGuesser.guess(marked));
        assertEquals(3, CharsetGuesser.byteOrderMarkLength(marked));
    }

    @Test
    void readsUtf16WithAndWithoutByteOrderMark() {
        assertEquals(StandardCharsets.UTF_16LE, CharsetGuesser.guess("\uFEFF预算 2021\n".getBytes(StandardCharsets.UTF_16LE)));
        assertEquals(StandardCharsets.UTF_16BE, CharsetGuesser.guess("\uFEFF预算 2021\n".getBytes(StandardCharsets.UTF_16BE)));
        assertEquals(StandardCharsets.UTF_16LE, CharsetGuesser.guess("Budget 2021 预算\r\nline two\r\n".getBytes(StandardCharsets.UTF_16LE)));
    }
}

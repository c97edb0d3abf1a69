package org.disclosurelens.text;

import java.util.regex.Pattern;

/** Recognises the numbering that opens a heading or list item: 第一部分, 一、, （一）, 1., ①. */
public final class Numbering {

    private static final Pattern NUMBERED = Pattern.compile(
            "^\\s*(第\\s*[一二三四五六七八九十\\d]+\\s*部\\s*分|[一二三四五六七八九十]+\\s*[、.．]|[（(]\\s*[一二三四五六七八九十\\d]+\\s*[)）]|\\d{1,2}\\s*[、.．](?!\\d)|[①-⑳])");

    private Numbering() {
    }

    /** True when the text opens with a number in one of the official styles. */
    public static boolean startsNumbered(String text) {
        return NUMBERED.matcher(text).find();
    }
}

package org.disclosurelens.text;

import java.util.regex.Pattern;

/** Recognises the numbering that opens a heading or list item: 第一部分, 一、, （一）, 1., ①. */
public final class Numbering {

    private static final Pattern NUMBERED = Pattern.compile(
            "^\\s*(第\\s*[一二三四五六七八九十\\d]+\\s*部\\s*分|[一二三四五六七八九十]+\\s*[、.．]|[（(]\\s*[一二三四五六七八九十\\d]+\\s*[)）]|\\d{1,2}\\s*[、.．](?!\\d)|[①-⑳])");

    private Numbering() {
    }

    /** The numbering styles of list items, outermost first: 一、 encloses （一）, which encloses 1., then （1）, then ①. */
    public enum Level {
        CHINESE("^\\s*[一二三四五六七八九十]+\\s*[、.．]"),
        PAREN_CHINESE("^\\s*[（(]\\s*[一二三四五六七八九十]+\\s*[)）]"),
        ARABIC("^\\s*\\d{1,2}\\s*[、.．](?!\\d)"),
        PAREN_ARABIC("^\\s*[（(]\\s*\\d{1,2}\\s*[)）]"),
        CIRCLED("^\\s*[①-⑳]"),
        NONE("(?!)");

        private final Pattern pattern;

        Level(String pattern) {
            this.pattern = Pattern.compile(pattern);
        }

        /** The level of the number the text opens with; NONE without one. */
        public static Level of(String text) {
            for (Level l : values()) {
                if (l.pattern.matcher(text).find()) {
                    return l;
                }
            }
            return NONE;
        }
    }

    private static final Pattern DIGITS = Pattern.compile("\\d{1,2}|[一二三四五六七八九十]+|[①-⑳]");

    /** The value of the number the text opens with (（三） is 3, ② is 2); 0 without one. */
    public static int number(String text) {
        if (Level.of(text) == Level.NONE) {
            return 0;
        }
        java.util.regex.Matcher m = DIGITS.matcher(text);
        if (!m.find()) {
            return 0;
        }
        String n = m.group();
        if (n.charAt(0) >= '①' && n.charAt(0) <= '⑳') {
            return n.charAt(0) - '①' + 1;
        }
        return n.chars().allMatch(Character::isDigit) ? Integer.parseInt(n) : ChineseNumerals.parse(n);
    }

    /** True when the text opens with a number in one of the official styles. */
    public static boolean startsNumbered(String text) {
        return NUMBERED.matcher(text).find();
    }
}

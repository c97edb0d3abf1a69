package org.disclosurelens.text;

/** Reads the numbers used to number parts and items: 一 to 九十九, 〇/零, 两, or ASCII digits. */
public final class ChineseNumerals {

    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumerals() {
    }

    /** The value of {@code s}, or -1 when it is not such a number. */
    public static int parse(String s) {
        if (s == null || s.isEmpty()) {
            return -1;
        }
        if (s.chars().allMatch(Character::isDigit)) {
            return s.length() > 4 ? -1 : Integer.parseInt(s);
        }
        String t = s.replace('〇', '零').replace('两', '二');
        int ten = t.indexOf('十');
        if (ten < 0) {
            return t.length() == 1 ? DIGITS.indexOf(t.charAt(0)) : -1;
        }
        int tens = ten == 0 ? 1 : digit(t.substring(0, ten));
        int units = ten == t.length() - 1 ? 0 : digit(t.substring(ten + 1));
        return tens < 0 || units < 0 ? -1 : tens * 10 + units;
    }

    private static int digit(String s) {
        return s.length() == 1 ? DIGITS.indexOf(s.charAt(0)) : -1;
    }

    /** 1 to 99 written in Chinese numerals, as parts are numbered (第十一部分). */
    public static String format(int n) {
        if (n < 1 || n > 99) {
            throw new IllegalArgumentException("out of range: " + n);
        }
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n));
        }
        String tens = n / 10 == 1 ? "" : String.valueOf(DIGITS.charAt(n / 10));
        String units = n % 10 == 0 ? "" : String.valueOf(DIGITS.charAt(n % 10));
        return tens + "十" + units;
    }
}

package org.disclosurelens.figure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads amounts: table cells ("1,109,300.00", "２７．８０", "50.00%", "1.2万") and amounts in
 * sentences ("110.93万元", "1,109,300.00元", "3亿5000万元", "57.14%"). Digits may be full width,
 * thousands may be separated by commas, and 万/亿 may sit inside the number. Hand-written because
 * no library reads Chinese money notation; the patterns have no nested quantifiers, so they run
 * in linear time on any input.
 */
public final class Amounts {

    private static final String NUMBER = "\\d{1,3}(?:[,，]\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
    private static final Pattern CELL = Pattern.compile(
            "^(?<sign>[-+])?(?<num>" + NUMBER + ")(?<scale>亿|千万|百万|万|千)?(?<unit>元|%)?$");
    private static final Pattern IN_TEXT = Pattern.compile(
            "(?<![\\d.,，])(?<sign>[-+])?(?:(?<yi>\\d+(?:\\.\\d+)?)亿(?=\\d))?(?<num>" + NUMBER + ")\\s?"
                    + "(?:(?<scale>亿|千万|百万|万|千)\\s?)?(?<unit>元|%)");
    private static final Pattern BLANK = Pattern.compile("^[-—–－/\\\\]*$");

    private Amounts() {
    }

    /** One amount found in a text, with where it is. */
    public record Found(Amount amount, int start, int end) {
    }

    /**
     * Folds full-width digits, point, percent and signs to ASCII, one character for one, so
     * positions in the folded text are positions in the original.
     */
    public static String fold(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '０' && c <= '９') {
                c = (char) ('0' + (c - '０'));
            } else if (c == '．') {
                c = '.';
            } else if (c == '％') {
                c = '%';
            } else if (c == '－' || c == '−') {
                c = '-';
            } else if (c == '＋') {
                c = '+';
            } else if (c == '\u3000' || c == '\u00A0') {
                c = ' ';
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /**
     * The amount in a table cell holding only a number, in {@code unit} unless the cell names its
     * own (万, 元, %); empty for a blank, a dash or text.
     */
    public static Optional<Amount> cell(String text, Unit unit) {
        String t = fold(text).replaceAll("[\\s]", "");
        if (t.isEmpty() || BLANK.matcher(t).matches()) {
            return Optional.empty();
        }
        Matcher m = CELL.matcher(t);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(build(m, null, unit, text.strip()));
    }

    /** True when the cell holds nothing but a number (or a dash meaning none). */
    public static boolean numeric(String text) {
        String t = fold(text).replaceAll("\\s", "");
        return !t.isEmpty() && CELL.matcher(t).matches();
    }

    /** Every amount with a unit (元, 万元, 亿元, %, …) in a sentence, left to right. */
    public static List<Found> find(String text) {
        String folded = fold(text);
        List<Found> found = new ArrayList<>();
        Matcher m = IN_TEXT.matcher(folded);
        while (m.find()) {
            found.add(new Found(build(m, m.group("yi"), null, text.substring(m.start(), m.end())), m.start(), m.end()));
        }
        return found;
    }

    private static Amount build(Matcher m, String yi, Unit fallback, String written) {
        BigDecimal value = new BigDecimal(m.group("num").replaceAll("[,，]", ""));
        String scale = m.group("scale");
        String unitText = m.group("unit");
        Unit unit;
        if ("%".equals(unitText)) {
            unit = Unit.PERCENT;
        } else if (scale == null) {
            unit = unitText != null ? Unit.YUAN : fallback;
        } else {
            unit = switch (scale) {
                case "亿" -> Unit.HUNDRED_MILLION_YUAN;
                case "千万" -> Unit.TEN_THOUSAND_YUAN;
                case "百万" -> Unit.MILLION_YUAN;
                case "万" -> Unit.TEN_THOUSAND_YUAN;
                default -> Unit.THOUSAND_YUAN;
            };
            if ("千万".equals(scale)) {
                value = value.movePointRight(3);
            }
        }
        if (yi != null && unit == Unit.TEN_THOUSAND_YUAN) {
            value = new BigDecimal(yi).movePointRight(4).add(value);
        }
        if ("-".equals(m.group("sign"))) {
            value = value.negate();
        }
        return new Amount(value, unit, written);
    }
}

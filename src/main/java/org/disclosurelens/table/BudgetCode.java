package org.disclosurelens.table;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A budget classification code split into 类/款/项: function codes have 3, 5 or 7 digits
 * (208, 20805, 2080501), economic codes 3 or 5 (301, 30101). Function codes start with 2,
 * economic ones with 3 (部门预算经济分类) or 5 (政府预算经济分类).
 *
 * @param lei the 类 digits (3), {@code kuan} the 款 digits (2) or "", {@code xiang} the 项 digits (2) or ""
 */
public record BudgetCode(String lei, String kuan, String xiang) {

    private static final Pattern CODE = Pattern.compile("^[1-9]\\d{2}(\\d{2}){0,2}$");
    /**
     * A code printed before the name in one cell: "[2011301]行政运行", "【301】工资福利支出", "20805 行政事业单位养老支出".
     * Without brackets only a function (2…) or economic (3…, 5…) code followed by a name, not by a
     * measure word ("300万元以上", "301人").
     */
    private static final Pattern LEADING = Pattern.compile(
            "^\\s*(?:[\\[【［](?<bracketed>[1-9]\\d{2}(?:\\d{2}){0,2})[\\]】］]|(?<bare>[235]\\d{2}(?:\\d{2}){0,2})(?=\\s*(?![万元亿千百个年月日人次台辆项件])\\p{IsHan}))\\s*(?<name>\\S.*)$",
            Pattern.DOTALL);

    /** A code and the name printed after it in the same cell. */
    public record Named(BudgetCode code, String name) {
    }

    /** Classification systems, as written in budget_lines.csv. */
    public enum System {
        FUNCTION("function"), ECONOMIC("economic");

        private final String label;

        System(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The code written whole in one cell: "2080501". */
    public static Optional<BudgetCode> parse(String text) {
        String t = text.strip();
        if (!CODE.matcher(t).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BudgetCode(t.substring(0, 3), t.length() > 3 ? t.substring(3, 5) : "",
                t.length() > 5 ? t.substring(5) : ""));
    }

    /**
     * The code printed at the start of a name cell, in brackets or followed by the name
     * (city budgets print {@code [2011301]行政运行} with no code column); empty when the cell does
     * not open with one.
     */
    public static Optional<Named> leading(String text) {
        java.util.regex.Matcher m = LEADING.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        String digits = m.group("bracketed") != null ? m.group("bracketed") : m.group("bare");
        return parse(digits).map(code -> new Named(code, m.group("name").strip()));
    }

    /**
     * The code written in separate 类, 款 and 项 cells ("208", "05", "01"). A one-digit 款 or 项 has
     * lost its leading zero (a spreadsheet turned "02" into 2) and is padded back.
     */
    public static Optional<BudgetCode> parts(String lei, String kuan, String xiang) {
        String k = pad(kuan.strip());
        String x = pad(xiang.strip());
        if (!lei.strip().matches("[1-9]\\d{2}") || k == null || x == null || k.isEmpty() && !x.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new BudgetCode(lei.strip(), k, x));
    }

    private static String pad(String s) {
        if (s.isEmpty()) {
            return "";
        }
        if (!s.matches("\\d{1,2}")) {
            return null;
        }
        return s.length() == 1 ? "0" + s : s;
    }

    public String code() {
        return lei + kuan + xiang;
    }

    /** 1 for a 类, 2 for a 款, 3 for a 项. */
    public int level() {
        return xiang.isEmpty() ? kuan.isEmpty() ? 1 : 2 : 3;
    }

    public System system() {
        return lei.startsWith("2") ? System.FUNCTION : System.ECONOMIC;
    }

    /** The code of the enclosing 类 or 款: "208" and "20805" for 2080501. */
    public String prefix(int level) {
        return level == 1 ? lei : level == 2 ? lei + kuan : code();
    }
}

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

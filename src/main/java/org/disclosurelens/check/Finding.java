package org.disclosurelens.check;

import org.disclosurelens.model.Location;

/**
 * One flag raised on a document, with what an auditor needs to show it to someone else: the rule,
 * the numbers for arithmetic rules, the text it rests on and where that text is, and for
 * copy-paste rules the other document it resembles.
 *
 * @param rule stable rule id, e.g. {@code ARITH-INCOME-TOTAL}; documented in docs/rules.md
 * @param expected the value the rule expected (arithmetic rules), "" otherwise
 * @param actual the value printed in the document, "" otherwise
 * @param evidence the text the finding rests on, as written
 * @param part the canonical part number (1-11) where the evidence is, 0 when unknown
 * @param location where the evidence starts
 * @param source for copy-paste rules, the other document and place ({@code <document id> p3:l12}), "" otherwise
 * @param doubt why what the rule read may be misread, "" when nothing says so: such a finding is
 *     info, whatever the rule's severity (docs/rules.md, "Possibly misread")
 */
public record Finding(
        String rule,
        Category category,
        Severity severity,
        String messageZh,
        String messageEn,
        String expected,
        String actual,
        String evidence,
        int part,
        Location location,
        String source,
        String doubt) implements java.io.Serializable {

    /** A finding nothing casts doubt on. */
    public Finding(String rule, Category category, Severity severity, String messageZh, String messageEn, String expected,
            String actual, String evidence, int part, Location location, String source) {
        this(rule, category, severity, messageZh, messageEn, expected, actual, evidence, part, location, source, "");
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(rule, category, newSeverity, messageZh, messageEn, expected, actual, evidence, part, location, source,
                doubt);
    }

    public Finding withValues(String newExpected, String newActual) {
        return new Finding(rule, category, severity, messageZh, messageEn, newExpected, newActual, evidence, part, location,
                source, doubt);
    }

    /** This finding with {@code where} as its other location (the second table, the earlier document). */
    public Finding withSource(String where) {
        return new Finding(rule, category, severity, messageZh, messageEn, expected, actual, evidence, part, location, where,
                doubt);
    }

    public Finding withMessages(String zh, String en) {
        return new Finding(rule, category, severity, zh, en, expected, actual, evidence, part, location, source, doubt);
    }

    /**
     * This finding as one resting on text that may be misread: info, its messages saying why
     * (可能误读 / possibly misread), the reason in {@code doubt}.
     */
    public Finding possiblyMisread(String whyZh, String whyEn) {
        return new Finding(rule, category, Severity.INFO, messageZh + "（可能误读：" + whyZh + "）",
                messageEn + " (possibly misread: " + whyEn + ")", expected, actual, evidence, part, location, source, whyEn);
    }

    /** "low" when something says the rule may have misread its input, else "high". */
    public String confidence() {
        return doubt.isEmpty() ? "high" : "low";
    }
}

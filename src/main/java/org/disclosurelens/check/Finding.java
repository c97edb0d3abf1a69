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
        String source) {

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(rule, category, newSeverity, messageZh, messageEn, expected, actual, evidence, part, location, source);
    }

    public Finding withValues(String newExpected, String newActual) {
        return new Finding(rule, category, severity, messageZh, messageEn, newExpected, newActual, evidence, part, location,
                source);
    }

    public Finding withMessages(String zh, String en) {
        return new Finding(rule, category, severity, zh, en, expected, actual, evidence, part, location, source);
    }
}

package org.disclosurelens.check;

import java.math.BigDecimal;
import org.disclosurelens.model.Location;
import org.disclosurelens.structure.CanonicalPart;

/** A rule's fixed description, its entry in the catalogue ({@link RuleId}), set once by each rule. */
abstract class BaseRule implements Rule {

    private final RuleId rule;

    BaseRule(RuleId rule) {
        this.rule = rule;
    }

    @Override
    public final RuleId rule() {
        return rule;
    }

    /** A finding of this rule on evidence found at {@code location} in {@code part}. */
    final Finding at(CanonicalPart part, Location location, String evidence, String zh, String en) {
        return new Finding(id(), category(), severity(), zh, en, "", "", Evidence.cap(evidence), part == null ? 0 : part.number(),
                location, "");
    }

    /** An arithmetic finding: what the parts make, what the document prints. */
    final Finding mismatch(CanonicalPart part, Location location, String evidence, String zh, String en,
            BigDecimal expected, BigDecimal actual) {
        return at(part, location, evidence, zh, en).withValues(Sums.show(expected), Sums.show(actual));
    }
}

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
    /** The year of a budget or final accounts (预算, 决算) whose year was read; none for other documents. */
    static java.util.OptionalInt yearOfKind(Disclosure d) {
        String kind = d.identity().kind();
        return d.identity().year().matches("\\d{4}") && (kind.equals("预算") || kind.equals("决算"))
                ? java.util.OptionalInt.of(Integer.parseInt(d.identity().year())) : java.util.OptionalInt.empty();
    }

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

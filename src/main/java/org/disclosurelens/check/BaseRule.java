package org.disclosurelens.check;

import java.math.BigDecimal;
import org.disclosurelens.model.Location;
import org.disclosurelens.structure.CanonicalPart;

/** A rule's fixed description: id, category, severity and title, set once by each rule. */
abstract class BaseRule implements Rule {

    private final String id;
    private final Category category;
    private final Severity severity;
    private final String title;

    BaseRule(String id, Category category, Severity severity, String title) {
        this.id = id;
        this.category = category;
        this.severity = severity;
        this.title = title;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Category category() {
        return category;
    }

    @Override
    public final Severity severity() {
        return severity;
    }

    @Override
    public final String title() {
        return title;
    }

    /** A finding of this rule on evidence found at {@code location} in {@code part}. */
    final Finding at(CanonicalPart part, Location location, String evidence, String zh, String en) {
        return new Finding(id, category, severity, zh, en, "", "", Evidence.cap(evidence), part == null ? 0 : part.number(),
                location, "");
    }

    /** An arithmetic finding: what the parts make, what the document prints. */
    final Finding mismatch(CanonicalPart part, Location location, String evidence, String zh, String en,
            BigDecimal expected, BigDecimal actual) {
        return at(part, location, evidence, zh, en).withValues(Sums.show(expected), Sums.show(actual));
    }
}

package org.disclosurelens.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.disclosurelens.model.Location;

/**
 * Runs the enabled rules on a document. A rule that fails on some input reports that as an info
 * finding instead of losing the document's other findings.
 */
public final class Checker {

    private final List<Rule> rules;
    private final RuleChoice choice;

    public Checker(RuleChoice choice) {
        this.rules = Rules.all().stream().filter(r -> choice.runs(r.rule())).toList();
        this.choice = choice;
    }

    public List<Finding> check(Disclosure document) {
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            try {
                rule.check(document).forEach(f -> findings.add(choice.apply(f)));
            } catch (RuntimeException e) {
                findings.add(new Finding(rule.id(), rule.category(), Severity.INFO, "规则执行出错，未能检查",
                        "the rule failed on this document (" + e.getClass().getSimpleName() + "); please report it",
                        "", "", "", 0, Location.UNKNOWN, ""));
            }
        }
        findings.sort(Comparator.comparingInt((Finding f) -> f.location().page())
                .thenComparingInt(f -> f.location().line()).thenComparing(Finding::rule));
        return List.copyOf(findings);
    }
}

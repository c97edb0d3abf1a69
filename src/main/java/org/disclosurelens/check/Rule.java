package org.disclosurelens.check;

import java.util.List;

/**
 * One audit rule: a stable id (documented in docs/rules.md), a category, the severity of what it
 * finds, and the check itself. Rules keep no state between documents.
 */
public interface Rule {

    /** The rule's entry in the catalogue: its id, category, default severity and titles. */
    RuleId rule();

    default String id() {
        return rule().id();
    }

    default Category category() {
        return rule().category();
    }

    default Severity severity() {
        return rule().severity();
    }

    /** One line saying what the rule checks, for {@code analyze --rules}. */
    default String title() {
        return rule().title();
    }

    List<Finding> check(Disclosure document);

    /** A finding of this rule at a place in the document. */
    default Finding finding(Disclosure d, int block, String evidence, String zh, String en) {
        var part = d.partAt(block);
        return new Finding(id(), category(), severity(), zh, en, "", "", evidence, part == null ? 0 : part.number(),
                d.blocks().get(block).location(), "");
    }
}

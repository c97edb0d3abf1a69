package org.disclosurelens.check;

import java.util.List;

/**
 * One audit rule: a stable id (documented in docs/rules.md), a category, the severity of what it
 * finds, and the check itself. Rules keep no state between documents.
 */
public interface Rule {

    String id();

    Category category();

    Severity severity();

    /** One line saying what the rule checks, for {@code analyze --rules}. */
    String title();

    List<Finding> check(Disclosure document);

    /** A finding of this rule at a place in the document. */
    default Finding finding(Disclosure d, int block, String evidence, String zh, String en) {
        var part = d.partAt(block);
        return new Finding(id(), category(), severity(), zh, en, "", "", evidence, part == null ? 0 : part.number(),
                d.blocks().get(block).location(), "");
    }
}

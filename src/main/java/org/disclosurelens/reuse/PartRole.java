package org.disclosurelens.reuse;

/**
 * What a canonical part means for copy detection. The parts an issuer should write itself
 * (duties, performance goals, measures and indicators, other matters, project explanations) are
 * searched for reuse. The overview and the 三公 part are searched too, for their explanations of
 * change, but they are mostly forms whose figures each issuer fills in: there a passage counts as
 * copied only when it is nearly identical. The glossary and the preamble with its legal citation
 * are template by design: whatever they share is never reported, and text elsewhere that repeats
 * them is template too. The other parts are fixed sentences with figures, left to the checks.
 */
enum PartRole {
    SPECIFIC, FIGURES, TEMPLATE, OTHER;

    /** Below this similarity a passage of a form part is the same form with other figures. */
    static final double FORM_SIMILARITY = 0.9;

    /** Blocks of a document that can be its title and opening citation. */
    static final int PREAMBLE_BLOCKS = 4;

    static PartRole of(TextUnit unit, boolean sectioned) {
        return switch (unit.part()) {
            case 1, 5, 9, 11 -> SPECIFIC;
            case 2, 4 -> FIGURES;
            case 8 -> TEMPLATE;
            // Before the first heading come the title and the opening citation, when there is an
            // outline at all (without one, part 0 is the whole document). Further blocks before
            // the first heading are a table of contents, or content whose heading was missed:
            // neither template nor searched.
            case 0 -> sectioned && unit.block() < PREAMBLE_BLOCKS ? TEMPLATE : OTHER;
            default -> OTHER;
        };
    }

    /** True for the parts searched for reuse. */
    boolean searched() {
        return this == SPECIFIC || this == FIGURES;
    }
}

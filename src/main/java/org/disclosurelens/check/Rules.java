package org.disclosurelens.check;

import java.util.List;

/** Every rule; `analyze --rules` lists them and `--disable` switches them off by id. */
public final class Rules {

    private static final List<Rule> ALL = List.of(
            new ForeignPlaceRule(),
            new DivisionCodeRule(),
            new OutOfDomainRule(),
            new ProcurementContradictionRule(false),
            new ProcurementContradictionRule(true),
            new DraftingDebrisRule(false),
            new DraftingDebrisRule(true),
            new CompletenessRule());

    private Rules() {
    }

    public static List<Rule> all() {
        return ALL;
    }
}

package org.disclosurelens.check;

import java.util.List;
import org.disclosurelens.model.Location;

/** COMPLETENESS-MISSING: an item the disclosure rules require is not in the document; see {@link Completeness}. */
final class CompletenessRule extends BaseRule {

    CompletenessRule() {
        super(RuleId.COMPLETENESS_MISSING);
    }

    @Override
    public List<Finding> check(Disclosure d) {
        if (!Completeness.applies(d)) {
            return List.of();
        }
        return Completeness.items(d).stream().filter(i -> !i.present())
                .map(i -> new Finding(id(), category(), i.whenMissing(), i.zh(), i.en(), "", "", i.id(), 0,
                        Location.UNKNOWN, ""))
                .toList();
    }
}

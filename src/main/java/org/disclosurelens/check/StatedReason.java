package org.disclosurelens.check;

import java.util.regex.Pattern;

/** Where a sentence gives a reason: 原因是/为/： and the clause after it (group 2), to the next comma or stop. */
final class StatedReason {

    static final Pattern PATTERN = Pattern.compile("原因(是|为|：|:)?([^，,；;。]*)");

    private StatedReason() {
    }
}

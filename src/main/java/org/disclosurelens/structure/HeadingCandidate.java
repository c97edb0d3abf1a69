package org.disclosurelens.structure;

import java.util.List;
import org.disclosurelens.model.Location;

/**
 * A paragraph that reads like a heading: its numbering style, number ("" when unnumbered), the
 * number and title as written, and the parts its title names.
 */
record HeadingCandidate(
        int block,
        NumberingStyle style,
        int number,
        String numberText,
        String title,
        String text,
        Location location,
        List<CanonicalPart> parts) {

    HeadingCandidate {
        parts = List.copyOf(parts);
    }

    boolean names(CanonicalPart part) {
        return parts.contains(part);
    }
}

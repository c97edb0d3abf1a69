package org.disclosurelens.structure;

import java.util.List;
import org.disclosurelens.model.Location;

/**
 * A heading and the blocks up to the next heading of the same or a higher level.
 *
 * @param index position in the document's section list
 * @param parent index of the enclosing section, -1 for a top-level one
 * @param level 1 for the parts of the outline, 2 and more for what they contain
 * @param part the canonical part the section belongs to: what its title names, else its parent's
 * @param named every canonical part the title names; more than one for merged parts
 * @param number the number as written (第一部分, 一, （一）, 1), or "" when the heading has none
 * @param numberFromToc true when the heading has no number and {@code number} is the table of contents'
 * @param title the title as written, without its number
 * @param startBlock index of the heading block; {@code endBlock} is exclusive
 * @param characters characters of text in the section's blocks, heading included
 */
public record Section(
        int index,
        int parent,
        int level,
        CanonicalPart part,
        List<CanonicalPart> named,
        String number,
        boolean numberFromToc,
        String title,
        int startBlock,
        int endBlock,
        Location start,
        Location end,
        int characters) {

    public Section {
        named = List.copyOf(named);
    }
}

package org.disclosurelens.check;

import java.util.ArrayList;
import java.util.List;
import org.disclosurelens.data.DocumentData;
import org.disclosurelens.identify.DocumentIdentity;
import org.disclosurelens.model.Block;
import org.disclosurelens.structure.CanonicalPart;
import org.disclosurelens.structure.DocumentStructure;
import org.disclosurelens.structure.Section;

/**
 * What a rule reads: one analysed document, with its outline to find the blocks of each part and
 * the figures read from its tables and prose.
 */
public record Disclosure(String id, DocumentIdentity identity, DocumentStructure structure, List<Block> blocks,
        DocumentData data) {

    public Disclosure {
        blocks = List.copyOf(blocks);
    }

    /** The amounts the prose states for the document's year, as the rules read them. */
    public ProseAmounts prose() {
        return new ProseAmounts(this);
    }

    /** The canonical part of the innermost section holding block {@code index}, or null before the outline. */
    public CanonicalPart partAt(int index) {
        CanonicalPart part = null;
        for (Section s : structure.sections()) {
            if (s.startBlock() <= index && index < s.endBlock()) {
                part = s.part();
            }
        }
        return part;
    }

    /** Indices of the blocks in the sections of {@code part} (at any level), in order. */
    public List<Integer> blocksOf(CanonicalPart part) {
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (partAt(i) == part) {
                indices.add(i);
            }
        }
        return indices;
    }

    /** The text of the blocks of {@code part}, one block per line. */
    public String textOf(CanonicalPart part) {
        StringBuilder sb = new StringBuilder();
        for (int i : blocksOf(part)) {
            sb.append(blocks.get(i).text()).append('\n');
        }
        return sb.toString();
    }

    /**
     * The titles of the sections enclosing the block that starts at {@code location}, outermost
     * first: what the text there is about ("三、一般公共预算当年拨款情况说明"). Empty when no block starts there.
     */
    public List<String> headingsAt(org.disclosurelens.model.Location location) {
        int index = -1;
        for (int i = 0; i < blocks.size() && index < 0; i++) {
            if (blocks.get(i).location().equals(location)) {
                index = i;
            }
        }
        List<String> titles = new ArrayList<>();
        for (Section s : structure.sections()) {
            if (index >= 0 && s.startBlock() <= index && index < s.endBlock()) {
                titles.add(s.title());
            }
        }
        return titles;
    }

    /** True when some section maps to {@code part}. */
    public boolean has(CanonicalPart part) {
        return structure.partsFound().contains(part);
    }
}

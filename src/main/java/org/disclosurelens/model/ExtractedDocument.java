package org.disclosurelens.model;

import java.util.List;

/**
 * What extraction yields for one file, whatever its format: the blocks in reading order, the page
 * count (0 for formats without pages), the text encoding when the source was text, the page layouts
 * of a PDF or OFD (empty for other formats) and warnings that did not stop extraction.
 */
public record ExtractedDocument(
        SourceFormat format,
        int pages,
        String charset,
        List<Block> blocks,
        List<PageLayout> pageLayouts,
        List<String> warnings) {

    public ExtractedDocument {
        blocks = List.copyOf(blocks);
        pageLayouts = List.copyOf(pageLayouts);
        warnings = List.copyOf(warnings);
    }

    public ExtractedDocument withBlocks(List<Block> newBlocks) {
        return new ExtractedDocument(format, pages, charset, newBlocks, pageLayouts, warnings);
    }

    /** The same document with {@code more} warnings after its own. */
    public ExtractedDocument withWarnings(List<String> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<String> all = new java.util.ArrayList<>(warnings);
        all.addAll(more);
        return new ExtractedDocument(format, pages, charset, blocks, pageLayouts, all);
    }

    public int characterCount() {
        return blocks.stream().mapToInt(b -> b.text().length()).sum();
    }
}

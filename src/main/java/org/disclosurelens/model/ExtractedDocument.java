package org.disclosurelens.model;

import java.util.List;

/**
 * What extraction yields for one file, whatever its format: the blocks in reading order, the page
 * count (0 for formats without pages), the text encoding when the source was text, the page layouts
 * of a PDF or OFD (empty for other formats), warnings that did not stop extraction, and the pages
 * read by OCR (empty when every page had a text layer).
 */
public record ExtractedDocument(
        SourceFormat format,
        int pages,
        String charset,
        List<Block> blocks,
        List<PageLayout> pageLayouts,
        List<String> warnings,
        List<OcrReading> ocrPages) {

    public ExtractedDocument {
        blocks = List.copyOf(blocks);
        pageLayouts = List.copyOf(pageLayouts);
        warnings = List.copyOf(warnings);
        ocrPages = List.copyOf(ocrPages);
    }

    /** A document read entirely from its text. */
    public ExtractedDocument(SourceFormat format, int pages, String charset, List<Block> blocks, List<PageLayout> pageLayouts,
            List<String> warnings) {
        this(format, pages, charset, blocks, pageLayouts, warnings, List.of());
    }

    public ExtractedDocument withBlocks(List<Block> newBlocks) {
        return new ExtractedDocument(format, pages, charset, newBlocks, pageLayouts, warnings, ocrPages);
    }

    /** How the text at {@code where} was read by OCR, or empty when it came from a text layer. */
    public java.util.Optional<OcrReading> ocrAt(Location where) {
        return ocrPages.stream().filter(r -> r.page() == where.page()).findFirst();
    }

    /** The same document with {@code more} warnings after its own. */
    public ExtractedDocument withWarnings(List<String> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<String> all = new java.util.ArrayList<>(warnings);
        all.addAll(more);
        return new ExtractedDocument(format, pages, charset, blocks, pageLayouts, all, ocrPages);
    }

    public int characterCount() {
        return blocks.stream().mapToInt(b -> b.text().length()).sum();
    }
}

package org.disclosurelens.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationHighlight;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.disclosurelens.extract.DocumentExtractor;
import org.disclosurelens.extract.ExtractionException;
import org.disclosurelens.model.ExtractedDocument;
import org.disclosurelens.model.PageLayout;
import org.disclosurelens.model.TextLine;

/**
 * Writes a copy of a PDF with a highlight over each finding's evidence and a note carrying its rule
 * and message, so that an auditor reads every finding where it stands on the page. PDFBox writes the
 * annotations (a highlight with its appearance stream, which every viewer shows); finding the place
 * is ours: the finding's location is the first line of its paragraph or the row of its table, as the
 * PDF reader numbered the page's lines, and its evidence is looked for in that line and the lines
 * after it (spaces aside, as the reader joins runs with a space), then anywhere on the page; a
 * table's row quoted as evidence ("2010101 行政运行 | 合计 1672.67") is its own line. The
 * lines the evidence covers are highlighted; a finding whose evidence is found nowhere is marked on
 * its own line when the page has it, and otherwise counted as not placed. Findings of the whole
 * document (a part missing, a table the 目录 lists and the body lacks: no page) go together into one
 * note at the top of the first page, so that none is lost. Pages turned by /Rotate are not marked
 * (their text positions are in the turned page's space).
 */
public final class PdfAnnotator {

    /** Lines after a finding's own that its evidence may reach into (a long paragraph, a table's rows). */
    private static final int REACH = 40;
    /** Characters of the evidence looked for: its opening, which the reader keeps whole. */
    private static final int PROBE = 24;

    /** A finding to mark: where the analysis located it, what it quoted, and what it says. */
    public record Mark(int page, int line, String evidence, String rule, String severity, String message) {
    }

    /**
     * How many findings were marked over their evidence, how many on their own line only (the
     * evidence not found in the text read), how many in the first page's note, and how many could
     * not be placed.
     */
    public record Result(int marked, int lineOnly, int noted, int unplaced) {
    }

    /** A mark's page (1-based) and boxes there, and whether its evidence was found (else its own line stands for it). */
    private record Placement(int page, List<Box> boxes, boolean found) {
    }

    /** The lines of one page a mark covers, as highlight boxes. */
    private record Box(float left, float right, float top, float bottom) {
    }

    /**
     * Writes {@code pdf} with {@code marks} to {@code target} (its folders made as needed).
     *
     * @throws ExtractionException when the PDF cannot be read (encrypted, corrupt, no text)
     */
    public Result annotate(Path pdf, List<Mark> marks, Path target) throws IOException, ExtractionException {
        ExtractedDocument read = new DocumentExtractor().extract(pdf);
        int marked = 0;
        int lineOnly = 0;
        int noted = 0;
        int unplaced = 0;
        List<Mark> whole = marks.stream().filter(m -> m.page() == 0).toList();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            if (!whole.isEmpty() && document.getNumberOfPages() > 0) {
                document.getPage(0).getAnnotations().add(note(document, document.getPage(0), whole));
                noted = whole.size();
            } else {
                unplaced += whole.size();
            }
            for (Mark mark : marks) {
                if (mark.page() == 0) {
                    continue;
                }
                if (mark.page() > document.getNumberOfPages() || mark.page() > read.pageLayouts().size()) {
                    unplaced++;
                    continue;
                }
                Placement placed = place(read.pageLayouts(), mark);
                PDPage page = document.getPage(placed.page() - 1);
                if (placed.boxes().isEmpty() || page.getRotation() % 360 != 0) {
                    unplaced++;
                    continue;
                }
                page.getAnnotations().add(highlight(document, page, placed.boxes(), mark));
                marked += placed.found() ? 1 : 0;
                lineOnly += placed.found() ? 0 : 1;
            }
            if (target.getParent() != null) {
                Files.createDirectories(target.getParent());
            }
            document.save(target.toFile());
        }
        return new Result(marked, lineOnly, noted, unplaced);
    }

    /**
     * Where the mark's evidence stands: from its own line on, anywhere on its page, or at the top of
     * the next page (a paragraph going on over the page break); else its own line, not found.
     */
    private static Placement place(List<PageLayout> pages, Mark mark) {
        List<TextLine> lines = pages.get(mark.page() - 1).lines();
        int own = 0;
        while (own < lines.size() && lines.get(own).number() != mark.line()) {
            own++;
        }
        if (mark.evidence().contains(" | ") && own < lines.size()) {
            // A table's row as evidence ("2010101 行政运行 | 合计 1672.67"): the row is its own line.
            String first = mark.evidence().strip().split("[|\\s]+")[0];
            return new Placement(mark.page(), List.of(box(lines.get(own))), compact(lines.get(own).text()).contains(first));
        }
        String key = compact(mark.evidence());
        String probe = key.substring(0, Math.min(PROBE, key.length()));
        List<Integer> covered = cover(lines, own < lines.size() ? own : 0, key, probe);
        if (covered.isEmpty() && own > 0 && own < lines.size()) {
            covered = cover(lines, 0, key, probe);
        }
        if (covered.isEmpty() && mark.page() < pages.size()) {
            List<TextLine> next = pages.get(mark.page()).lines();
            List<Integer> there = cover(next, 0, key, probe);
            if (!there.isEmpty()) {
                return new Placement(mark.page() + 1, there.stream().map(i -> box(next.get(i))).toList(), true);
            }
        }
        boolean found = !covered.isEmpty();
        if (!found && own < lines.size()) {
            covered = List.of(own);
        }
        return new Placement(mark.page(), covered.stream().map(i -> box(lines.get(i))).toList(), found);
    }

    /**
     * The lines from {@code from} on that the evidence covers: where its opening is found in the
     * lines' text run together, to where the evidence (or the run of lines) ends.
     */
    private static List<Integer> cover(List<TextLine> lines, int from, String key, String probe) {
        StringBuilder text = new StringBuilder();
        List<Integer> starts = new ArrayList<>();
        int last = Math.min(lines.size(), from + REACH);
        for (int i = from; i < last; i++) {
            starts.add(text.length());
            text.append(compact(lines.get(i).text()));
        }
        int at = probe.isEmpty() ? -1 : text.indexOf(probe);
        if (at < 0) {
            return List.of();
        }
        int end = Math.min(text.length(), at + key.length());
        List<Integer> covered = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            int lineEnd = k + 1 < starts.size() ? starts.get(k + 1) : text.length();
            if (lineEnd > at && starts.get(k) < end) {
                covered.add(from + k);
            }
        }
        return covered;
    }

    /**
     * A line's box in the reader's coordinates (from the top left of the crop box): its runs' extent,
     * from a character's height above the baseline to a quarter of one below, a character being as
     * high as it is wide ({@link TextLine#characterWidth}).
     */
    private static Box box(TextLine line) {
        float em = Math.max(4f, Math.min(40f, line.characterWidth()));
        return new Box(line.x0(), line.x1(), line.y() - 0.9f * em, line.y() + 0.25f * em);
    }

    private static PDAnnotationHighlight highlight(PDDocument document, PDPage page, List<Box> boxes, Mark mark) {
        PDRectangle crop = page.getCropBox();
        float[] quads = new float[boxes.size() * 8];
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        float top = -Float.MAX_VALUE;
        float bottom = Float.MAX_VALUE;
        for (int i = 0; i < boxes.size(); i++) {
            Box b = boxes.get(i);
            float x0 = crop.getLowerLeftX() + b.left();
            float x1 = crop.getLowerLeftX() + b.right();
            float y0 = crop.getUpperRightY() - b.top();
            float y1 = crop.getUpperRightY() - b.bottom();
            // Upper left, upper right, lower left, lower right: the order viewers read.
            System.arraycopy(new float[] {x0, y0, x1, y0, x0, y1, x1, y1}, 0, quads, i * 8, 8);
            left = Math.min(left, x0);
            right = Math.max(right, x1);
            top = Math.max(top, y0);
            bottom = Math.min(bottom, y1);
        }
        PDAnnotationHighlight h = new PDAnnotationHighlight();
        h.setRectangle(new PDRectangle(left, bottom, right - left, top - bottom));
        h.setQuadPoints(quads);
        h.setColor(new PDColor(colour(mark.severity()), PDDeviceRGB.INSTANCE));
        h.setSubject(mark.rule());
        h.setTitlePopup("Disclosure Lens");
        h.setContents(mark.rule() + " (" + mark.severity() + ")\n" + mark.message());
        h.setPrinted(true);
        h.constructAppearances(document);
        return h;
    }

    /** One note at the top left of the first page listing the findings of the whole document, each with its rule and severity. */
    private static PDAnnotationText note(PDDocument document, PDPage first, List<Mark> whole) {
        PDRectangle crop = first.getCropBox();
        PDAnnotationText note = new PDAnnotationText();
        note.setName(PDAnnotationText.NAME_COMMENT);
        note.setRectangle(new PDRectangle(crop.getLowerLeftX() + 12f, crop.getUpperRightY() - 32f, 20f, 20f));
        String worst = whole.stream().map(Mark::severity).filter("error"::equals).findFirst()
                .orElse(whole.stream().map(Mark::severity).filter("warning"::equals).findFirst().orElse("info"));
        note.setColor(new PDColor(colour(worst), PDDeviceRGB.INSTANCE));
        note.setTitlePopup("Disclosure Lens");
        note.setSubject("全文 / whole document");
        note.setContents(String.join("\n\n", whole.stream().map(m -> m.rule() + " (" + m.severity() + ")\n" + m.message()).toList()));
        note.setPrinted(true);
        note.constructAppearances(document);
        return note;
    }

    /** Red for an error, amber for a warning, blue for information. */
    private static float[] colour(String severity) {
        return switch (severity.toLowerCase(Locale.ROOT)) {
            case "error" -> new float[] {1f, 0.35f, 0.35f};
            case "warning" -> new float[] {1f, 0.8f, 0.2f};
            default -> new float[] {0.55f, 0.75f, 1f};
        };
    }

    /** The text without spaces and without the ellipsis a capped evidence ends with. */
    private static String compact(String text) {
        return text.replaceAll("\\s+", "").replaceAll("…+$", "");
    }
}

package org.disclosurelens.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.disclosurelens.model.Block;
import org.disclosurelens.model.Location;
import org.disclosurelens.model.PageLayout;
import org.disclosurelens.model.Paragraph;
import org.disclosurelens.model.TextChunk;
import org.disclosurelens.model.TextLine;
import org.disclosurelens.text.Numbering;

/**
 * Turns PDF lines into blocks, in two steps: each page's lines become paragraphs and tables
 * ({@link Piece}s), then {@link PageBreakJoiner} joins the tables that go on over a page break.
 * Tables drawn with rulings are rebuilt cell by cell ({@link LatticeTables}) and their text taken
 * out of the lines. Prose: a line joins the paragraph above when the line above runs to the page's
 * right margin and this one is not indented further and has no numbering; Chinese paragraphs open
 * with an indent, so that is a continuation, also across a page break (unless the paragraph ended a
 * sentence and the next page opens with a short line: a title). Page numbers at the top or bottom of
 * a page are dropped. Other table rows (lines with wide gaps, or lines that start in a column away
 * from the margin) are grouped into tables by column alignment ({@link StreamTables}).
 */
final class PdfBlockBuilder {

    private static final Pattern PAGE_NUMBER =
            Pattern.compile("^[-—–－─\\s]*\\d{1,4}[-—–－─\\s]*$|^第\\s*\\d+\\s*页(\\s*共\\s*\\d+\\s*页)?$|^\\d+\\s*/\\s*\\d+$");
    private static final Pattern PART_NUMBER = Pattern.compile("^第\\s*[一二三四五六七八九十\\d]+\\s*部\\s*分$");
    /** Lines this long are prose, not titles or cells. */
    private static final int PROSE = 20;
    /** A gap this many font sizes wide separates table cells; prose has none. */
    private static final float CELL_GAP = 2.0f;

    private final List<Piece> pieces = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private Location start;
    private float fontSize;
    private final List<StreamTables.Line> rows = new ArrayList<>();
    private final List<Float> columns = new ArrayList<>();

    private PdfBlockBuilder() {
    }

    static List<Block> build(List<PageLayout> pages) {
        RunningLines running = RunningLines.of(pages, PdfBlockBuilder::body);
        return PageBreakJoiner.join(pieces(pages, running), running);
    }

    /** The pages' paragraphs and tables in reading order, each table as found on its page, running heads left out. */
    static List<Piece> pieces(List<PageLayout> pages, RunningLines running) {
        PdfBlockBuilder builder = new PdfBlockBuilder();
        Margins margins = Margins.of(pages.stream().flatMap(p -> p.lines().stream()).toList());
        TextLine previous = null;
        for (PageLayout page : pages) {
            LatticeTables.Found found = LatticeTables.find(page);
            List<TextLine> lines = running.withoutConstant(page.number(), body(without(page.lines(), found.used())));
            List<PdfTable> tables = found.tables();
            int t = 0;
            boolean first = true;
            for (TextLine line : lines) {
                while (t < tables.size() && tables.get(t).top() <= line.y()) {
                    builder.flushParagraph();
                    builder.flushRows();
                    builder.pieces.add(new Piece.Grid(tables.get(t++)));
                    previous = null;
                }
                Location location = new Location(page.number(), line.number());
                boolean title = titleLike(line, margins, page.width());
                if (tabular(line) || !title && (offColumn(line, margins) || builder.alignsWithColumn(line, margins))) {
                    builder.flushParagraph();
                    builder.addRow(line, location);
                    previous = null;
                    first = false;
                    continue;
                }
                builder.flushRows();
                if (previous != null && continues(previous, margins, line, first) && !(first && endsTitleAfterSentence(builder.text, line))) {
                    appendJoined(builder.text, line.text());
                } else {
                    builder.flushParagraph();
                    builder.text.append(line.text());
                    builder.start = location;
                    builder.fontSize = line.fontSize();
                }
                previous = line;
                first = false;
            }
            while (t < tables.size()) {
                builder.flushParagraph();
                builder.flushRows();
                builder.pieces.add(new Piece.Grid(tables.get(t++)));
                previous = null;
            }
        }
        builder.flushParagraph();
        builder.flushRows();
        return builder.pieces;
    }

    /**
     * True when the paragraph so far ends a sentence and the line opening the next page is short:
     * a title ("表 2") after a note, not the note going on.
     */
    private static boolean endsTitleAfterSentence(CharSequence paragraph, TextLine line) {
        int n = paragraph.length();
        return n > 0 && "。；！？".indexOf(paragraph.charAt(n - 1)) >= 0 && line.text().length() < PROSE;
    }

    /** The lines without the text runs a table took; lines left empty are dropped. */
    private static List<TextLine> without(List<TextLine> lines, java.util.Map<TextChunk, Boolean> used) {
        if (used.isEmpty()) {
            return lines;
        }
        List<TextLine> out = new ArrayList<>();
        for (TextLine line : lines) {
            List<TextChunk> rest = line.chunks().stream().filter(c -> !used.containsKey(c)).toList();
            if (!rest.isEmpty()) {
                out.add(rest.size() == line.chunks().size() ? line : new TextLine(rest, line.number()));
            }
        }
        return out;
    }

    /** The page's lines without a page number as its first or last line. */
    static List<TextLine> body(List<TextLine> lines) {
        List<TextLine> body = new ArrayList<>(lines);
        if (!body.isEmpty() && PAGE_NUMBER.matcher(body.get(body.size() - 1).text()).matches()) {
            body.remove(body.size() - 1);
        }
        if (!body.isEmpty() && PAGE_NUMBER.matcher(body.get(0).text()).matches()) {
            body.remove(0);
        }
        return body;
    }

    /**
     * A line goes on with the paragraph above when that line runs to the right margin, this one is
     * not indented further nor numbered, and both are set in the body's size. On one page, sizes
     * within 1.5pt are one size: a Word document sets its digits in the Latin font and its Chinese
     * in the CJK font, which PDFBox reports a point apart at one nominal size (10.5pt: 11 on a line
     * with amounts, 10 on the Chinese line that finishes its sentence, "…主要原因是增" / "加了…");
     * titles stand 2pt or more above the body. Over a page break the sizes must agree within a
     * point: a note closing a table's page ("注：本部门无该项目") is not continued by the next
     * table's label ("公开11表", ../shared/corpus-real 035).
     *
     * <p>Text set flush left stops short of the margin where the next word would not fit: an
     * amount is not broken, so "…支出决算为" ends three characters early when "361.12万元" follows.
     * A line that ends mid-sentence (no 。；！？：) runs to the margin when the amount opening the
     * next line would have taken it there, within half a character: the amount's digits at half
     * the width of the line's Chinese characters, measured on the line (PDFBox's font sizes are
     * not widths: 40 for Beijing's 16pt text, where a heading ending 95pt short of the margin must
     * stay a heading before "2026 年…"), and only for a line at the left margin: an indented line
     * opens a paragraph (Beijing's "（四）市对区专项转移支付项目绩效目标情况说明", a heading that
     * fills its line, then "2026 年，根据…" indented as the heading is). On one page only: a heading closing a page
     * ("十一、…机关运行经费支出预算情况说明") is not continued by the year opening the next
     * (../shared/corpus-real 016).
     */
    private static boolean continues(TextLine previous, Margins margins, TextLine line, boolean pageBreak) {
        float size = Math.max(1f, line.fontSize());
        return (previous.x1() >= margins.right - 2f * size || !pageBreak && brokenBeforeWord(previous, margins, line))
                && line.x0() <= previous.x0() + 0.3f * size
                && Math.abs(previous.fontSize() - line.fontSize()) < (pageBreak ? 1.0f : 1.5f)
                && !Numbering.startsNumbered(line.text());
    }

    /** True when {@code previous} stops mid-sentence where the word opening {@code line} would have passed the margin. */
    private static boolean brokenBeforeWord(TextLine previous, Margins margins, TextLine line) {
        String text = previous.text();
        int word = leadingWord(line.text());
        if (text.isEmpty() || word == 0 || "。；！？：".indexOf(text.charAt(text.length() - 1)) >= 0) {
            return false;
        }
        float em = previous.characterWidth();
        // A closing mark no line may open with goes with the word ("8.59%，").
        float closing = word < line.text().length() && "，。、；：）》”".indexOf(line.text().charAt(word)) >= 0 ? 1f : 0f;
        return line.x0() <= margins.left + 0.5f * em && previous.x1() + (word * 0.5f + closing) * em >= margins.right - 0.5f * em;
    }

    /** The characters of the word a line opens with that a line is not broken inside: digits, Latin letters, their marks. */
    private static int leadingWord(String text) {
        int n = 0;
        while (n < text.length() && (Character.isLetterOrDigit(text.charAt(n)) && text.charAt(n) < 0x2E80 || ".,%-/()".indexOf(text.charAt(n)) >= 0)) {
            n++;
        }
        return n;
    }

    /**
     * A line with a gap of two characters or more between runs is a table row, unless the gap
     * only sets a part's number apart from its title ("第一部分    概况").
     */
    static boolean tabular(TextLine line) {
        List<TextChunk> cells = cells(line);
        return cells.size() > 2 || cells.size() == 2 && !PART_NUMBER.matcher(cells.get(0).text()).matches();
    }

    /** A line set larger than the body text, or centred, is a title, never a table cell. */
    private static boolean titleLike(TextLine line, Margins margins, float pageWidth) {
        float size = Math.max(1f, line.fontSize());
        if (size >= margins.bodySize + 2f) {
            return true;
        }
        float middle = (line.x0() + line.x1()) / 2f;
        float centre = margins.right > margins.left ? (margins.left + margins.right) / 2f : pageWidth / 2f;
        return line.x0() > margins.left + 2f * size
                && (Math.abs(middle - centre) < 2f * size || Math.abs(middle - pageWidth / 2f) < 2f * size);
    }

    /** A line starting well right of the margin is a cell of a table. */
    private static boolean offColumn(TextLine line, Margins margins) {
        return line.x0() > margins.left + 6f * Math.max(1f, line.fontSize());
    }

    /** Inside a table, a line that starts where a column of an earlier row starts is a row too. */
    private boolean alignsWithColumn(TextLine line, Margins margins) {
        float size = Math.max(1f, line.fontSize());
        if (rows.isEmpty() || line.x0() < margins.left + 2f * size) {
            return false;
        }
        return columns.stream().anyMatch(x -> Math.abs(x - line.x0()) < 2f);
    }

    /** The runs of a line between gaps of two characters or more, with where each starts. */
    private static List<TextChunk> cells(TextLine line) {
        List<TextChunk> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        TextChunk first = null;
        TextChunk last = null;
        for (TextChunk chunk : line.chunks()) {
            if (last != null && chunk.x0() - last.x1() > CELL_GAP * Math.max(1f, chunk.fontSize())) {
                cells.add(new TextChunk(cell.toString(), first.x0(), last.x1(), first.y(), first.fontSize()));
                cell.setLength(0);
                first = null;
            }
            if (!cell.isEmpty()) {
                cell.append(' ');
            }
            cell.append(chunk.text());
            first = first == null ? chunk : first;
            last = chunk;
        }
        if (first != null) {
            cells.add(new TextChunk(cell.toString(), first.x0(), last.x1(), first.y(), first.fontSize()));
        }
        return cells;
    }

    private void addRow(TextLine line, Location location) {
        List<TextChunk> cells = cells(line);
        cells.forEach(c -> columns.add(c.x0()));
        rows.add(new StreamTables.Line(cells, location, line.y()));
    }

    /**
     * Ends the stream table being gathered. One line alone is not a table but a line with a wide
     * gap ("编制部门：…        单位：元"): it becomes a paragraph.
     */
    private void flushRows() {
        if (rows.size() == 1) {
            StreamTables.Line line = rows.get(0);
            pieces.add(new Piece.Text(new Paragraph(String.join(" ", line.cells().stream().map(TextChunk::text).toList()),
                    line.location(), 0, line.cells().get(0).fontSize())));
        } else if (!rows.isEmpty()) {
            pieces.add(new Piece.Grid(StreamTables.build(rows)));
        }
        rows.clear();
        columns.clear();
    }

    private static void appendJoined(StringBuilder text, String next) {
        char last = text.isEmpty() ? ' ' : text.charAt(text.length() - 1);
        char first = next.isEmpty() ? ' ' : next.charAt(0);
        if (Character.isLetterOrDigit(last) && last < 128 && Character.isLetterOrDigit(first) && first < 128) {
            text.append(' ');
        }
        text.append(next);
    }

    private void flushParagraph() {
        String content = text.toString().strip();
        if (!content.isEmpty()) {
            pieces.add(new Piece.Text(new Paragraph(content, start, 0, fontSize)));
        }
        text.setLength(0);
    }

    /**
     * The document's text edges and body font size: the most common start and end (to 2 pt, with
     * the counts of the 2 pt on either side) and size of lines long enough to be prose. Measured
     * over the whole document, because on a page of tables the most common start is a column's.
     * The neighbours count because a margin straddles two bins: a generated county budget's lines
     * end at 532.x and 533.x pt, 11 lines in each bin, while 13 rows of its 绩效目标表, set with
     * single spaces between cells, end at 410 pt; the bare mode took 410 for the margin and joined
     * "目 录" to the sentence before it (corpus/generated g0015).
     */
    private record Margins(float left, float right, float bodySize) {

        static Margins of(List<TextLine> lines) {
            Map<Integer, Integer> starts = new HashMap<>();
            Map<Integer, Integer> ends = new HashMap<>();
            Map<Integer, Integer> sizes = new HashMap<>();
            for (TextLine line : lines) {
                if (!tabular(line) && line.text().length() >= PROSE) {
                    starts.merge(Math.round(line.x0() / 2f), 1, Integer::sum);
                    ends.merge(Math.round(line.x1() / 2f), 1, Integer::sum);
                    sizes.merge(Math.round(line.fontSize()), 1, Integer::sum);
                }
            }
            return new Margins(smoothedMode(starts) * 2f, smoothedMode(ends) * 2f, mode(sizes));
        }

        /** The bin whose count with its two neighbours' is largest; ties to its own count, then to the larger bin. */
        private static int smoothedMode(Map<Integer, Integer> counts) {
            return counts.keySet().stream().max(java.util.Comparator.<Integer>comparingInt(
                            b -> counts.getOrDefault(b - 1, 0) + counts.get(b) + counts.getOrDefault(b + 1, 0))
                    .thenComparing(counts::get).thenComparing(b -> b)).orElse(0);
        }

        private static int mode(Map<Integer, Integer> counts) {
            return counts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(0);
        }
    }
}

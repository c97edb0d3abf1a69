package org.disclosurelens.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.disclosurelens.model.TextChunk;
import org.disclosurelens.text.Numbering;

/**
 * Joins the text runs inside one table cell into its text. Runs on one line join without a space,
 * except between two Latin words; a line continues the one above, without a space (a wrapped code
 * or word is one token in these documents), when the one above had no room
 * left for the next line's first character (the cell wrapped it), and starts a new line of text
 * otherwise, or when it opens with a number (a list item). So "2020年度预" over "算" reads
 * "2020年度预算", while "1.完成设备安装" over "2.完成舆情处置" keeps its line break.
 */
final class CellText {

    /**
     * The widest inner margin a cell is taken to have on each side (Word's and LibreOffice's
     * default is 0.19 cm, 5.4 pt); the margin is measured as the text's offset from the left edge,
     * up to this, so centred text does not pass for a margin.
     */
    private static final float PADDING = 6f;
    /** Room left on a line, beyond the margins, less than the next character's width and this is no room. */
    private static final float TOLERANCE = 1f;
    /**
     * A cell of at most this many lines and characters is a label (项目名称, 收入合计): its lines
     * are one text wrapped, whatever room they seem to leave, since spreadsheet exports wrap
     * labels well inside wide cells ("收入合" over "计", "基" over "本支出").
     */
    private static final int LABEL_LINES = 3;
    private static final int LABEL_CHARS = 30;

    private CellText() {
    }

    /**
     * True when the last line of the text runs to the cell's right margin: the text may go on
     * elsewhere (a row cut by a page break goes on at the top of the next page).
     */
    static boolean open(List<TextChunk> chunks, float x0, float x1) {
        List<List<TextChunk>> lines = lines(chunks);
        if (lines.isEmpty()) {
            return false;
        }
        List<TextChunk> last = lines.get(lines.size() - 1);
        return room(lines, x0, x1) - width(last) < last.get(0).fontSize() + TOLERANCE;
    }

    /** The text of a cell from {@code x0} to {@code x1}. */
    static String join(List<TextChunk> chunks, float x0, float x1) {
        List<List<TextChunk>> lines = lines(chunks);
        float cellWidth = room(lines, x0, x1);
        List<String> texts = lines.stream().map(CellText::lineText).toList();
        boolean label = lines.size() <= LABEL_LINES && texts.stream().mapToInt(String::length).sum() <= LABEL_CHARS;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                boolean wrapped = !Numbering.startsNumbered(texts.get(i))
                        && (label || full(width(lines.get(i - 1)), lines.get(i), cellWidth));
                sb.append(wrapped ? "" : "\n");
            }
            sb.append(texts.get(i));
        }
        return sb.toString().strip();
    }

    private static List<List<TextChunk>> lines(List<TextChunk> chunks) {
        List<TextChunk> sorted = new ArrayList<>(chunks);
        sorted.sort(Comparator.comparingDouble(TextChunk::y).thenComparingDouble(TextChunk::x0));
        List<List<TextChunk>> lines = new ArrayList<>();
        for (TextChunk c : sorted) {
            List<TextChunk> last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            if (last != null && Math.abs(last.get(0).y() - c.y()) <= 0.5f * Math.max(1f, c.fontSize())) {
                last.add(c);
            } else {
                lines.add(new ArrayList<>(List.of(c)));
            }
        }
        lines.forEach(l -> l.sort(Comparator.comparingDouble(TextChunk::x0)));
        return lines;
    }

    private static String lineText(List<TextChunk> line) {
        StringBuilder sb = new StringBuilder();
        for (TextChunk c : line) {
            if (!sb.isEmpty()) {
                sb.append(glue(sb, c.text()));
            }
            sb.append(c.text());
        }
        return sb.toString();
    }

    /** A space between two Latin letters or digits, nothing next to CJK text. */
    private static String glue(CharSequence before, String next) {
        if (before.isEmpty() || next.isEmpty()) {
            return "";
        }
        char a = before.charAt(before.length() - 1);
        char b = next.charAt(0);
        boolean latin = a < 128 && Character.isLetterOrDigit(a) && b < 128 && Character.isLetterOrDigit(b);
        return latin && !(Character.isDigit(a) && Character.isDigit(b)) ? " " : "";
    }

    /** Characters a line may not start with (Chinese line-breaking rules): they pull the character before them along. */
    private static final String NO_START = "，。、；：？！）》」』】〉”’%％,.;:?!)]}";
    private static final String OPEN = "（《「『【〈“‘([{";

    /**
     * The length of the text that could not be split from the start of a line: a bracketed group,
     * a run of Latin letters and digits, or one character with the punctuation that must follow it.
     */
    static int firstUnit(String text) {
        int n = text.length();
        int i = 1;
        while (i < n && OPEN.indexOf(text.charAt(i - 1)) >= 0) {
            i++;
        }
        if (i <= n && latin(text.charAt(i - 1))) {
            while (i < n && (latin(text.charAt(i)) || text.charAt(i) == '.')) {
                i++;
            }
        }
        while (i < n && NO_START.indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return Math.min(i, Math.max(1, n));
    }

    private static boolean latin(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    private static float width(List<TextChunk> line) {
        return line.get(line.size() - 1).x1() - line.get(0).x0();
    }

    /** True when a line this wide left no room in {@code room} for the first unit of the next line. */
    private static boolean full(float used, List<TextChunk> next, float room) {
        TextChunk first = next.get(0);
        float unit = (first.x1() - first.x0()) * firstUnit(first.text()) / Math.max(1, first.text().length());
        return room - used < unit + TOLERANCE;
    }

    /**
     * The width a line may fill: the cell's less its margins, taken as the smallest offset of a
     * line from the left edge (at most {@value #PADDING}) on either side.
     */
    private static float room(List<List<TextChunk>> lines, float x0, float x1) {
        float margin = PADDING;
        for (List<TextChunk> line : lines) {
            margin = Math.min(margin, Math.max(0f, line.get(0).x0() - x0));
        }
        return x1 - x0 - 2 * margin;
    }
}

package org.disclosurelens.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.regex.Pattern;
import org.disclosurelens.model.Block;
import org.disclosurelens.model.Cell;
import org.disclosurelens.model.Paragraph;
import org.disclosurelens.model.Table;
import org.disclosurelens.text.Numbering;

/**
 * Repairs what extraction leaves in text: Word field codes that Tika prints as text
 * ("TC 工作保障措施 \f A \l 1", "PAGEREF _Toc123 \h") and, for formats without geometry, paragraphs
 * a hard line break split in two (text pasted from a PDF into Word). PDFs are joined by
 * {@link PdfBlockBuilder}, which can see the margins.
 */
final class TextCleaner {

    /** Table-of-contents entry and index fields: the keyword, its text, then backslash switches. */
    private static final Pattern ENTRY_FIELD =
            Pattern.compile("\\s*\\b(?:TC|XE)\\s+\"?[^\\\\\"]*\"?\\s*(?:\\\\[a-zA-Z]\\s*(?:\"[^\"]*\"|[^\\s\\\\]+)?\\s*)+");
    private static final Pattern REFERENCE_FIELD =
            Pattern.compile("\\s*\\b(?:TOC|PAGEREF|HYPERLINK|REF|SEQ)\\s+(?:\"[^\"]*\"|_Toc\\d+|\\S+)?\\s*(?:\\\\[a-zA-Z*]\\s*(?:\"[^\"]*\"|[^\\s\\\\]+)?\\s*)+");
    private static final Pattern TERMINAL = Pattern.compile(".*[。！？；;:：!?…”）)】]$");
    private static final Pattern TITLE_START = Pattern.compile("^\\d{4}\\s*年.*(预算|决算)");
    private static final Pattern PART = Pattern.compile("^\\s*第\\s*[一二三四五六七八九十\\d]+\\s*部\\s*分");
    /**
     * How titles end. A line ending so is a heading even at the wrap width: Jiangsu's 第三部分 has
     * a dozen ("五、一般公共预算机关运行经费支出预算情况说明") of one length, which otherwise pass
     * for the wrap width and swallow the paragraph after them.
     */
    private static final Pattern TITLE_END = Pattern.compile("(说明|情况|目标|措施|解释|事项|职能|概况|[预决]算表)$");
    /** The contents' title (目  录) never continues the line before it (预算主管部门：…). */
    private static final Pattern CONTENTS = Pattern.compile("^目\\s*录$");
    /**
     * A short line of words alone (名词解释, 其他事项) is a title, not the rest of a sentence: when
     * the titles of a document share one length (a long unit name in each), a line of that length
     * before it is no wrapped line.
     */
    private static final Pattern SHORT_TITLE = Pattern.compile("\\p{IsHan}{2,8}");
    /** Shorter lines are titles and labels, whatever their punctuation. */
    private static final int MIN_WRAP = 20;

    private TextCleaner() {
    }

    static String stripFieldCodes(String text) {
        if (text.indexOf('\\') < 0) {
            return text;
        }
        String cleaned = ENTRY_FIELD.matcher(text).replaceAll(" ");
        cleaned = REFERENCE_FIELD.matcher(cleaned).replaceAll(" ");
        return cleaned.strip();
    }

    static List<Block> clean(List<Block> blocks, boolean rejoin) {
        List<Block> cleaned = new ArrayList<>();
        for (Block block : blocks) {
            Block b = block instanceof Paragraph p ? p.withText(stripFieldCodes(p.text())) : cleanCells((Table) block);
            if (!(b instanceof Paragraph p && p.text().isEmpty())) {
                cleaned.add(b);
            }
        }
        return rejoin ? rejoin(cleaned) : cleaned;
    }

    private static Table cleanCells(Table t) {
        return new Table(t.rows().stream().map(row -> row.stream()
                .map(c -> new Cell(stripFieldCodes(c.text()), c.colSpan(), c.rowSpan())).toList()).toList(),
                t.location(), t.rowLocations());
    }

    /**
     * Hard-wrapped text breaks at the page width, so broken lines share one length: the most
     * common length of unpunctuated lines. A line of about that length without closing
     * punctuation, followed by a line that starts mid-sentence, is one paragraph.
     */
    private static List<Block> rejoin(List<Block> blocks) {
        int width = wrapWidth(blocks);
        if (width == 0) {
            return blocks;
        }
        List<Block> out = new ArrayList<>();
        for (Block block : blocks) {
            Block last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (out.size() > 1 && last instanceof Paragraph prev && block instanceof Paragraph next
                    && wrapped(prev, width) && startsContinuation(next)) {
                out.set(out.size() - 1, prev.withText(prev.text() + next.text()));
            } else {
                out.add(block);
            }
        }
        return out;
    }

    private static int wrapWidth(List<Block> blocks) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (Block block : blocks) {
            if (block instanceof Paragraph p && p.text().length() >= MIN_WRAP && !TERMINAL.matcher(p.text()).matches()) {
                counts.merge(p.text().length(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().filter(e -> e.getValue() >= 3)
                .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(0);
    }

    private static boolean wrapped(Paragraph prev, int width) {
        String a = prev.text();
        return prev.headingLevel() == 0
                && Math.abs(a.length() - width) <= 2
                && !TERMINAL.matcher(a).matches()
                && !PART.matcher(a).find()
                && !TITLE_END.matcher(a).find();
    }

    private static boolean startsContinuation(Paragraph next) {
        String b = next.text();
        return next.headingLevel() == 0
                && Character.UnicodeScript.of(b.codePointAt(0)) == Character.UnicodeScript.HAN
                && !Numbering.startsNumbered(b)
                && !CONTENTS.matcher(b).matches()
                && !TITLE_START.matcher(b).find()
                && !SHORT_TITLE.matcher(b.strip()).matches();
    }
}

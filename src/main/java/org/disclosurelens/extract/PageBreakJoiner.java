package org.disclosurelens.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.disclosurelens.model.Block;
import org.disclosurelens.model.Paragraph;

/**
 * Joins tables that go on over a page break, then turns the pieces into blocks. A table on page
 * p+1 continues the last table of page p when nothing of page p follows that table and nothing of
 * page p+1 precedes it but page furniture, and its columns line up with the table's
 * ({@link PdfTable#continuedBy}). Page furniture is what the page repeats: running heads and feet
 * ({@link RunningLines}, as printed on the table's first page too) and the table's own caption
 * lines printed again (Shenzhen's budgets repeat "表 3" / "支出总表" / "部门名称：… 单位：万元" above
 * every page of a table). A table whose caption is repeated must repeat its header rows too: two
 * filled-in copies of one form, one a page under one caption, are two tables. The furniture between
 * the two parts is dropped with the repeated header rows.
 */
final class PageBreakJoiner {

    /** How many paragraphs above a table count as its caption lines (title, number, unit line). */
    private static final int CAPTION_LINES = 4;

    private PageBreakJoiner() {
    }

    static List<Block> join(List<Piece> pieces, RunningLines running) {
        List<Piece> out = new ArrayList<>();
        for (Piece piece : pieces) {
            if (piece instanceof Piece.Grid grid) {
                if (joinWithPrevious(out, grid.table(), running)) {
                    continue;
                }
            }
            out.add(piece);
        }
        List<Block> blocks = new ArrayList<>(out.size());
        for (Piece piece : out) {
            blocks.add(piece instanceof Piece.Grid g ? g.table().toTable() : ((Piece.Text) piece).paragraph());
        }
        return blocks;
    }

    /** Joins {@code next} to the table before it in {@code out} when it continues it; true when it did. */
    private static boolean joinWithPrevious(List<Piece> out, PdfTable next, RunningLines running) {
        int page = next.page();
        int k = out.size() - 1;
        List<Paragraph> between = new ArrayList<>();
        while (k >= 0 && out.get(k) instanceof Piece.Text text) {
            between.add(text.paragraph());
            k--;
        }
        if (k < 0 || !(out.get(k) instanceof Piece.Grid previousGrid)) {
            return false;
        }
        PdfTable previous = previousGrid.table();
        if (previous.lastPage() != page - 1) {
            return false;
        }
        Set<String> caption = caption(out, k, previous.page());
        Set<String> heads = runningOnPages(out, previous.page(), page - 1, running);
        boolean captionRepeated = false;
        for (Paragraph p : between) {
            String folded = p.text().replaceAll("\\s+", "");
            boolean head = running.contains(p.text()) && heads.contains(folded);
            boolean repeated = !head && p.location().page() == page && caption.contains(folded);
            if (!head && !repeated || p.location().page() < page - 1 || folded.isEmpty()) {
                return false;
            }
            captionRepeated |= repeated;
        }
        if (!previous.continuedBy(next) || captionRepeated && !previous.repeatsHeader(next)) {
            return false;
        }
        out.subList(k + 1, out.size()).clear();
        out.set(k, new Piece.Grid(previous.join(next)));
        return true;
    }

    /** The caption lines of the table at {@code index}: the paragraphs just above it on its first page. */
    private static Set<String> caption(List<Piece> out, int index, int page) {
        Set<String> caption = new HashSet<>();
        for (int i = index - 1; i >= 0 && index - i <= CAPTION_LINES && out.get(i) instanceof Piece.Text t
                && t.paragraph().location().page() == page; i--) {
            caption.add(t.paragraph().text().replaceAll("\\s+", ""));
        }
        return caption;
    }

    /**
     * The running lines printed, as written, on the pages {@code firstPage} to {@code lastPage} (the
     * table's own pages): a head that changes its number ("部门公开表 3" to "部门公开表 4") announces another table.
     */
    private static Set<String> runningOnPages(List<Piece> out, int firstPage, int lastPage, RunningLines running) {
        Set<String> heads = new HashSet<>();
        for (int i = out.size() - 1; i >= 0; i--) {
            if (out.get(i) instanceof Piece.Text t) {
                if (t.paragraph().location().page() < firstPage) {
                    break;
                }
                if (t.paragraph().location().page() <= lastPage && running.contains(t.paragraph().text())) {
                    heads.add(t.paragraph().text().replaceAll("\\s+", ""));
                }
            }
        }
        return heads;
    }
}

package org.disclosurelens.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.disclosurelens.model.Block;
import org.disclosurelens.model.Location;
import org.disclosurelens.model.Paragraph;
import org.disclosurelens.structure.CanonicalPart;
import org.disclosurelens.structure.DocumentStructure.TocEntry;
import org.disclosurelens.table.LocatedTable;
import org.disclosurelens.table.TableKind;
import org.disclosurelens.text.Normalizer;

/**
 * COMPLETENESS-TOC-TABLE: a budget or final-accounts table that the table of contents lists is not
 * in the document, while others it lists are. ../shared/corpus-real 007 lists 三、支出决算表 in its
 * 目录 and prints every table but that one.
 *
 * <p>Titles are written differently in the 目录 and above the tables (政府性基金支出预算表 /
 * 财政拨款政府性基金支出预算表, 财政拨款支出预算表 / 财政拨款支出预算表（功能科目）, 收支总表 /
 * 2026年某局收支总表), so each title in the body (a table's title, or a short line ending with 表)
 * is given to the entry it is most like: the entry it contains or that contains it, or that shares
 * three quarters of its characters in order, the most alike first. A body title claims one entry
 * only, so 一般公共预算财政拨款支出决算表 is the entry of that name and never 支出决算表. The 目录 is
 * itself made of lines: an entry is present when a table's title claims it, or two lines do (the
 * entry and the table's own title). When none of the listed tables is in the file, they were
 * published apart (Beijing's 2026 budgets: the explanation in one file, the tables in another), and
 * nothing is said here (COMPLETENESS-MISSING says the tables are not in the document, at info).
 */
final class TocTablesRule extends BaseRule {

    /** Numbering before a title: 三、, 表3, 附表1-2, （一）, 1. */
    private static final Pattern NUMBER = Pattern.compile("^(附?表\\s*[0-9一二三四五六七八九十-]+|[0-9一二三四五六七八九十]+\\s*[、.．:：]|[（(][0-9一二三四五六七八九十]+[)）])\\s*");
    /** What a page number or leader leaves after a title. */
    private static final Pattern TRAILER = Pattern.compile("[…．.·\\-_\\s]*\\d*$");
    /** A note after a table's title: （功能科目）, (经济分类). */
    private static final Pattern NOTE = Pattern.compile("[（(][^）)]*[）)]$");
    /** Share of characters in order two differently written titles of one table share. */
    private static final double SIMILAR = 0.75;

    TocTablesRule() {
        super(RuleId.COMPLETENESS_TOC_TABLE);
    }

    @Override
    public List<Finding> check(Disclosure d) {
        List<TocEntry> entries = d.structure().toc().stream().filter(TocTablesRule::listsTable).toList();
        if (entries.isEmpty()) {
            return List.of();
        }
        List<String> titles = entries.stream().map(e -> fold(e.title())).toList();
        boolean[] byTable = new boolean[entries.size()];
        int[] byLine = new int[entries.size()];
        for (LocatedTable t : d.data().tables()) {
            best(fold(t.title()), titles).forEach(k -> byTable[k] = true);
        }
        for (Block b : d.blocks()) {
            if (b instanceof Paragraph p && p.text().length() <= 80 && fold(p.text()).endsWith("表")) {
                best(fold(p.text()), titles).forEach(k -> byLine[k]++);
            }
        }
        List<TocEntry> missing = new ArrayList<>();
        for (int k = 0; k < entries.size(); k++) {
            if (!byTable[k] && byLine[k] < 2) {
                missing.add(entries.get(k));
            }
        }
        int present = entries.size() - missing.size();
        // None of the listed tables in the file: they are published apart (an attachment).
        if (present == 0) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (TocEntry entry : missing) {
            findings.add(at(CanonicalPart.BUDGET_TABLES, Location.UNKNOWN, entry.number() + " " + entry.title(),
                    "目录列有“" + entry.title().strip() + "”，但正文中未见该表（目录所列其他" + present + "张表均在）",
                    "the table of contents lists " + entry.title().strip() + ", but the document has no such table (the "
                            + present + " other tables it lists are there)"));
        }
        return findings;
    }

    /** A numbered entry (not a part: 第二部分 …部门预算表) naming a standard budget table or the 三公 table. */
    private static boolean listsTable(TocEntry entry) {
        String title = fold(entry.title());
        TableKind kind = TableKind.ofTitle(title);
        return title.endsWith("表") && (kind.budget() || kind == TableKind.THREE_PUBLIC) && !entry.number().startsWith("第");
    }

    /** The entries (indexes into {@code entries}) a body title is most like; none when it is like none. */
    private static List<Integer> best(String title, List<String> entries) {
        double top = 0;
        List<Integer> best = new ArrayList<>();
        for (int k = 0; k < entries.size(); k++) {
            String e = entries.get(k);
            double alike = (double) commonInOrder(title, e) / Math.max(title.length(), e.length());
            if (title.isEmpty() || !(title.contains(e) || e.contains(title) || alike >= SIMILAR)) {
                continue;
            }
            if (alike > top) {
                top = alike;
                best.clear();
            }
            if (alike == top) {
                best.add(k);
            }
        }
        return best;
    }

    /** The length of the longest common subsequence of two short titles. */
    private static int commonInOrder(String a, String b) {
        int[] row = new int[b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            int diagonal = 0;
            for (int j = 1; j <= b.length(); j++) {
                int above = row[j];
                row[j] = a.charAt(i - 1) == b.charAt(j - 1) ? diagonal + 1 : Math.max(row[j], row[j - 1]);
                diagonal = above;
            }
        }
        return row[b.length()];
    }

    /** A title without its numbering, spaces, leader and page number, in normal width. */
    private static String fold(String text) {
        String t = Normalizer.normalize(text).replaceAll("\\s+", "");
        t = TRAILER.matcher(t).replaceFirst("");
        t = NOTE.matcher(t).replaceFirst("");
        return NUMBER.matcher(t).replaceFirst("");
    }
}

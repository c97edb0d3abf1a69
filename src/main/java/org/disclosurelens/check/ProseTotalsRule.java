package org.disclosurelens.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.disclosurelens.figure.Amount;
import org.disclosurelens.figure.ProseFigure;
import org.disclosurelens.structure.Layout;
import org.disclosurelens.text.Numbering;

/**
 * ARITH-PROSE-TOTAL: a total stated in the text against the parts stated right after it, where the
 * parts make the whole: 支出 = 基本支出 + 项目支出; 基本支出 = 人员经费 + 公用经费; 收入 = its sources;
 * 机关运行经费 = its items; 三公经费 = 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费. A total's
 * parts are those stated after it, in the same part, before the total is stated again. The two-part
 * decompositions must be exact in the county template, whose own they are, and an itemised list
 * must be exact when it ends with 其他… (it is then complete); otherwise the parts must not exceed
 * the total (Jiangsu adds 单位预留机动经费; a 决算's income includes what was carried over).
 */
final class ProseTotalsRule extends BaseRule {

    /** Totals whose listed parts are the whole, and the parts that must all be there to check. */
    private static final Map<String, List<String>> COMPLETE = Map.of(
            "支出", List.of("支出/基本支出", "支出/项目支出"),
            "支出/基本支出", List.of("支出/基本支出/人员经费", "支出/基本支出/公用经费"),
            "三公经费", List.of("三公经费/因公出国（境）费", "三公经费/公务用车购置及运行费", "三公经费/公务接待费"));
    /** Totals whose every listed item counts, when at least two are listed. */
    private static final List<String> ITEMISED = List.of("收入", "机关运行经费");
    /** How many figures after a total may still be its parts. */
    private static final int WINDOW = 12;
    /** Last year's amount named so ("去年预算数为0万元", "上年预算数"), not the item 上年结转. */

    ProseTotalsRule() {
        super(RuleId.ARITH_PROSE_TOTAL);
    }

    @Override
    public List<Finding> check(Disclosure d) {
        List<ProseFigure> figures = d.data().figures().stream().filter(d.prose()::current).toList();
        boolean county = d.structure().layout() == Layout.COUNTY_NINE_PART;
        List<Finding> findings = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        for (int i = 0; i < figures.size(); i++) {
            ProseFigure total = figures.get(i);
            Map<String, ProseFigure> parts = partsAfter(figures, i);
            List<String> required = COMPLETE.get(total.path());
            List<ProseFigure> listed = required != null
                    ? (parts.keySet().containsAll(required) ? required.stream().map(parts::get).toList() : List.of())
                    : ITEMISED.contains(total.path()) ? items(total.path(), parts) : List.of();
            List<ProseFigure> numbered = numbered(figures, i);
            if (numbered.size() >= 2 && (listed.size() >= 2 || ITEMISED.contains(total.path()))) {
                List<Amount> amounts = numbered.stream().map(ProseFigure::amount).toList();
                if (!Sums.differs(total.amount(), Sums.sum(amounts), amounts)) {
                    continue; // the drafter's own numbered breakdown adds up
                }
                if (numbered.stream().allMatch(f -> f.path().startsWith(total.path() + "/"))) {
                    check(total, numbered, true, reported, findings);
                    continue;
                }
            }
            if (listed.size() >= 2 && (required != null || allUnderstood(figures, i, listed))) {
                boolean whole = required != null ? county : listed.stream().anyMatch(p -> last(p.path()).startsWith("其他"));
                check(total, listed, whole, reported, findings);
            }
        }
        return findings;
    }

    /** The first figure of each path stated after figure {@code i}, until its path is stated again. */
    private static Map<String, ProseFigure> partsAfter(List<ProseFigure> figures, int i) {
        ProseFigure total = figures.get(i);
        Map<String, ProseFigure> parts = new LinkedHashMap<>();
        for (int j = i + 1; j < figures.size() && j <= i + WINDOW; j++) {
            ProseFigure f = figures.get(j);
            if (f.part() != total.part() || f.path().equals(total.path())) {
                break;
            }
            if (f.path().startsWith(total.path() + "/")) {
                parts.putIfAbsent(f.path(), f);
            }
        }
        return parts;
    }

    /**
     * The amounts listed right after total {@code i} under the first numbering level they use
     * ("（一）本年财政拨款收入 … （二）本年其他资金收入 … （三）上年结转结余", their 1. 2. … items
     * aside): the breakdown as the drafter numbered it, whatever its items are called. Empty when
     * the first amount after the total is not numbered.
     */
    private static List<ProseFigure> numbered(List<ProseFigure> figures, int i) {
        ProseFigure total = figures.get(i);
        Numbering.Level level = null;
        List<ProseFigure> parts = new ArrayList<>();
        for (int j = i + 1; j < figures.size() && j <= i + WINDOW; j++) {
            ProseFigure f = figures.get(j);
            if (f.part() != total.part() || f.path().equals(total.path())) {
                break;
            }
            Numbering.Level l = Numbering.Level.of(f.label());
            if (level == null) {
                if (l == Numbering.Level.NONE) {
                    return List.of();
                }
                level = l;
            }
            if (l == level && !parts.isEmpty() && Numbering.number(f.label()) <= Numbering.number(parts.get(parts.size() - 1).label())) {
                break; // the numbering starts again: another list
            }
            if (l == level) {
                parts.add(f);
            } else if (l != Numbering.Level.NONE && l.ordinal() < level.ordinal()) {
                break; // a number of an enclosing level: the list is over
            }
        }
        return parts;
    }

    /**
     * True when every amount stated between total {@code i} and its last listed part is one of its
     * parts (or a part of one): an amount of an item the labels do not know (上级补助收入 written
     * another way, 本年其他资金收入) means the list is not understood, and its sum proves nothing.
     */
    private static boolean allUnderstood(List<ProseFigure> figures, int i, List<ProseFigure> listed) {
        ProseFigure total = figures.get(i);
        int last = listed.stream().mapToInt(figures::indexOf).max().orElse(i);
        for (int j = i + 1; j < last; j++) {
            if (!figures.get(j).path().startsWith(total.path() + "/")) {
                return false;
            }
        }
        return true;
    }

    /** Itemised parts: those with no item above them under the total. */
    private static List<ProseFigure> items(String total, Map<String, ProseFigure> parts) {
        return parts.entrySet().stream().filter(e -> topmost(e.getKey(), total, parts)).map(Map.Entry::getValue).toList();
    }

    private void check(ProseFigure total, List<ProseFigure> parts, boolean whole, Set<String> reported, List<Finding> findings) {
        List<Amount> amounts = parts.stream().map(ProseFigure::amount).toList();
        BigDecimal sum = Sums.sum(amounts);
        BigDecimal excess = sum.subtract(total.amount().wan().orElseThrow());
        boolean wrong = whole ? Sums.differs(total.amount(), sum, amounts) : excess.compareTo(Sums.tolerance(total.amount())) > 0;
        if (wrong && reported.add(total.path() + "=" + total.amount().text() + "/" + sum)) {
            String names = String.join("+", parts.stream().map(p -> last(p.path())).toList());
            findings.add(mismatch(total.part(), total.location(), total.sentence(),
                    "“" + total.path() + "”" + total.amount().text() + "，但" + names + "合计" + Sums.show(sum) + "万元",
                    total.path() + " is stated as " + total.amount().text() + " but " + names + " add up to "
                            + Sums.show(sum) + "万元",
                    sum, total.amount().wan().orElseThrow()));
        }
    }

    /** A path counts as an item of {@code total} unless an item above it under the total is there too. */
    private static boolean topmost(String path, String total, Map<String, ProseFigure> parts) {
        String parent = path.substring(0, path.lastIndexOf('/'));
        while (!parent.equals(total)) {
            if (parts.containsKey(parent)) {
                return false;
            }
            parent = parent.substring(0, parent.lastIndexOf('/'));
        }
        return true;
    }

    private static String last(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}

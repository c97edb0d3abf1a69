package org.disclosurelens.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.disclosurelens.figure.Amount;
import org.disclosurelens.table.BudgetCode;
import org.disclosurelens.table.BudgetLine;
import org.disclosurelens.table.BudgetTable;

/**
 * The budget tables' own sums, column by column.
 * ARITH-TABLE-HIERARCHY: a 类 line = the sum of its 款 lines, a 款 line = the sum of its 项 lines
 * (function and economic classifications alike).
 * ARITH-TABLE-TOTAL-ROW: the 合计 line = the sum of the 类 lines.
 * ARITH-TABLE-COLUMNS: in each line, a 合计 column = the sum of the columns beside it under the
 * same heading (合计 = 基本支出 + 项目支出; 合计 = 财政拨款收入 + 事业收入 + …).
 * ARITH-TABLE-BALANCE: in a budget's 收支总表, 收入总计 = 支出总计.
 * An amount left blank counts as 0, as the tables print empty cells for nothing. A table whose sums
 * fail too often to be a printing error is reported once, as info, instead of line by line.
 */
abstract class BudgetTableRule extends BaseRule {

    static final Pattern NUMBER = Pattern.compile("^[\\d,，.]+$");

    /** A column totalling the columns beside it under its heading. */
    static final Pattern SUBTOTAL = Pattern.compile("(^|/)(合计|小计)$");
    /**
     * A column that is a share of another (其中：…), or a memo beside the parts (the government
     * procurement within them: 政府采购 | 小计 | 其中：预留给中小企业), not one of the parts of a total.
     */
    static final Pattern SUBSET = Pattern.compile("(^|/)其中|政府采购");

    BudgetTableRule(RuleId rule) {
        super(rule);
    }

    /** Checks table {@code t} of {@code d}, each relation passed or failed in {@code tally}. */
    abstract void table(Disclosure d, BudgetTable t, Tally tally);

    @Override
    public final List<Finding> check(Disclosure d) {
        List<Finding> findings = new ArrayList<>();
        for (BudgetTable t : d.data().budgetTables()) {
            if (t.lines().stream().anyMatch(l -> NUMBER.matcher(l.name().strip()).matches())) {
                continue; // a code or an amount read as a name: the columns of this table were not read reliably
            }
            Tally tally = new Tally();
            table(d, t, tally);
            findings.addAll(tally.findings(t));
        }
        return findings;
    }

    /**
     * The relations checked in one table and those that failed. A printed table that is wrong is
     * wrong in a line or two; when more than a fifth of its relations fail, the table was misread
     * (columns shifted, lines merged), and one info finding says its sums were not verified.
     */
    final class Tally {
        private int checked;
        private final List<Finding> failed = new ArrayList<>();

        void pass() {
            checked++;
        }

        void fail(Finding f) {
            checked++;
            failed.add(f);
        }

        List<Finding> findings(BudgetTable t) {
            if (failed.size() <= 1 || failed.size() * 5 <= checked) {
                return failed;
            }
            Finding first = failed.get(0);
            return List.of(first.withValues("", "").withMessages(
                    "“" + t.source().title() + "”有" + failed.size() + "/" + checked + "处合计不符",
                    t.source().title() + ": " + failed.size() + " of " + checked + " sums fail").possiblyMisread(
                    "多于印刷错误所能解释，表格可能读取有误，未作判定",
                    "more than printing errors explain; the table was probably misread, so nothing is flagged"));
        }
    }

    /**
     * The lines without a repeat of the same code and amounts: a 项 line printed with its 款's code
     * (无锡 发改委's "21999 其他支出 502.00" twice under 219) is one line, not two.
     */
    static List<BudgetLine> distinct(List<BudgetLine> lines) {
        List<BudgetLine> out = new ArrayList<>();
        for (BudgetLine l : lines) {
            boolean repeat = out.stream().anyMatch(o -> o.code().equals(l.code()) && sameAmounts(o, l));
            if (!repeat) {
                out.add(l);
            }
        }
        return out;
    }

    static boolean sameAmounts(BudgetLine a, BudgetLine b) {
        if (a.amounts().size() != b.amounts().size()) {
            return false;
        }
        for (int i = 0; i < a.amounts().size(); i++) {
            BudgetLine.ColumnAmount x = a.amounts().get(i);
            BudgetLine.ColumnAmount y = b.amounts().get(i);
            if (!x.header().equals(y.header()) || x.amount().wan().orElse(BigDecimal.ZERO).compareTo(y.amount().wan().orElse(BigDecimal.ZERO)) != 0) {
                return false;
            }
        }
        return true;
    }

    void compare(BudgetTable t, BudgetLine parent, List<BudgetLine> parts, String zhParts, String enParts,
            Tally findings) {
        for (BudgetLine.ColumnAmount column : parent.amounts()) {
            BigDecimal sum = parts.stream().map(l -> amountIn(l, column.header()).flatMap(Amount::wan).orElse(BigDecimal.ZERO))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            List<Amount> printed = parts.stream().map(l -> amountIn(l, column.header())).flatMap(Optional::stream).toList();
            if (!Sums.differsRounded(column.amount(), sum, printed)) {
                findings.pass();
            } else {
                findings.fail(mismatch(t.source().part(), parent.location(), line(parent, column),
                        "“" + t.source().title() + "”中" + parent.name() + "（" + column.header() + "）为" + Sums.written(column.amount())
                                + "，但" + zhParts + "合计" + Sums.showAs(sum, column.amount()),
                        t.source().title() + ": " + parent.name() + " (" + column.header() + ") is " + Sums.written(column.amount())
                                + " but " + enParts + " add up to " + Sums.showAs(sum, column.amount()),
                        sum, column.amount().wan().orElseThrow()));
            }
        }
    }

    /**
     * The columns a 合计 (or 小计) column adds up: the outermost headers beside it under the same
     * heading. A heading without a column of its own counts through its sub-columns (Shanghai's
     * 财务收支预算总表 prints 合计 | 基本支出 (人员经费 | 公用经费) | 项目支出, with no 基本支出 column);
     * a heading with a 合计 or 小计 column of its own counts through that column alone (Suzhou's
     * 合计 | 基本支出 (小计 | 人员经费 | 公用经费) | 项目支出). A 其中 column is a part of another
     * column, not of the total, and the 政府采购 columns are a memo of the spending beside them.
     */
    static List<String> parts(List<String> headers, String total, String prefix) {
        List<String> under = headers.stream().filter(h -> !h.equals(total) && h.startsWith(prefix) && h.length() > prefix.length())
                .distinct().toList();
        return under.stream().filter(h -> under.stream().noneMatch(o -> h.startsWith(o + "/")))
                .filter(h -> !SUBSET.matcher(h).find())
                .filter(h -> ownTotalAbove(under, h, prefix).map(h::equals).orElse(true))
                .toList();
    }

    /**
     * The 合计 or 小计 column of the outermost heading above {@code h} (below {@code prefix}) that
     * has one: the column that stands for all of that heading's columns, {@code h} included.
     */
    static Optional<String> ownTotalAbove(List<String> under, String h, String prefix) {
        for (int slash = h.indexOf('/', prefix.length()); slash >= 0; slash = h.indexOf('/', slash + 1)) {
            String heading = h.substring(0, slash);
            for (String name : List.of("/合计", "/小计")) {
                if (under.contains(heading + name)) {
                    return Optional.of(heading + name);
                }
            }
        }
        return Optional.empty();
    }

    static Optional<Amount> amountIn(BudgetLine line, String header) {
        return line.amounts().stream().filter(a -> a.header().equals(header)).map(BudgetLine.ColumnAmount::amount).findFirst();
    }

    static String full(BudgetCode c) {
        return c.lei() + c.kuan() + c.xiang();
    }

    static String line(BudgetLine line, BudgetLine.ColumnAmount column) {
        return line.code().map(BudgetTableRule::full).map(c -> c + " ").orElse("") + line.name() + " | " + column.header() + " "
                + column.amount().text();
    }
}

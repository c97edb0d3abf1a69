package org.disclosurelens.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
final class BudgetTableRule extends BaseRule {

    /** The four checks of this class. */
    enum Kind { HIERARCHY, TOTAL_ROW, COLUMNS, BALANCE }

    private static final Pattern NUMBER = Pattern.compile("^[\\d,，.]+$");

    /** A column totalling the columns beside it under its heading. */
    private static final Pattern SUBTOTAL = Pattern.compile("(^|/)(合计|小计)$");
    /**
     * A column that is a share of another (其中：…), or a memo beside the parts (the government
     * procurement within them: 政府采购 | 小计 | 其中：预留给中小企业), not one of the parts of a total.
     */
    private static final Pattern SUBSET = Pattern.compile("(^|/)其中|政府采购");

    private final Kind kind;

    BudgetTableRule(Kind kind) {
        super(switch (kind) {
            case HIERARCHY -> RuleId.ARITH_TABLE_HIERARCHY;
            case TOTAL_ROW -> RuleId.ARITH_TABLE_TOTAL_ROW;
            case COLUMNS -> RuleId.ARITH_TABLE_COLUMNS;
            case BALANCE -> RuleId.ARITH_TABLE_BALANCE;
        });
        this.kind = kind;
    }

    @Override
    public List<Finding> check(Disclosure d) {
        List<Finding> findings = new ArrayList<>();
        for (BudgetTable t : d.data().budgetTables()) {
            if (t.lines().stream().anyMatch(l -> NUMBER.matcher(l.name().strip()).matches())) {
                continue; // a code or an amount read as a name: the columns of this table were not read reliably
            }
            Tally tally = new Tally();
            switch (kind) {
                case HIERARCHY -> hierarchy(t, tally);
                case TOTAL_ROW -> totalRow(t, tally);
                case COLUMNS -> columns(t, tally);
                case BALANCE -> {
                    if ("预算".equals(d.identity().kind())) {
                        balance(t, tally);
                    }
                }
            }
            findings.addAll(tally.findings(t));
        }
        return findings;
    }

    /**
     * The relations checked in one table and those that failed. A printed table that is wrong is
     * wrong in a line or two; when more than a fifth of its relations fail, the table was misread
     * (columns shifted, lines merged), and one info finding says its sums were not verified.
     */
    private final class Tally {
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

    private void hierarchy(BudgetTable t, Tally findings) {
        for (BudgetLine parent : t.lines()) {
            Optional<BudgetCode> code = parent.code();
            if (code.isEmpty() || !code.get().xiang().isEmpty()) {
                continue;
            }
            String prefix = code.get().lei() + code.get().kuan();
            int childLength = code.get().kuan().isEmpty() ? 5 : 7;
            List<BudgetLine> children = distinct(t.lines().stream().filter(l -> l.unit().equals(parent.unit())
                    && l.code().map(c -> full(c).length() == childLength && full(c).startsWith(prefix)).orElse(false)).toList());
            if (!children.isEmpty()) {
                compare(t, parent, children, "下级科目", "its sub-items", findings);
            }
        }
    }

    /**
     * The lines without a repeat of the same code and amounts: a 项 line printed with its 款's code
     * (无锡 发改委's "21999 其他支出 502.00" twice under 219) is one line, not two.
     */
    private static List<BudgetLine> distinct(List<BudgetLine> lines) {
        List<BudgetLine> out = new ArrayList<>();
        for (BudgetLine l : lines) {
            boolean repeat = out.stream().anyMatch(o -> o.code().equals(l.code()) && sameAmounts(o, l));
            if (!repeat) {
                out.add(l);
            }
        }
        return out;
    }

    private static boolean sameAmounts(BudgetLine a, BudgetLine b) {
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

    /** The table's total against all its 类 lines, and each unit's row against the 类 lines of its unit. */
    private void totalRow(BudgetTable t, Tally findings) {
        List<BudgetLine> classes = t.lines().stream().filter(l -> l.code().map(c -> c.kuan().isEmpty()).orElse(false)).toList();
        t.lines().stream().filter(l -> l.role() == BudgetLine.Role.TOTAL).findFirst().filter(total -> !classes.isEmpty())
                .ifPresent(total -> compare(t, total, classes, "各类科目", "the 类 lines", findings));
        for (BudgetLine unit : t.lines()) {
            List<BudgetLine> own = classes.stream().filter(l -> l.unit().equals(unit.name())).toList();
            if (unit.role() == BudgetLine.Role.UNIT && !own.isEmpty()) {
                compare(t, unit, own, "该单位各类科目", "the unit's 类 lines", findings);
            }
        }
    }

    private void compare(BudgetTable t, BudgetLine parent, List<BudgetLine> parts, String zhParts, String enParts,
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

    private void columns(BudgetTable t, Tally findings) {
        for (BudgetLine line : t.lines()) {
            for (BudgetLine.ColumnAmount total : line.amounts()) {
                String header = total.header();
                if (!SUBTOTAL.matcher(header).find()) {
                    continue;
                }
                String prefix = header.substring(0, header.length() - 2);
                List<BudgetLine.ColumnAmount> siblings = parts(t.headers(), header, prefix).stream()
                        .map(h -> line.amounts().stream().filter(a -> a.header().equals(h)).findFirst()).flatMap(Optional::stream)
                        .toList();
                if (siblings.isEmpty()) {
                    continue;
                }
                BigDecimal sum = siblings.stream().map(a -> a.amount().wan().orElse(BigDecimal.ZERO)).reduce(BigDecimal.ZERO, BigDecimal::add);
                if (!Sums.differsRounded(total.amount(), sum, siblings.stream().map(BudgetLine.ColumnAmount::amount).toList())) {
                    findings.pass();
                } else {
                    findings.fail(mismatch(t.source().part(), line.location(), line(line, total),
                            "“" + t.source().title() + "”中" + line.name() + "的合计列为" + Sums.written(total.amount()) + "，但各列合计"
                                    + Sums.showAs(sum, total.amount()),
                            t.source().title() + ": " + line.name() + "'s 合计 column is " + Sums.written(total.amount())
                                    + " but the columns beside it add up to " + Sums.showAs(sum, total.amount()),
                            sum, total.amount().wan().orElseThrow()));
                }
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
    private static Optional<String> ownTotalAbove(List<String> under, String h, String prefix) {
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

    private void balance(BudgetTable t, Tally findings) {
        Map<String, BudgetLine.ColumnAmount> totals = new LinkedHashMap<>();
        for (BudgetLine line : t.lines()) {
            String name = line.name().replaceAll("\\s", "");
            if ((name.equals("收入总计") || name.equals("支出总计")) && !line.amounts().isEmpty()) {
                totals.putIfAbsent(name, line.amounts().get(0));
            }
        }
        BudgetLine.ColumnAmount income = totals.get("收入总计");
        BudgetLine.ColumnAmount expenditure = totals.get("支出总计");
        if (income == null || expenditure == null) {
            return;
        }
        if (!Sums.differs(expenditure.amount(), income.amount().wan().orElseThrow())) {
            findings.pass();
        } else {
            BudgetLine line = t.lines().stream().filter(l -> l.name().replaceAll("\\s", "").equals("收入总计")).findFirst().orElseThrow();
            findings.fail(mismatch(t.source().part(), line.location(), "收入总计 " + income.amount().text() + " | 支出总计 "
                            + expenditure.amount().text(),
                    "“" + t.source().title() + "”收入总计" + income.amount().text() + "与支出总计" + expenditure.amount().text() + "不等",
                    t.source().title() + ": 收入总计 " + income.amount().text() + " differs from 支出总计 " + expenditure.amount().text(),
                    income.amount().wan().orElseThrow(), expenditure.amount().wan().orElseThrow()));
        }
    }

    private static Optional<Amount> amountIn(BudgetLine line, String header) {
        return line.amounts().stream().filter(a -> a.header().equals(header)).map(BudgetLine.ColumnAmount::amount).findFirst();
    }

    private static String full(BudgetCode c) {
        return c.lei() + c.kuan() + c.xiang();
    }

    private static String line(BudgetLine line, BudgetLine.ColumnAmount column) {
        return line.code().map(BudgetTableRule::full).map(c -> c + " ").orElse("") + line.name() + " | " + column.header() + " "
                + column.amount().text();
    }
}

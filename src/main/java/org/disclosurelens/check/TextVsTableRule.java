package org.disclosurelens.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.disclosurelens.figure.Amount;
import org.disclosurelens.figure.ProseFigure;
import org.disclosurelens.table.BudgetLine;
import org.disclosurelens.table.BudgetTable;
import org.disclosurelens.table.TableKind;
import org.disclosurelens.text.Normalizer;

/**
 * TEXT-TABLE-AMOUNT: an amount the text states for a classification line (the Shanghai 编制说明's
 * "“住房保障支出（类）住房改革支出（款）住房公积金（项）”350.35万元 … 2024年预算安排352.67万元")
 * differs from that line in the function-classification table the text describes: the
 * 一般公共预算支出表 for a sentence or section about 一般公共预算 (当年拨款), the 政府性基金 table for
 * 政府性基金, the 财政拨款支出表 for 财政拨款, else the all-funds 支出总表. An amount that equals the
 * line in any of these tables is not flagged (the text describes that table), nor one whose table
 * has no such line. Only a figure labelled with the line's name is compared, not the amounts of the
 * purposes listed after it ("…（项）1153万元，主要用于…652万元、…371万元"). The amount compared is
 * the table's column of the document's year (合计 or 预算数), never last year's 执行数 beside it.
 * TEXT-UNIT-SCALE (drafting): the difference is a factor of 10,000 — 元 written where 万元 is meant,
 * or the reverse. Only amounts of the document's year are compared, and in a 决算 only those it calls 决算.
 */
abstract class TextVsTableRule extends BaseRule {

    private static final List<TableKind> FUNCTION_TABLES =
            List.of(TableKind.GENERAL_PUBLIC, TableKind.EXPENDITURE, TableKind.FISCAL_EXPENDITURE, TableKind.GOVERNMENT_FUND);
    /** Words that list what a line's amount is for, or what it includes. */
    private static final java.util.regex.Pattern PURPOSE = java.util.regex.Pattern.compile("用于|包括|其中|分别为|含");
    /** A column of another year or of last year's outturn: not the amount the text's year states. */
    private static final java.util.regex.Pattern OTHER_YEAR = java.util.regex.Pattern.compile("(20\\d{2})|执行|上年|决算");
    private static final BigDecimal TEN_THOUSAND = new BigDecimal("10000");

    TextVsTableRule(RuleId rule) {
        super(rule);
    }

    /** True for the rule that reports differences of a factor of 10,000, false for the others. */
    abstract boolean scale();

    @Override
    public final List<Finding> check(Disclosure d) {
        List<BudgetTable> tables = d.data().budgetTables().stream().filter(t -> FUNCTION_TABLES.contains(t.kind())).toList();
        if (tables.isEmpty()) {
            return List.of();
        }
        boolean finalAccounts = "决算".equals(d.identity().kind());
        List<Finding> findings = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        List<ProseFigure> figures = d.data().figures();
        for (int i = 0; i < figures.size(); i++) {
            ProseFigure f = figures.get(i);
            if (!d.prose().current(f) || f.path().split("/").length < 2
                    || finalAccounts && !f.label().contains("决算") || purpose(figures, i)) {
                continue;
            }
            Map<TableKind, Amount> byTable = tableAmounts(tables, f.path(), d.identity().year());
            if (byTable.isEmpty() || byTable.values().stream().anyMatch(a -> !Sums.differs(f.amount(), a.wan().orElseThrow()))) {
                continue;
            }
            TableKind described = described(f, d);
            Amount table = byTable.get(described);
            if (table == null) {
                continue; // the table the text describes has no such line: nothing to compare with
            }
            BigDecimal stated = f.amount().wan().orElseThrow();
            BigDecimal inTable = table.wan().orElseThrow();
            boolean scaled = !Sums.differs(f.amount(), inTable.multiply(TEN_THOUSAND))
                    || !Sums.differs(f.amount(), inTable.divide(TEN_THOUSAND));
            if (scaled == scale() && reported.add(f.path() + "=" + f.amount().text())) {
                String where = tables.stream().filter(t -> t.kind() == described).findFirst().map(t -> t.source().title())
                        .filter(title -> !title.isBlank()).orElse("功能分类表");
                findings.add(mismatch(f.part(), f.location(), f.sentence(),
                        "文中“" + f.path() + "”" + f.label() + f.amount().text() + "，但" + where + "中为" + Sums.show(inTable) + "万元"
                                + (scaled ? "，相差一万倍，疑为单位写错" : ""),
                        "the text states " + f.amount().text() + " for " + f.path() + " but " + where + " has " + Sums.show(inTable)
                                + "万元" + (scaled ? ", 10,000 times off: the unit is probably wrong" : ""),
                        inTable, stated));
            }
        }
        return findings;
    }

    /**
     * For each kind of function table, the amount of the line whose 类/款/项 names are the path's, in
     * the column of the document's year; in a table with a section per unit, the sum over the units
     * (the department's amount). A line whose year column is blank is left out.
     */
    private static Map<TableKind, Amount> tableAmounts(List<BudgetTable> tables, String path, String year) {
        String[] names = path.split("/");
        Map<TableKind, Amount> out = new java.util.EnumMap<>(TableKind.class);
        for (BudgetTable t : tables) {
            if (out.containsKey(t.kind())) {
                continue;
            }
            List<Amount> found = new ArrayList<>();
            Set<String> units = new HashSet<>();
            for (BudgetLine line : t.lines()) {
                if (line.code().isPresent() && matches(line, names) && units.add(line.unit())) {
                    thisYears(line, year).ifPresent(found::add);
                }
            }
            if (found.size() == 1) {
                out.put(t.kind(), found.get(0));
            } else if (!found.isEmpty()) {
                BigDecimal sum = found.stream().map(a -> a.wan().orElse(BigDecimal.ZERO)).reduce(BigDecimal.ZERO, BigDecimal::add);
                out.put(t.kind(), new Amount(sum, org.disclosurelens.figure.Unit.TEN_THOUSAND_YUAN, Sums.show(sum)));
            }
        }
        return out;
    }

    /** The line's amount for the document's year: its 合计 column, else its first column not of another year or outturn. */
    private static Optional<Amount> thisYears(BudgetLine line, String year) {
        Optional<Amount> total = line.amounts().stream().filter(a -> a.header().endsWith("合计") && ofYear(a.header(), year))
                .map(BudgetLine.ColumnAmount::amount).findFirst();
        return total.or(() -> line.amounts().stream().filter(a -> ofYear(a.header(), year)).map(BudgetLine.ColumnAmount::amount)
                .findFirst());
    }

    private static boolean ofYear(String header, String year) {
        java.util.regex.Matcher m = OTHER_YEAR.matcher(header);
        while (m.find()) {
            if (m.group(1) == null || !m.group(1).equals(year)) {
                return false;
            }
        }
        return true;
    }

    /** The table a figure's sentence, or the sections it is in, describe. */
    private static TableKind described(ProseFigure f, Disclosure d) {
        String context = f.sentence() + " " + String.join(" ", d.headingsAt(f.location()));
        if (context.contains("政府性基金")) {
            return TableKind.GOVERNMENT_FUND;
        }
        if (context.contains("一般公共预算")) {
            return TableKind.GENERAL_PUBLIC;
        }
        if (context.contains("财政拨款")) {
            return TableKind.FISCAL_EXPENDITURE;
        }
        return TableKind.EXPENDITURE;
    }

    /**
     * True when figure {@code i} is one of the purposes listed after its line's amount in the same
     * sentence ("…其他财政事务支出（项）1153.00万元，主要用于…经费652万元、…371万元"): the line's amount
     * came first, and the words before this one say what it is used for.
     */
    private static boolean purpose(List<ProseFigure> figures, int i) {
        ProseFigure f = figures.get(i);
        ProseFigure line = null;
        for (int j = i - 1; j >= 0 && figures.get(j).sentence().equals(f.sentence()); j--) {
            ProseFigure before = figures.get(j);
            if (before.path().equals(f.path()) && before.direction() == org.disclosurelens.figure.Direction.NONE) {
                line = before;
            }
        }
        if (line == null) {
            return false;
        }
        int at = f.sentence().indexOf(line.amount().text());
        return at >= 0 && PURPOSE.matcher(f.sentence().substring(at)).find();
    }

    private static boolean matches(BudgetLine line, String[] names) {
        List<String> levels = new ArrayList<>(List.of(line.leiName(), line.kuanName(), line.xiangName()));
        levels.removeIf(String::isEmpty);
        if (levels.size() != names.length) {
            return false;
        }
        for (int i = 0; i < names.length; i++) {
            if (!key(levels.get(i)).equals(key(names[i]))) {
                return false;
            }
        }
        return true;
    }

    private static String key(String name) {
        return Normalizer.normalize(name).replaceAll("\\s|\\([类款项]\\)", "");
    }
}

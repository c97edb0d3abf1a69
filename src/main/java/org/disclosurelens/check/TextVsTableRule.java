package org.disclosurelens.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
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
 * differs from that line in the function-classification table. TEXT-UNIT-SCALE (drafting): the
 * difference is a factor of 10,000 — 元 written where 万元 is meant, or the reverse. Only amounts of
 * the document's year are compared (not last year's 执行数), and in a 决算 only those it calls 决算.
 */
final class TextVsTableRule extends BaseRule {

    private static final List<TableKind> FUNCTION_TABLES =
            List.of(TableKind.GENERAL_PUBLIC, TableKind.EXPENDITURE, TableKind.FISCAL_EXPENDITURE);
    private static final BigDecimal TEN_THOUSAND = new BigDecimal("10000");

    private final boolean scale;

    TextVsTableRule(boolean scale) {
        super(scale ? "TEXT-UNIT-SCALE" : "TEXT-TABLE-AMOUNT", scale ? Category.DRAFTING : Category.TEXT_VS_TABLE,
                scale ? Severity.WARNING : Severity.ERROR,
                scale ? "an amount in the text is 10,000 times off its table line (元 written for 万元, or the reverse)"
                        : "an amount the text states for a classification line differs from the table");
        this.scale = scale;
    }

    @Override
    public List<Finding> check(Disclosure d) {
        List<BudgetTable> tables = d.data().budgetTables().stream().filter(t -> FUNCTION_TABLES.contains(t.kind())).toList();
        if (tables.isEmpty()) {
            return List.of();
        }
        boolean finalAccounts = "决算".equals(d.identity().kind());
        List<Finding> findings = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        for (ProseFigure f : d.data().figures()) {
            if (!ProseTotalsRule.current(f, d.identity().year()) || f.path().split("/").length < 2
                    || finalAccounts && !f.label().contains("决算")) {
                continue;
            }
            Optional<Amount> table = tableAmount(tables, f.path());
            if (table.isEmpty() || !Sums.differs(f.amount(), table.get().wan().orElseThrow())) {
                continue;
            }
            BigDecimal stated = f.amount().wan().orElseThrow();
            BigDecimal inTable = table.get().wan().orElseThrow();
            boolean scaled = !Sums.differs(f.amount(), inTable.multiply(TEN_THOUSAND))
                    || !Sums.differs(f.amount(), inTable.divide(TEN_THOUSAND));
            if (scaled == scale && reported.add(f.path() + "=" + f.amount().text())) {
                findings.add(mismatch(f.part(), f.location(), f.sentence(),
                        "文中“" + f.path() + "”" + f.label() + f.amount().text() + "，但功能分类表中为" + Sums.show(inTable) + "万元"
                                + (scaled ? "，相差一万倍，疑为单位写错" : ""),
                        "the text states " + f.amount().text() + " for " + f.path() + " but the table has " + Sums.show(inTable)
                                + "万元" + (scaled ? ", 10,000 times off: the unit is probably wrong" : ""),
                        inTable, stated));
            }
        }
        return findings;
    }

    /**
     * The 合计 (else first) amount of the table line whose 类/款/项 names are the path's; in a table
     * with a section per unit, the sum of the line over the units (the department's amount).
     */
    private static Optional<Amount> tableAmount(List<BudgetTable> tables, String path) {
        String[] names = path.split("/");
        for (BudgetTable t : tables) {
            List<Amount> found = new ArrayList<>();
            Set<String> units = new HashSet<>();
            for (BudgetLine line : t.lines()) {
                if (line.code().isPresent() && matches(line, names) && !line.amounts().isEmpty() && units.add(line.unit())) {
                    found.add(line.amount("合计").orElse(line.amounts().get(0).amount()));
                }
            }
            if (found.size() == 1) {
                return Optional.of(found.get(0));
            }
            if (!found.isEmpty()) {
                BigDecimal sum = found.stream().map(a -> a.wan().orElse(BigDecimal.ZERO)).reduce(BigDecimal.ZERO, BigDecimal::add);
                return Optional.of(new Amount(sum, org.disclosurelens.figure.Unit.TEN_THOUSAND_YUAN, Sums.show(sum)));
            }
        }
        return Optional.empty();
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

package org.disclosurelens.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurelens.figure.Direction;
import org.disclosurelens.figure.ProseFigure;
import org.disclosurelens.table.BudgetLine;
import org.disclosurelens.table.BudgetTable;
import org.disclosurelens.table.TableGrid;
import org.disclosurelens.table.TableKind;

/**
 * TEXT-TABLE-TOTAL: a 总计 the text states (收入支出总计, 收支总计, 财政拨款收入支出总计) differs from the
 * 总计 row of the summary table it describes (收支总表, or 财政拨款收支总表 when the text says 财政拨款).
 * The 收入 and the 支出 side of a summary table both end in the 总计; the text's figure is compared
 * with the side it names, and with the 收入 side when it names both. Only amounts of the document's
 * year count, not changes (比上年增加…).
 */
final class TextTotalRule extends BaseRule {

    /** The total's name within its label (the label may start with the issuer and the year). */
    private static final Pattern NAME = Pattern.compile("(财政拨款)?(收入支出|收支|收入|支出)?(预算|决算)?总计");

    TextTotalRule() {
        super(RuleId.TEXT_TABLE_TOTAL);
    }

    @Override
    public List<Finding> check(Disclosure d) {
        List<Finding> findings = new ArrayList<>();
        for (ProseFigure f : d.data().figures()) {
            if (f.direction() != Direction.NONE || !f.label().contains("总计") || f.amount().wan().isEmpty()
                    || !d.prose().current(f)) {
                continue;
            }
            TableKind kind = f.label().contains("财政拨款") ? TableKind.FISCAL_SUMMARY : TableKind.SUMMARY;
            String side = f.label().contains("收入") || !f.label().contains("支出") ? "收入" : "支出";
            Optional<Total> table = total(d.data().budgetTables(), kind, side);
            if (table.isPresent() && Sums.differs(f.amount(), table.get().wan())) {
                BigDecimal wan = table.get().wan();
                Matcher m = NAME.matcher(TableGrid.key(f.label()));
                String name = m.find() ? m.group() : "总计";
                findings.add(mismatch(f.part(), f.location(), f.sentence(),
                        "文中" + name + "为" + f.amount().text() + "，但" + table.get().title() + "的总计为" + Sums.show(wan) + "万元",
                        "the text states " + name + " " + f.amount().text() + " but the 总计 row of " + table.get().title()
                                + " has " + Sums.show(wan) + "万元",
                        wan, f.amount().wan().orElseThrow()));
            }
        }
        return findings;
    }

    /** A summary table's 总计 on one side, and the table's title. */
    private record Total(String title, BigDecimal wan) {
    }

    /** The first 总计 row's amount on the given side (its column header starts with 收入 or 支出). */
    private static Optional<Total> total(List<BudgetTable> tables, TableKind kind, String side) {
        for (BudgetTable t : tables) {
            if (t.kind() != kind) {
                continue;
            }
            for (BudgetLine line : t.lines()) {
                String name = TableGrid.key(line.name());
                if (!name.endsWith("总计") || line.code().isPresent()) {
                    continue;
                }
                Optional<Total> amount = line.amounts().stream()
                        .filter(a -> a.header().startsWith(side) && a.amount().wan().isPresent())
                        .map(a -> new Total(t.source().title(), a.amount().wan().orElseThrow())).findFirst();
                if (amount.isPresent()) {
                    return amount;
                }
            }
        }
        return Optional.empty();
    }
}

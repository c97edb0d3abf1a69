package org.disclosurelens.check;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.disclosurelens.table.BudgetLine;
import org.disclosurelens.table.BudgetTable;

/** ARITH-TABLE-COLUMNS: in each line, a 合计 column = the sum of the columns beside it under the same heading (合计 = 基本支出 + 项目支出; 合计 = 财政拨款收入 + 事业收入 + …). */
final class TableColumnsRule extends BudgetTableRule {

    TableColumnsRule() {
        super(RuleId.ARITH_TABLE_COLUMNS);
    }

    @Override
    void table(Disclosure d, BudgetTable t, Tally tally) {
        columns(t, tally);
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

}

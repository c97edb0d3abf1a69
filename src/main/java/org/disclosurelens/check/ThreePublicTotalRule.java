package org.disclosurelens.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.disclosurelens.figure.Amount;
import org.disclosurelens.table.ThreePublicItem;
import org.disclosurelens.table.ThreePublicRow;
import org.disclosurelens.table.ThreePublicTable;

/**
 * ARITH-THREE-PUBLIC-TOTAL: in the "三公" table, in every column (last year, this year, change),
 * 合计 = 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费, and 公务用车购置及运行费 = 购置费 + 运行费
 * where the table gives both. When the vehicle line is not given, its two sub-lines count instead.
 */
final class ThreePublicTotalRule extends BaseRule {

    ThreePublicTotalRule() {
        super(RuleId.ARITH_THREE_PUBLIC_TOTAL);
    }

    @Override
    public List<Finding> check(Disclosure d) {
        List<Finding> findings = new ArrayList<>();
        for (ThreePublicTable t : d.data().threePublic()) {
            for (Column column : Column.values()) {
                check(t, column, findings);
            }
        }
        return findings;
    }

    private void check(ThreePublicTable t, Column column, List<Finding> findings) {
        Optional<ThreePublicRow> vehicle = t.row(ThreePublicItem.VEHICLE);
        List<ThreePublicItem> vehicleParts = List.of(ThreePublicItem.VEHICLE_PURCHASE, ThreePublicItem.VEHICLE_OPERATION);
        boolean split = vehicleParts.stream().allMatch(i -> value(t, i, column).isPresent());
        if (vehicle.isPresent() && split) {
            compare(t, vehicle.get(), column, vehicleParts, findings);
        }
        List<ThreePublicItem> parts = new ArrayList<>(List.of(ThreePublicItem.OUTBOUND, ThreePublicItem.RECEPTION));
        if (vehicle.isPresent() && column.of.apply(vehicle.get()).isPresent()) {
            parts.add(ThreePublicItem.VEHICLE);
        } else if (split) {
            parts.addAll(vehicleParts);
        } else {
            return;
        }
        Optional<ThreePublicRow> total = t.row(ThreePublicItem.TOTAL);
        if (total.isPresent() && parts.stream().allMatch(i -> value(t, i, column).isPresent())) {
            compare(t, total.get(), column, parts, findings);
        }
    }

    private void compare(ThreePublicTable t, ThreePublicRow total, Column column, List<ThreePublicItem> parts,
            List<Finding> findings) {
        Optional<Amount> printed = column.of.apply(total);
        if (printed.isEmpty()) {
            return;
        }
        BigDecimal sum = parts.stream().map(i -> Sums.wan(value(t, i, column))).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (Sums.differs(printed.get(), sum)) {
            String names = String.join("+", parts.stream().map(ThreePublicItem::title).toList());
            findings.add(mismatch(t.source().part(), total.location(), total.label() + " " + printed.get().text(),
                    "“三公”经费表" + column.zh + "“" + total.label() + "”为" + Sums.written(printed.get()) + "，但" + names + "合计"
                            + Sums.showAs(sum, printed.get()),
                    "三公 table, " + column.en + ": " + total.label() + " is " + Sums.written(printed.get()) + " but " + names
                            + " add up to " + Sums.showAs(sum, printed.get()),
                    sum, printed.get().wan().orElseThrow()));
        }
    }

    private static Optional<Amount> value(ThreePublicTable t, ThreePublicItem item, Column column) {
        return t.row(item).flatMap(column.of);
    }

    /** The table's amount columns. */
    enum Column {
        PREVIOUS("上年数", "last year", ThreePublicRow::previous),
        CURRENT("本年数", "this year", ThreePublicRow::current),
        CHANGE("增减数", "change", ThreePublicRow::change);

        final String zh;
        final String en;
        final Function<ThreePublicRow, Optional<Amount>> of;

        Column(String zh, String en, Function<ThreePublicRow, Optional<Amount>> of) {
            this.zh = zh;
            this.en = en;
            this.of = of;
        }
    }
}

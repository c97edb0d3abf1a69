package org.disclosurelens.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.disclosurelens.table.AssetRow;
import org.disclosurelens.table.AssetTable;

/**
 * ARITH-ASSETS-TOTAL: in the 固定资产占用情况表, 固定资产总额 = the value of its numbered items
 * (1、房屋 … 4、其他固定资产); "其中" lines are inside an item and are not added. When some item has
 * no value printed, only a sum above the total is an error.
 */
final class AssetsTotalRule extends BaseRule {

    private static final Pattern TOTAL = Pattern.compile("总额|合计|总计");
    private static final Pattern ITEM = Pattern.compile("^\\s*[0-9一二三四五六七八九十]+\\s*[、.．]");

    AssetsTotalRule() {
        super(RuleId.ARITH_ASSETS_TOTAL);
    }

    @Override
    public List<Finding> check(Disclosure d) {
        List<Finding> findings = new ArrayList<>();
        for (AssetTable t : d.data().assets()) {
            AssetRow total = t.rows().stream().filter(r -> TOTAL.matcher(r.item()).find() && r.value().isPresent())
                    .findFirst().orElse(null);
            List<AssetRow> items = t.rows().stream().filter(r -> ITEM.matcher(r.item()).find()).toList();
            if (total == null || items.size() < 2) {
                continue;
            }
            boolean complete = items.stream().allMatch(r -> r.value().isPresent());
            BigDecimal sum = items.stream().map(r -> Sums.wan(r.value())).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal printed = Sums.wan(total.value());
            boolean wrong = complete ? Sums.differs(total.value().get(), sum)
                    : sum.subtract(printed).compareTo(Sums.tolerance(total.value().get())) > 0;
            if (wrong) {
                findings.add(mismatch(t.source().part(), total.location(), total.item() + " " + total.value().get().text(),
                        "固定资产总额" + Sums.written(total.value().get()) + "，但各项合计" + Sums.showAs(sum, total.value().get()),
                        "固定资产总额 is " + Sums.written(total.value().get()) + " but its items add up to " + Sums.showAs(sum, total.value().get()),
                        sum, printed));
            }
        }
        return findings;
    }
}

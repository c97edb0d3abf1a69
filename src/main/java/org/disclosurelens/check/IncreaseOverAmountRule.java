package org.disclosurelens.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.disclosurelens.figure.Direction;
import org.disclosurelens.figure.ProseFigure;

/**
 * ARITH-INCREASE-OVER-AMOUNT: an increase stated right after an amount that is larger than the
 * amount itself, so that the amount it is measured against would be negative. Seen in a real
 * Shanghai budget where a clause was copied with its change: "政府性基金拨款支出预算0万元，比2022年预算
 * 增加1421.25万元".
 */
final class IncreaseOverAmountRule extends BaseRule {

    private static final Pattern COMPARED = Pattern.compile("上年|去年|[比较与]\\d{4}");

    IncreaseOverAmountRule() {
        super(RuleId.ARITH_INCREASE_OVER_AMOUNT);
    }

    @Override
    public List<Finding> check(Disclosure d) {
        List<ProseFigure> figures = d.data().figures();
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            ProseFigure change = figures.get(i);
            // A comparison ("比2022年预算增加", "与上年相比增加"), not an item that grew ("信息化建设经费增加35万元").
            if (change.direction() != Direction.UP || change.amount() == null || !change.amount().unit().money()
                    || change.base().isEmpty() && !COMPARED.matcher(change.label()).find()) {
                continue;
            }
            for (int j = i - 1; j >= 0 && figures.get(j).sentence().equals(change.sentence()); j--) {
                ProseFigure amount = figures.get(j);
                if (amount.path().equals(change.path()) && d.prose().current(amount)) {
                    check(amount, change).ifPresent(findings::add);
                    break;
                }
            }
        }
        return findings;
    }

    private Optional<Finding> check(ProseFigure amount, ProseFigure change) {
        BigDecimal now = Sums.wan(Optional.of(amount.amount()));
        BigDecimal increase = Sums.wan(Optional.of(change.amount()));
        BigDecimal before = now.subtract(increase);
        if (before.negate().compareTo(Sums.tolerance(amount.amount()).max(Sums.tolerance(change.amount()))) <= 0) {
            return Optional.empty();
        }
        int at = Math.max(0, amount.sentence().indexOf(amount.label()));
        return Optional.of(mismatch(change.part(), change.location(), Evidence.sentence(amount.sentence(), at),
                "“" + amount.path() + "”为" + amount.amount().text() + "，却称" + change.label() + change.amount().text()
                        + "，则比较基数为" + Sums.show(before) + "万元（负数）",
                amount.path() + " is " + amount.amount().text() + " but is said to be up " + change.amount().text()
                        + " (" + change.label() + "): the amount it is compared with would be " + Sums.show(before) + "万元",
                now, increase));
    }
}

package org.disclosurelens.check;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import org.disclosurelens.data.Headline;
import org.disclosurelens.figure.Amount;
import org.disclosurelens.figure.Direction;
import org.disclosurelens.figure.ProseFigure;
import org.disclosurelens.table.ThreePublicItem;

/** TEXT-PERCENT-SHARE: "占…的x%" against the line and the total it is a share of; when another total gives the printed share (三公 shares computed on 三公 + 会议费 + 培训费), the message says so. */
final class PercentShareRule extends PercentRule {

    PercentShareRule() {
        super(RuleId.TEXT_PERCENT_SHARE);
    }

    @Override
    void figure(Disclosure d, List<ProseFigure> figures, int i, boolean share, boolean cut, List<Finding> findings) {
        if (share) {
            share(d, figures, i, findings);
        }
    }

    private void share(Disclosure d, List<ProseFigure> figures, int i, List<Finding> findings) {
        ProseFigure f = figures.get(i);
        Optional<ProseFigure> part = before(figures, i, f.path()).stream().filter(PercentRule::money).findFirst();
        Map<String, BigDecimal> totals = totals(d, figures, i, f);
        if (part.isEmpty() || totals.isEmpty()) {
            return;
        }
        BigDecimal numerator = part.get().amount().wan().orElseThrow();
        // A total smaller than its part is misprinted (2026年预算支出1682.76元 for 万元) or misread: no base for a share.
        totals.values().removeIf(v -> v.compareTo(numerator) < 0);
        if (totals.isEmpty()) {
            return;
        }
        Map.Entry<String, BigDecimal> stated = totals.entrySet().iterator().next();
        BigDecimal expected = numerator.multiply(HUNDRED).divide(stated.getValue(), MathContext.DECIMAL64);
        if (matches(f.amount(), expected)) {
            return;
        }
        String explained = totals.entrySet().stream().skip(1)
                .filter(e -> matches(f.amount(), numerator.multiply(HUNDRED).divide(e.getValue(), MathContext.DECIMAL64)))
                .map(Map.Entry::getKey).findFirst().orElse("");
        findings.add(mismatch(f.part(), f.location(), f.sentence(),
                "“" + f.path() + "”" + part.get().amount().text() + "占" + stated.getKey() + Sums.show(stated.getValue())
                        + "万元的比例应为" + percent(expected, f.amount()) + "%，文中为" + f.amount().text()
                        + (explained.isEmpty() ? "" : "（按" + explained + "计算所得，基数有误）"),
                f.path() + ": " + part.get().amount().text() + " of " + stated.getKey() + " " + Sums.show(stated.getValue())
                        + "万元 is " + percent(expected, f.amount()) + "%, not " + f.amount().text()
                        + (explained.isEmpty() ? "" : " (that is its share of " + explained + ": the wrong base)"),
                rounded(expected, f.amount()), f.amount().value()));
    }

    /**
     * The total a share is of, first — the one its label names (占“三公”经费, 占本年支出合计), or the
     * line it belongs to stated just before it — then other totals a drafter may have divided by
     * instead. Empty when the label does not say of what.
     */
    private static Map<String, BigDecimal> totals(Disclosure d, List<ProseFigure> figures, int i, ProseFigure f) {
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        String label = f.label();
        if (label.contains("三公")) {
            threePublicTotal(d, figures, f).ifPresent(v -> totals.put("“三公”经费合计", v));
            d.data().threePublic().stream().flatMap(t -> t.row(ThreePublicItem.TOTAL_WITH_MEETINGS).stream())
                    .flatMap(r -> r.current().stream()).findFirst().flatMap(Amount::wan)
                    .ifPresent(v -> totals.put("“三公”经费、会议费、培训费合计", v));
        } else if (NAMED_TOTAL.matcher(label).find()) {
            Matcher m = NAMED_TOTAL.matcher(label);
            m.find();
            String named = m.group();
            // The total the label names, as the text states it (a 决算's 本年支出合计 is not its 支出总计).
            figures.stream().filter(p -> p.label().contains(named) && !p.label().contains("占")
                    && d.prose().current(p)).findFirst()
                    .ifPresent(p -> totals.put(named, wan(p)));
        } else if (f.path().contains("/")) {
            String parent = f.path().substring(0, f.path().lastIndexOf('/'));
            figures.stream().filter(p -> p.sentence().equals(f.sentence()) && p.path().equals(parent)
                    && d.prose().current(p)).findFirst()
                    .ifPresent(p -> totals.put("“" + parent + "”", wan(p)));
        }
        if (!totals.isEmpty()) {
            d.data().headline().get(Headline.Total.EXPENDITURE).flatMap(Amount::wan).ifPresent(v -> totals.putIfAbsent("本年支出合计", v));
            d.data().headline().get(Headline.Total.INCOME).flatMap(Amount::wan).ifPresent(v -> totals.putIfAbsent("本年收入合计", v));
        }
        totals.values().removeIf(v -> v.signum() == 0);
        return totals;
    }

    /** The 三公 total: the table's 合计, else the headline, else the items the same sentence states. */
    private static Optional<BigDecimal> threePublicTotal(Disclosure d, List<ProseFigure> figures, ProseFigure f) {
        Optional<BigDecimal> table = d.data().threePublic().stream().flatMap(t -> t.row(ThreePublicItem.TOTAL).stream())
                .flatMap(r -> r.current().stream()).findFirst().flatMap(Amount::wan);
        if (table.isPresent()) {
            return table;
        }
        Optional<BigDecimal> headline = d.data().headline().get(Headline.Total.THREE_PUBLIC).flatMap(Amount::wan);
        if (headline.isPresent()) {
            return headline;
        }
        List<ProseFigure> items = figures.stream().filter(p -> p.sentence().equals(f.sentence()) && money(p)
                && p.direction() == Direction.NONE && p.path().startsWith("三公经费/") && p.path().split("/").length == 2).toList();
        return items.size() >= 3 ? Optional.of(items.stream().map(PercentRule::wan).distinct().reduce(BigDecimal.ZERO, BigDecimal::add))
                : Optional.empty();
    }

}

package org.disclosurelens.check;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.disclosurelens.data.Headline;
import org.disclosurelens.figure.Amount;
import org.disclosurelens.figure.Direction;
import org.disclosurelens.figure.Labels;
import org.disclosurelens.figure.ProseFigure;
import org.disclosurelens.figure.Unit;

/** TEXT-PERCENT-CHANGE: "比上年增加x%" against the amounts of the same line (this year and last year's, or this year and the change). */
final class PercentChangeRule extends PercentRule {

    PercentChangeRule() {
        super(RuleId.TEXT_PERCENT_CHANGE);
    }

    @Override
    void figure(Disclosure d, List<ProseFigure> figures, int i, boolean share, boolean cut, List<Finding> findings) {
        if (figures.get(i).direction() != Direction.NONE && !cut) {
            change(d, figures, i, findings);
        }
    }

    /**
     * The percentage against its own clause first: the change stated just before it and the base
     * the clause names ("比2025年初预算数20,292.85万元减少464.27万元，降低2.29%"), or this year's amount
     * the clause opens with ("支出1,391.68万元，比上年增加333.83万元，增长31.35%": base 1,057.85). A clause
     * without amounts of its own is read through the labels: the same item's amounts in the figures
     * before it. A percentage that another reading of its neighbours explains is not flagged.
     */
    private void change(Disclosure d, List<ProseFigure> figures, int i, List<Finding> findings) {
        ProseFigure f = figures.get(i);
        List<BigDecimal> computed = clause(figures, i);
        if (computed.isEmpty()) {
            computed = byLabel(d, figures, i);
        }
        if (!computed.isEmpty() && computed.stream().noneMatch(c -> matches(f.amount(), c)) && !explainedNearby(d, figures, i)) {
            BigDecimal expected = computed.get(0);
            Finding finding = mismatch(f.part(), f.location(), f.sentence(),
                    "文中“" + f.path() + "”" + f.label() + f.amount().text() + "，按所列金额应为" + percent(expected, f.amount()) + "%",
                    f.path() + ": the text says " + f.label() + " " + f.amount().text() + " but the amounts give "
                            + percent(expected, f.amount()) + "%",
                    rounded(expected, f.amount()), f.amount().value());
            Optional<String> glued = gluedComparison(figures, i);
            findings.add(glued.isEmpty() ? finding : finding.possiblyMisread(
                    "比较句紧接在不成项目的文字“" + glued.get() + "”之后，句子可能由两段文字拼接而成",
                    "the comparison follows words that name no item (\"" + glued.get() + "\"): the sentence may join two passages"));
        }
    }

    /**
     * The words a change is written right after, when they name no item and no amount comes
     * between ("支撑构建较2025年年初预算增加29.23万元": a page's text run into another's, as
     * Shenzhen's 气象局 prints it): whose change it is cannot be told.
     */
    private static Optional<String> gluedComparison(List<ProseFigure> figures, int i) {
        ProseFigure f = figures.get(i);
        for (int j = i - 1; j >= 0 && figures.get(j).sentence().equals(f.sentence()); j--) {
            ProseFigure c = figures.get(j);
            if (money(c) && c.direction() == f.direction()) {
                Matcher m = GLUED.matcher(c.label().replaceAll("\\s+", ""));
                return m.find() && !Labels.namesItem(m.group(1)) ? Optional.of(m.group(1)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The percentage its own clause gives: the change just before it in the sentence over the base
     * the clause states with 比/较/与…相比 (or as last year's), else over this year's amount stated
     * right before the change less (or plus) the change. Empty when the clause states no change.
     */
    private static List<BigDecimal> clause(List<ProseFigure> figures, int i) {
        ProseFigure f = figures.get(i);
        int j = i - 1;
        while (j >= 0 && figures.get(j).sentence().equals(f.sentence()) && !(money(figures.get(j))
                && figures.get(j).direction() == f.direction())) {
            if (figures.get(j).amount() != null && figures.get(j).amount().unit() == Unit.PERCENT) {
                return List.of(); // the change before belongs to that percentage: this one's clause states no amount
            }
            j--;
        }
        if (j < 0 || !figures.get(j).sentence().equals(f.sentence())) {
            return List.of();
        }
        BigDecimal change = wan(figures.get(j));
        for (int k = j - 1; k >= 0 && figures.get(k).sentence().equals(f.sentence()); k--) {
            ProseFigure b = figures.get(k);
            if (!money(b)) {
                continue;
            }
            if (b.direction() != Direction.NONE) {
                break; // the change of another clause
            }
            BigDecimal base = BASE.matcher(b.label()).find() ? wan(b)
                    : f.direction() == Direction.UP ? wan(b).subtract(change) : wan(b).add(change);
            return base.signum() > 0 ? List.of(change.multiply(HUNDRED).divide(base, MathContext.DECIMAL64)) : List.of();
        }
        return List.of();
    }

    /** The percentage read through the labels: the same item's amounts among the figures just before it. */
    private static List<BigDecimal> byLabel(Disclosure d, List<ProseFigure> figures, int i) {
        ProseFigure f = figures.get(i);
        List<ProseFigure> before = before(figures, i, f.path());
        Optional<ProseFigure> previous = before.stream()
                .filter(b -> money(b) && b.direction() == Direction.NONE && PREVIOUS.matcher(b.label()).find()).findFirst();
        Optional<ProseFigure> delta = before.stream().filter(b -> money(b) && b.direction() == f.direction()).findFirst();
        List<ProseFigure> currents = before.stream().filter(b -> d.prose().current(b)).toList();
        List<BigDecimal> computed = new ArrayList<>();
        for (ProseFigure c : currents) {
            BigDecimal cur = c.amount().wan().orElseThrow();
            Optional<BigDecimal> prev = previous.map(p -> p.amount().wan().orElseThrow())
                    .or(() -> delta.map(x -> f.direction() == Direction.UP ? cur.subtract(wan(x)) : cur.add(wan(x))));
            prev.filter(p -> p.signum() > 0).ifPresent(p -> computed.add(cur.subtract(p).abs().multiply(HUNDRED)
                    .divide(p, MathContext.DECIMAL64)));
        }
        return computed;
    }

    /**
     * True when the percentage follows from the change stated just before it in its sentence and an
     * amount it may be measured against: a base or an amount stated with it in the last few
     * figures, whatever they are labelled, or a headline total of the document (its tables'):
     * "一般公共预算收入19,828.57万元比2025年初预算数20,292.85万元减少464.27万元，降低2.29%" is right
     * whichever item the labels put it under; "增加50.32万元，增长3.08%" measures the total stated in
     * the sentence before. A percentage that follows from none of them is wrong.
     */
    private static boolean explainedNearby(Disclosure d, List<ProseFigure> figures, int i) {
        ProseFigure f = figures.get(i);
        Optional<ProseFigure> delta = Optional.empty();
        for (int j = i - 1; j >= 0 && figures.get(j).sentence().equals(f.sentence()); j--) {
            if (money(figures.get(j)) && figures.get(j).direction() == f.direction()) {
                delta = Optional.of(figures.get(j));
                break;
            }
        }
        if (delta.isEmpty()) {
            return false;
        }
        BigDecimal change = wan(delta.get());
        List<BigDecimal> bases = new ArrayList<>();
        // The amounts of its own sentence, else those of the sentences just before and the headline totals.
        boolean own = false;
        for (int j = i - 1; j >= 0 && figures.get(j).sentence().equals(f.sentence()); j--) {
            own |= money(figures.get(j)) && figures.get(j).direction() == Direction.NONE;
        }
        for (int j = i - 1; j >= Math.max(0, i - 2 * WINDOW); j--) {
            ProseFigure b = figures.get(j);
            if (own && !b.sentence().equals(f.sentence())) {
                break;
            }
            if (money(b) && b.direction() == Direction.NONE && b.part() == f.part()) {
                bases.add(wan(b));
                bases.add(f.direction() == Direction.UP ? wan(b).subtract(change) : wan(b).add(change));
            }
        }
        if (!own) {
            for (Headline.Total total : List.of(Headline.Total.INCOME, Headline.Total.EXPENDITURE)) {
                d.data().headline().get(total).flatMap(Amount::wan)
                        .ifPresent(v -> bases.add(f.direction() == Direction.UP ? v.subtract(change) : v.add(change)));
            }
        }
        return bases.stream().filter(b -> b.signum() > 0)
                .anyMatch(b -> matches(f.amount(), change.multiply(HUNDRED).divide(b, MathContext.DECIMAL64)));
    }

}

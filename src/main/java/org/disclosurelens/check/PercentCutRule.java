package org.disclosurelens.check;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.disclosurelens.figure.Amount;
import org.disclosurelens.figure.Direction;
import org.disclosurelens.figure.ProseFigure;

/** TEXT-PERCENT-CUT: a decrease explained as a cut of n% ("压减10%") that is not n% of last year's amount. */
final class PercentCutRule extends PercentRule {

    PercentCutRule() {
        super(RuleId.TEXT_PERCENT_CUT);
    }

    @Override
    void figure(Disclosure d, List<ProseFigure> figures, int i, boolean share, boolean cut, List<Finding> findings) {
        if (cut) {
            cut(figures, i, findings);
        }
    }

    private void cut(List<ProseFigure> figures, int i, List<Finding> findings) {
        ProseFigure f = figures.get(i);
        List<ProseFigure> sentence = figures.stream().filter(g -> g.sentence().equals(f.sentence())).toList();
        Optional<ProseFigure> decrease = sentence.stream().filter(g -> money(g) && g.direction() == Direction.DOWN).findFirst();
        Optional<ProseFigure> current = decrease.flatMap(x -> sentence.stream()
                .filter(g -> money(g) && g.direction() == Direction.NONE && g.path().equals(x.path())).findFirst());
        if (decrease.isEmpty() || current.isEmpty()) {
            return;
        }
        BigDecimal previous = wan(current.get()).add(wan(decrease.get()));
        BigDecimal expected = previous.multiply(f.amount().value()).divide(HUNDRED, MathContext.DECIMAL64);
        if (Sums.differs(decrease.get().amount(), expected)) {
            BigDecimal actualShare = wan(decrease.get()).multiply(HUNDRED).divide(previous, 2, RoundingMode.HALF_UP);
            findings.add(mismatch(f.part(), f.location(), f.sentence(),
                    "“" + decrease.get().path() + "”减少" + decrease.get().amount().text() + "，称" + f.label() + f.amount().text()
                            + "，但上年" + Sums.show(previous) + "万元的" + f.amount().text() + "为" + Sums.show(expected.setScale(2, RoundingMode.HALF_UP))
                            + "万元（实际减少" + Amount.plain(actualShare) + "%）",
                    decrease.get().path() + ": a decrease of " + decrease.get().amount().text() + " is explained as a cut of "
                            + f.amount().text() + ", but that of last year's " + Sums.show(previous) + "万元 is "
                            + Sums.show(expected.setScale(2, RoundingMode.HALF_UP)) + "万元 (the decrease is " + Amount.plain(actualShare) + "%)",
                    expected.setScale(2, RoundingMode.HALF_UP), wan(decrease.get())));
        }
    }

}

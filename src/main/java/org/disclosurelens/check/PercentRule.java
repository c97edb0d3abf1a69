package org.disclosurelens.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.disclosurelens.figure.Amount;
import org.disclosurelens.figure.Direction;
import org.disclosurelens.figure.ProseFigure;
import org.disclosurelens.figure.Unit;

/**
 * Printed percentages that do not follow from the printed amounts.
 * TEXT-PERCENT-CHANGE: "比上年增加x%" against the amounts of the same line (this year and last
 * year's, or this year and the change).
 * TEXT-PERCENT-SHARE: "占…的x%" against the line and the total it is a share of; when another total
 * gives the printed share (三公 shares computed on 三公 + 会议费 + 培训费), the message says so.
 * TEXT-PERCENT-CUT: a decrease explained as a cut of n% ("压减10%") that is not n% of last year's
 * amount.
 * A percentage matches when it equals the computed one rounded to the digits it is printed with,
 * give or take one unit in its last digit.
 */
abstract class PercentRule extends BaseRule {

    static final Pattern PREVIOUS = Pattern.compile("执行数|上年|上一年|去年");
    /** Words (two or more characters, no year, no delimiter) right before 较/比 of a change. */
    static final Pattern GLUED = Pattern.compile("^(?:其中|主要是)?(?![与和同跟])([^\\d，,。；;：:、]{2,}?)(?:较|(?<!相)比|同比)");
    /** The base of a change as its clause names it: 比…, 较…, 与…相比, last year's amount. */
    static final Pattern BASE = Pattern.compile("^(比|较|与|同比|相比)|执行数|上年|上一年|去年|年初预算");
    static final Pattern CUT = Pattern.compile("压减|缩减|调减|核减");
    /** Paths read from template text ("下降（增长）"), which has no figures to check. */
    static final Pattern TEMPLATE_PATH = Pattern.compile("[（(](增|减|下降|上升)");
    static final Pattern NAMED_TOTAL = Pattern.compile("(本年)?(收入|支出)(预算)?(合计|总计)");
    static final BigDecimal HUNDRED = new BigDecimal("100");
    static final int WINDOW = 6;

    PercentRule(RuleId rule) {
        super(rule);
    }

    /**
     * Checks the percentage {@code figures.get(i)}, a share ({@code share}: 占…的x%) or a cut
     * ({@code cut}: 压减x%) or neither, if it is this rule's.
     */
    abstract void figure(Disclosure d, List<ProseFigure> figures, int i, boolean share, boolean cut, List<Finding> findings);

    @Override
    public final List<Finding> check(Disclosure d) {
        List<ProseFigure> figures = d.data().figures();
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            ProseFigure f = figures.get(i);
            if (f.amount() == null || f.amount().unit() != Unit.PERCENT) {
                continue;
            }
            boolean share = f.direction() == Direction.NONE && f.label().contains("占") && !TEMPLATE_PATH.matcher(f.path()).find();
            boolean cut = CUT.matcher(f.label()).find();
            figure(d, figures, i, share, cut, findings);
        }
        return findings;
    }

    /** Figures of {@code path} in the few figures before {@code i}, nearest first. */
    static List<ProseFigure> before(List<ProseFigure> figures, int i, String path) {
        List<ProseFigure> found = new ArrayList<>();
        for (int j = i - 1; j >= Math.max(0, i - WINDOW); j--) {
            if (figures.get(j).path().equals(path)) {
                found.add(figures.get(j));
            }
        }
        return found;
    }

    static boolean money(ProseFigure f) {
        return f.amount() != null && f.amount().unit().money();
    }

    static BigDecimal wan(ProseFigure f) {
        return f.amount().wan().orElseThrow();
    }

    /** The computed percentage rounded as the printed one is, within one unit of its last digit. */
    static boolean matches(Amount printed, BigDecimal computed) {
        BigDecimal unit = BigDecimal.ONE.movePointLeft(Math.max(0, printed.value().scale()));
        return rounded(computed, printed).subtract(printed.value()).abs().compareTo(unit) <= 0;
    }

    static BigDecimal rounded(BigDecimal computed, Amount printed) {
        return computed.setScale(Math.max(0, printed.value().scale()), RoundingMode.HALF_UP);
    }

    static String percent(BigDecimal computed, Amount printed) {
        return Amount.plain(computed.setScale(Math.max(2, printed.value().scale()), RoundingMode.HALF_UP));
    }
}

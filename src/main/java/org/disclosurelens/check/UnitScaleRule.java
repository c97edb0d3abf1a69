package org.disclosurelens.check;

/**
 * TEXT-UNIT-SCALE: an amount the text states for a classification line is the table's times or
 * divided by 10,000: 元 written where 万元 is meant, or the reverse ({@link TextVsTableRule}).
 */
final class UnitScaleRule extends TextVsTableRule {

    UnitScaleRule() {
        super(RuleId.TEXT_UNIT_SCALE);
    }

    @Override
    boolean scale() {
        return true;
    }
}

package org.disclosurelens.check;

/** TEXT-TABLE-AMOUNT: an amount the text states for a classification line differs from the table's ({@link TextVsTableRule}). */
final class TextTableAmountRule extends TextVsTableRule {

    TextTableAmountRule() {
        super(RuleId.TEXT_TABLE_AMOUNT);
    }

    @Override
    boolean scale() {
        return false;
    }
}

package org.disclosurelens.check;

import java.util.regex.Pattern;

/** DRAFT-REPEATED-WORD: a word typed twice in a row ("增加增加"). */
final class RepeatedWordRule extends ParagraphWordsRule {

    /** A word of two to four characters typed twice in a row; single characters repeat legitimately (年年). */
    private static final Pattern REPEATED = Pattern.compile("(\\p{IsHan}{2,4})\\1");
    /** Repetitions that are legitimate words or phrases. */
    private static final Pattern LEGITIMATE = Pattern.compile("^(研究研究|学习学习|讨论讨论|常常|天天|年年|月月|人人|事事|处处|时时)$");

    RepeatedWordRule() {
        super(RuleId.DRAFT_REPEATED_WORD, REPEATED);
    }

    @Override
    boolean debris(String match) {
        return !LEGITIMATE.matcher(match).matches();
    }

    @Override
    String zh(String words) {
        return "词语重复“" + words + "”";
    }

    @Override
    String en(String words) {
        return "repeated word \"" + words + "\"";
    }
}

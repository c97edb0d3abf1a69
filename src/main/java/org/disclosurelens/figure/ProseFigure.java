package org.disclosurelens.figure;

import java.util.List;
import org.disclosurelens.model.Location;
import org.disclosurelens.structure.CanonicalPart;

/**
 * An amount stated in a sentence, with what it is the amount of.
 *
 * @param part the canonical part of the section the sentence is in; null outside any section
 * @param labelPath what the amount is of, general to specific: [支出, 基本支出, 人员经费]. Known
 *     budget items get standard names (收入, 支出/基本支出/公用经费, 三公经费/公务接待费); other items
 *     keep their own words under the item they are listed under (机关运行经费/办公费)
 * @param label the words just before the amount, as written ("其中：人员经费", "2023年当年预算执行数为")
 * @param direction UP or DOWN when the amount is a change (较上年增加28.78万元), else NONE
 * @param base what a change is measured against, as written ("上年", "2023年预算执行数"); "" when none.
 *     With direction NONE the amount is that base itself (与上年预算568.43万元相比: last year's amount
 *     of the subject), see {@link #isBase()}
 * @param sentence the sentence the amount is in
 */
public record ProseFigure(
        CanonicalPart part,
        List<String> labelPath,
        String label,
        Amount amount,
        Direction direction,
        String base,
        String sentence,
        Location location) {

    public ProseFigure {
        labelPath = List.copyOf(labelPath);
    }

    /** True when the amount is what a comparison is made against (与上年预算568.43万元相比), not this year's. */
    public boolean isBase() {
        return namesBase(label, direction.label(), base);
    }

    /**
     * True when a figure of this label, direction and base is the base amount itself: a base and no
     * direction, and no change word in the label (增加（减少）0万元 is a change left undecided).
     */
    public static boolean namesBase(String label, String direction, String base) {
        return direction.isEmpty() && !base.isEmpty() && !CHANGE_WORD.matcher(label).find();
    }

    private static final java.util.regex.Pattern CHANGE_WORD = java.util.regex.Pattern.compile("增|减|升|降|提高|压");

    /** The label path joined with "/": "支出/基本支出/人员经费". */
    public String path() {
        return String.join("/", labelPath);
    }
}

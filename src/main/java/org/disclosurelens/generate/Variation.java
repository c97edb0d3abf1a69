package org.disclosurelens.generate;

import java.util.List;

/**
 * How one rendition departs from its template, as real files do: the heading style, parts left
 * out or merged, renumbering after a gap, a table of contents, attached budget tables and the
 * unit and digit grouping of tables.
 *
 * @param missing county parts left out (3, 6, 7 or 9)
 * @param mergeCostAndThreePublic 机关运行经费 and 三公经费 in one part (第三部分 机关运行经费及“三公”经费情况)
 * @param mergeProcurementAndAssets 政府采购 and 国有资产 in one part
 * @param renumber parts after a missing or merged one are renumbered without a gap
 * @param changeForm how the text states a total's change on last year (county template)
 * @param tableShape how the classification tables print their number row, total and codes
 */
public record Variation(HeadingStyle headingStyle, List<Integer> missing, boolean mergeCostAndThreePublic,
        boolean mergeProcurementAndAssets, boolean renumber, boolean toc, boolean attachments, MoneyUnit tableUnit,
        boolean grouping, ChangeForm changeForm, TableShape tableShape) {

    public Variation {
        missing = List.copyOf(missing);
    }
}

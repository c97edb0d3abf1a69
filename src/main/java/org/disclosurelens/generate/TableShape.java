package org.disclosurelens.generate;

import java.util.Random;

/**
 * How a document prints its classification tables (功能分类表, 经济分类表, and the 收支总表 for the
 * number row), in shapes real budgets use and readers get wrong (issue "Read layouts nobody here
 * has seen"): a row of column numbers under the header (栏次 | ** | 1 | 2 | 3), the 合计 row printed
 * first, above its items, and the code inside the name cell ({@code [2080501]行政单位离退休}) with no
 * code column; and the 三公 table with its items across, in three blocks (上年预算数 | 本年预算数 |
 * 增减变化, each opening with its 合计).
 *
 * @param numberRow a row of column numbers follows the header
 * @param totalFirst the 合计 row comes right after the header, above the items
 * @param codeInName codes are printed in the name cell, in square brackets; there is no code column
 * @param threeBlocks the 三公 table (county and Jiangsu templates) has its items across, in three blocks
 */
public record TableShape(boolean numberRow, boolean totalFirst, boolean codeInName, boolean threeBlocks) {

    /** Each shape one time in three, independently. */
    static TableShape draw(Random r) {
        return new TableShape(r.nextInt(3) == 0, r.nextInt(3) == 0, r.nextInt(3) == 0, r.nextInt(3) == 0);
    }
}

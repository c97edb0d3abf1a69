package org.disclosurelens.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A table's grid: spans repeat their text over the positions they cover; short rows are padded. */
class TableTest {

    @Test
    void expandsRowAndColumnSpans() {
        Table t = new Table(List.of(
                List.of(new Cell("项目", 1, 2), new Cell("预算数", 2, 1)),
                List.of(new Cell("2020"), new Cell("2021")),
                List.of(new Cell("合计"), new Cell("2"))), Location.UNKNOWN);
        assertEquals(List.of(List.of("项目", "预算数", "预算数"), List.of("项目", "2020", "2021"), List.of("合计", "2", "")),
                t.grid());
        assertEquals(3, t.width());
    }
}

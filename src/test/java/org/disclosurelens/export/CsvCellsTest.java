package org.disclosurelens.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** OWASP CSV injection: formulas are neutralised, numbers are not. */
class CsvCellsTest {

    @Test
    void neutralisesCellsThatASpreadsheetWouldRun() {
        assertEquals("'=HYPERLINK(\"http://x\")", CsvCells.safe("=HYPERLINK(\"http://x\")"));
        assertEquals("'+cmd|' /C calc'!A0", CsvCells.safe("+cmd|' /C calc'!A0"));
        assertEquals("'-2+3", CsvCells.safe("-2+3"));
        assertEquals("'@SUM(A1)", CsvCells.safe("@SUM(A1)"));
        assertEquals("'\t制表", CsvCells.safe("\t制表"));
        assertEquals("'\r回车", CsvCells.safe("\r回车"));
    }

    @Test
    void leavesNumbersAndOrdinaryTextAlone() {
        assertEquals("-12.50", CsvCells.safe("-12.50"));
        assertEquals("+3", CsvCells.safe("+3"));
        assertEquals("-15.58%", CsvCells.safe("-15.58%"));
        assertEquals("110.93", CsvCells.safe("110.93"));
        assertEquals("第一部分", CsvCells.safe("第一部分"));
        assertEquals("", CsvCells.safe(null));
    }
}

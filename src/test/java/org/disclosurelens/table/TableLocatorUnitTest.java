package org.disclosurelens.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.disclosurelens.figure.Unit;
import org.junit.jupiter.api.Test;

/**
 * The unit a table's caption names, where the unit's 元 and an issuer's name can meet: the row
 * "编制单位：元氏县统计局 单位：万元" above a generated county's tables was read as 元 (元氏县, Hebei),
 * and every amount of its 收支总表 came out ten thousand times too small (a false
 * ARITH-OPERATING-VS-PUBLIC error on fresh seed 90901).
 */
class TableLocatorUnitTest {

    @Test
    void aNameOpeningWith元IsNoUnit() {
        assertEquals(Optional.of(Unit.TEN_THOUSAND_YUAN), TableLocator.unitIn("编制单位：元氏县统计局 单位：万元"));
        assertEquals(Optional.of(Unit.YUAN), TableLocator.unitIn("编制单位：元谋县财政局\t单位：元"));
        assertEquals(Optional.empty(), TableLocator.unitIn("编制单位：元阳县农业农村局"));
    }

    @Test
    void theUsualCaptionsKeepTheirUnit() {
        assertEquals(Optional.of(Unit.YUAN), TableLocator.unitIn("单位：元"));
        assertEquals(Optional.of(Unit.YUAN), TableLocator.unitIn("金额单位：元（保留两位小数）"));
        assertEquals(Optional.of(Unit.YUAN), TableLocator.unitIn("单位：元人民币"));
        assertEquals(Optional.of(Unit.TEN_THOUSAND_YUAN), TableLocator.unitIn("单位: 人民币 万元"));
        assertEquals(Optional.of(Unit.TEN_THOUSAND_YUAN), TableLocator.unitIn("单 位 ： 万 元"));
    }
}

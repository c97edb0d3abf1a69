package org.disclosurelens.identify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The bundled GB/T 2260 list, with municipalities' districts under the municipality's name. */
class DivisionsTest {

    private final Divisions divisions = Divisions.get();

    @Test
    void findsCountiesByCodeWithTheirCityAndProvince() {
        Divisions.Division d = divisions.byCode("130630").orElseThrow();
        assertEquals("涞源县", d.name());
        assertEquals("保定市", d.city());
        assertEquals("河北省", d.province());
    }

    @Test
    void namesTheMunicipalityAsTheCityOfItsDistricts() {
        Divisions.Division d = divisions.byCode("310107").orElseThrow();
        assertEquals("普陀区", d.name());
        assertEquals("上海市", d.city());
        assertEquals("上海市", d.province());
    }

    @Test
    void listsEveryCountySharingAName() {
        assertEquals(2, divisions.named("普陀区").size());
        assertEquals("310107", divisions.named("普陀区").get(0).code());
        assertEquals(Divisions.Level.PROVINCE, divisions.byCode("320000").orElseThrow().level());
    }
}

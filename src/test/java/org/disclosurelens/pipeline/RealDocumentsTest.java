package org.disclosurelens.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.stream.Collectors;
import org.disclosurelens.identify.DocumentIdentity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Published disclosures in corpus/real/ (Shanghai budgets and 决算, Jiangsu budgets and 公开表, a
 * Shanghai workbook template): identity, layout and the canonical part of every top-level
 * section, checked by hand against the files (expected values in real-documents.csv).
 */
class RealDocumentsTest {

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/real-documents.csv", numLinesToSkip = 1)
    void readsIdentityLayoutAndParts(String file, String unit, String year, String kind, String scope, String province,
            String city, String county, String code, String layout, String parts) {
        Path path = Path.of("corpus", "real", file);
        DocumentResult r = org.disclosurelens.AnalyzedCorpus.analyze(path);
        assertEquals(Status.OK, r.status(), r.message());
        DocumentIdentity id = r.identity();
        assertEquals(orEmpty(unit), id.unit());
        assertEquals(year, id.year());
        assertEquals(kind, id.kind());
        assertEquals(scope, id.scope());
        assertEquals(province, id.province());
        assertEquals(orEmpty(city), id.city());
        assertEquals(orEmpty(county), id.county());
        assertEquals(code, id.divisionCode());
        assertEquals(layout, r.structure().layout().label());
        assertEquals(parts, r.structure().sections().stream().filter(s -> s.level() == 1)
                .map(s -> Integer.toString(s.part().number())).collect(Collectors.joining(" ")));
    }

    /** JUnit reads an empty CSV field as null; the identity reports unknown values as "". */
    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}

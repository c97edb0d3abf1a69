package org.disclosurelens.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.disclosurelens.check.DepartmentKinds;
import org.junit.jupiter.api.Test;

/**
 * The generator must not write the detector's words: a DOMAIN-FOREIGN found in a generated copy
 * because the generator's catalogue and the rule's lexicon share a phrase proves nothing. No term
 * of the department-kind lexicon (check/department-kinds.txt) may appear in the generator's
 * catalogue (generate/departments.json), except a few names of whole fields that any text on them
 * uses, and the official name of a classification line. So a copied goal is found in generated
 * corpora by the county it names or by the copy-paste step, and DOMAIN-FOREIGN's recall is measured
 * on real documents only (docs/quality.md).
 */
class LexiconIndependenceTest {

    /** Field names any writer on the field uses (and one classification name, 2100408). */
    private static final Set<String> COMMON = Set.of("中小学", "传染病", "警务", "殡葬", "畜禽", "医疗服务", "养老机构",
            "违法犯罪", "义务教育", "乡镇卫生院", "基本公共卫生服务");

    @Test
    void theCatalogueWritesNoneOfTheLexiconsTermsButFieldNames() throws IOException {
        String catalogue;
        try (InputStream in = CorpusGenerator.class.getResourceAsStream("departments.json")) {
            catalogue = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> terms = DepartmentKinds.allTerms();
        assertTrue(terms.size() > 100, "the lexicon is loaded");
        List<String> shared = new ArrayList<>();
        for (String term : terms) {
            if (catalogue.contains(term) && !COMMON.contains(term)) {
                shared.add(term);
            }
        }
        assertEquals(List.of(), shared);
        assertTrue(COMMON.size() * 10 < terms.size(), "the allowed field names stay a small share of the lexicon");
    }
}

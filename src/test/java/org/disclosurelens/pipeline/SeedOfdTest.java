package org.disclosurelens.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.disclosurelens.AnalyzedCorpus;
import org.disclosurelens.export.AnomaliesCsv;
import org.disclosurelens.export.CsvView;
import org.disclosurelens.export.SectionsCsv;
import org.disclosurelens.export.TablesCsv;
import org.junit.jupiter.api.Test;

/**
 * The seed as OFD (corpus/seed/seed.ofd, written from seed.pdf by the test's OfdWriter) gives what
 * the seed as PDF gives: the same outline, tables and findings, but for where things are and the
 * file's own id and name. Figures, projects and the rest are compared with every rendition in
 * {@link SeedFiguresTest}.
 */
class SeedOfdTest {

    private static final Set<String> LOCATION_COLUMNS = Set.of("document_id", "path", "page", "line", "start_page",
            "start_line", "end_page", "end_line");

    /**
     * Sections' lengths are left out: PDFBox puts a space between the runs where LibreOffice set a
     * quarter em between Chinese and digits (总额为 110.93万元) and the OFD reader does not, so a
     * section of the PDF counts a few characters more (268 against 257 for 第二部分).
     * OfdExtractorTest compares the blocks' text without spaces.
     */
    @Test
    void findsTheSameOutlineAsThePdf() {
        List<List<String>> sections = comparable(new SectionsCsv(), analyze("seed.ofd"), "characters");
        assertEquals(comparable(new SectionsCsv(), analyze("seed.pdf"), "characters"), sections);
        assertEquals(26, sections.size());
    }

    @Test
    void findsTheSameTablesAsThePdf() {
        assertEquals(comparable(new TablesCsv(), analyze("seed.pdf")), comparable(new TablesCsv(), analyze("seed.ofd")));
    }

    @Test
    void flagsTheSameFindingsAsThePdf() {
        List<List<String>> findings = comparable(new AnomaliesCsv(), analyze("seed.ofd"));
        assertEquals(comparable(new AnomaliesCsv(), analyze("seed.pdf")), findings);
        assertEquals(18, findings.size());
        assertTrue(findings.stream().anyMatch(f -> f.contains("rule=PLACE-FOREIGN")), findings.toString());
    }

    @Test
    void saysItIsAnOfdOfTenPages() {
        DocumentResult r = analyze("seed.ofd");
        assertEquals(Status.OK, r.status(), r.message());
        assertEquals("ofd", r.format().label());
        assertEquals(10, r.pages());
        assertEquals("", r.message());
    }

    private static List<List<String>> comparable(CsvView view, DocumentResult r, String... without) {
        List<String> header = view.header();
        Set<String> left = new java.util.HashSet<>(LOCATION_COLUMNS);
        left.addAll(List.of(without));
        List<List<String>> rows = new ArrayList<>();
        for (List<String> row : view.rows(r)) {
            List<String> kept = new ArrayList<>();
            for (int i = 0; i < header.size(); i++) {
                if (!left.contains(header.get(i))) {
                    kept.add(header.get(i) + "=" + row.get(i));
                }
            }
            rows.add(kept);
        }
        return rows;
    }

    private static DocumentResult analyze(String file) {
        return AnalyzedCorpus.analyze(Path.of("corpus", "seed", file));
    }
}

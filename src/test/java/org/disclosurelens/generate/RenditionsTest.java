package org.disclosurelens.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.sax.BodyContentHandler;
import org.disclosurelens.model.Cell;
import org.disclosurelens.model.Table;
import org.disclosurelens.pipeline.Analyzer;
import org.disclosurelens.pipeline.DocumentResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The renditions: Tika's own text layout, real merged cells in Word, the same bytes from the same seed. */
class RenditionsTest {

    private static final EnumSet<CorpusGenerator.Format> TEXT_FORMATS =
            EnumSet.of(CorpusGenerator.Format.TXT, CorpusGenerator.Format.DOCX, CorpusGenerator.Format.HTML);

    @TempDir
    Path dir;

    @Test
    void textIsExactlyWhatTikaExtractsFromTheWordFile() throws Exception {
        generate(dir, 8, 5, TEXT_FORMATS, null);
        AutoDetectParser tika = new AutoDetectParser();
        for (Path docx : files(dir, ".docx")) {
            BodyContentHandler handler = new BodyContentHandler(-1);
            try (InputStream in = Files.newInputStream(docx)) {
                tika.parse(in, handler, new Metadata());
            }
            Path txt = dir.resolve(docx.getFileName().toString().replace(".docx", ".txt"));
            assertEquals(Files.readString(txt, StandardCharsets.UTF_8), handler.toString(), docx.getFileName().toString());
        }
    }

    @Test
    void wordTablesHaveRealMergedCells() throws IOException {
        generate(dir, 1, 5, EnumSet.of(CorpusGenerator.Format.DOCX), null);
        Path docx = files(dir, ".docx").get(0);
        DocumentResult r = new Analyzer().analyze(docx, dir);
        Table project = r.document().blocks().stream().filter(Table.class::isInstance).map(Table.class::cast)
                .filter(t -> t.rows().size() > 1 && t.rows().get(1).get(0).text().equals("项目编码")).findFirst().orElseThrow();
        List<List<Cell>> rows = project.rows();
        assertEquals(new Cell("预算规模及资金用途", 1, 2), rows.get(2).get(0));
        assertEquals(6, rows.get(3).get(0).colSpan(), "资金用途 spans the row, under the merged label");
        assertEquals(new Cell("资金支出计划（%）", 1, 2), rows.get(4).get(0));
        assertEquals(4, rows.get(5).size(), "four plan shares, blank ones kept");
        assertEquals("产出指标", rows.get(8).get(0).text());
        assertTrue(rows.get(8).get(0).rowSpan() > 1);
        assertEquals(7, project.width());
    }

    @Test
    void sameSeedAndOptionsGiveTheSameBytes() throws IOException {
        Path a = Files.createDirectories(dir.resolve("a"));
        Path b = Files.createDirectories(dir.resolve("b"));
        generate(a, 6, 9, TEXT_FORMATS, null);
        generate(b, 6, 9, TEXT_FORMATS, null);
        List<Path> files = files(a, "");
        assertEquals(6 * 3 + 2, files.size());
        for (Path file : files) {
            assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(b.resolve(file.getFileName())), file.toString());
        }
    }

    @Test
    void pdfIsSkippedWithAMessageWhenLibreOfficeIsMissing() throws IOException {
        CorpusGenerator.Summary summary = generate(dir, 2, 5, EnumSet.of(CorpusGenerator.Format.TXT, CorpusGenerator.Format.PDF),
                dir.resolve("no-soffice"));
        assertTrue(summary.pdfNote().startsWith("PDF skipped: LibreOffice (soffice) not found"), summary.pdfNote());
        assertEquals(List.of(), files(dir, ".pdf"));
        assertEquals(List.of(), files(dir, ".docx"), "no Word files left behind");
        assertFalse(summary.files().containsKey(CorpusGenerator.Format.PDF));
    }

    static CorpusGenerator.Summary generate(Path out, int count, long seed, EnumSet<CorpusGenerator.Format> formats, Path soffice)
            throws IOException {
        var options = new CorpusGenerator.Options(count, seed, formats, 0.5, EnumSet.allOf(FaultKind.class), List.of(),
                Template.defaults(), true, soffice, 1);
        return new CorpusGenerator(options).generate(out, null);
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }
}

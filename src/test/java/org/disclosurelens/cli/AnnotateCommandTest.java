package org.disclosurelens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** annotate after analyze, as a user runs them: a copy of each PDF with findings, a PDF that went missing reported, the batch going on. */
class AnnotateCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesAnAnnotatedCopyOfEachPdfWithFindingsAndReportsOneThatWentMissing() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Path.of("corpus/real/012_sh_putuo_justice_2026_dept_budget.pdf"), in.resolve("012.pdf"));
        Files.copy(Path.of("corpus/real/007_sh_putuo_finance_2024_final_accounts_BADTEST_modified.pdf"), in.resolve("007.pdf"));
        Path out = dir.resolve("out");
        assertEquals(0, CliRun.run("analyze", in.toString(), "--out", out.toString(), "--quiet").code());

        CliRun run = CliRun.run("annotate", in.toString(), "--out", out.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("annotate: 2 PDFs, "), run.out());
        try (PDDocument annotated = Loader.loadPDF(out.resolve("annotated/012.pdf").toFile())) {
            // 012's findings all stand on page 8: two years compared wrongly, a tautology, a doubled full stop.
            assertEquals(4, annotated.getPage(7).getAnnotations().size());
        }

        Files.delete(in.resolve("007.pdf"));
        CliRun missing = CliRun.run("annotate", in.toString(), "--out", out.toString(), "--least", "warning", "--to", dir.resolve("again").toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("error: 007.pdf: "), missing.err());
        assertTrue(Files.exists(dir.resolve("again/012.pdf")));
        try (PDDocument annotated = Loader.loadPDF(dir.resolve("again/012.pdf").toFile())) {
            assertEquals(2, annotated.getPage(7).getAnnotations().size(), "warnings and errors only");
        }
        assertEquals(2, CliRun.run("annotate", in.toString(), "--out", out.toString(), "--least", "notice").code());
    }

}

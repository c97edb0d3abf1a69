package org.disclosurelens.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.disclosurelens.testing.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7's fault corpus, end to end: one analyze run over every hostile or broken file beside good
 * ones. Every file gets a row with a status and a message saying what is wrong and what to do; the
 * run exits 0 and prints no stack trace; the good files come out as when run alone.
 */
class FaultCorpusTest {

    private static final String SEED_UNIT = "中共涞源县委网络安全和信息化委员会办公室";

    @TempDir
    static Path dir;

    static Path in;
    static Path out;
    static Cli.Run run;
    static Map<String, Map<String, String>> rows;

    @BeforeAll
    static void analyseTheFaultCorpus() throws IOException {
        in = Files.createDirectories(dir.resolve("in"));
        FaultCorpus corpus = new FaultCorpus(in);
        corpus.copyGood();
        corpus.writeAll(Files.createDirectories(dir.resolve("secret")));
        corpus.text200Mb();
        out = dir.resolve("out");
        run = Cli.run("analyze", in.toString(), "--out", out.toString(), "--threads", "2", "--no-reuse");
        rows = Cli.documents(out);
    }

    private static Map<String, String> row(String path) {
        Map<String, String> row = rows.get(path);
        assertTrue(row != null, "no row for " + path + " in " + rows.keySet());
        return row;
    }

    private static void assertError(String path, String messageStart) {
        Map<String, String> row = row(path);
        assertEquals("error", row.get("status"), path);
        assertTrue(row.get("message").startsWith(messageStart), path + ": " + row.get("message"));
    }

    @Test
    void everyFileGetsOneRowAndTheRunSucceeds() throws IOException {
        assertEquals(0, run.code(), run.err());
        Set<String> expected;
        try (var listing = Files.list(in)) {
            expected = listing.map(p -> p.getFileName().toString()).filter(n -> !n.equals("loop"))
                    .collect(Collectors.toSet());
        }
        expected.add("loop/back");
        assertEquals(expected, rows.keySet());
        assertTrue(run.out().startsWith(rows.size() + " files: "), run.out());
    }

    @Test
    void printsNoStackTraceWithoutVerbose() {
        assertFalse(run.err().contains("Exception"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
        assertFalse(run.out().contains("Exception"), run.out());
    }

    @Test
    void goodFilesComeOutAsWhenRunAlone() throws IOException {
        Path alone = Files.createDirectories(dir.resolve("alone"));
        for (String name : FaultCorpus.GOOD) {
            Files.copy(in.resolve(name), alone.resolve(name));
        }
        Path aloneOut = dir.resolve("alone-out");
        assertEquals(0, Cli.run("analyze", alone.toString(), "--out", aloneOut.toString(), "--in-process", "--no-reuse",
                "-q").code());

        Map<String, Map<String, String>> aloneRows = Cli.documents(aloneOut);
        Set<String> ids = aloneRows.values().stream().map(r -> r.get("id")).collect(Collectors.toSet());
        for (String name : FaultCorpus.GOOD) {
            // A good file with the bytes of a file listed before it (the unreadable copy, when running
            // as root, reads fine) is that file's document: same_as names it.
            Map<String, String> row = new java.util.HashMap<>(rows.get(name));
            String sameAs = row.put("same_as", "");
            if (!sameAs.isEmpty()) {
                assertEquals(row.get("id"), rows.get(sameAs).get("id"), name + " same_as " + sameAs);
            }
            assertEquals(aloneRows.get(name), row, name);
            assertEquals("ok", rows.get(name).get("status"), name);
        }
        assertEquals(sectionsOf(aloneOut, ids), sectionsOf(out, ids));
        for (String id : ids) {
            assertEquals(withoutPath(aloneOut.resolve("json/" + id + ".json")), withoutPath(out.resolve("json/" + id + ".json")), id);
        }
    }

    /** json/<id>.json names the last of the files with those bytes: the renamed seed copy, here. */
    private static List<String> withoutPath(Path json) throws IOException {
        return Files.readAllLines(json, StandardCharsets.UTF_8).stream().filter(l -> !l.startsWith("  \"path\" : ")).toList();
    }

    /**
     * The fault corpus holds a renamed copy of the seed text too: same id, its rows given once, on
     * the first of the files (whose path is another name): compared without the path.
     */
    private static List<String> sectionsOf(Path folder, Set<String> ids) {
        return Cli.csv(folder.resolve("sections.csv")).stream().filter(r -> ids.contains(r[0]))
                .map(r -> r[0] + "|" + String.join("|", List.of(r).subList(2, r.length))).toList();
    }

    @Test
    void zeroByteFile() {
        assertError("zero-bytes.pdf", "empty file: the file has 0 bytes (a failed download?); fetch it again");
        assertEquals("pdf", row("zero-bytes.pdf").get("format"));
    }

    @Test
    void htmlErrorPageSavedAsPdfIsReadAsHtmlAndSaysSo() {
        Map<String, String> row = row("error-page.pdf");
        assertEquals("html", row.get("format"));
        assertEquals("ok|other", row.get("status") + "|" + row.get("document_type"));
        assertEquals("not a budget or final-accounts disclosure (document type other: no budget title and no budget table);"
                + " no budget checks run; named .pdf but the content is html (a web page, such as an error page, saved in its place?)",
                row.get("message"));
    }

    @Test
    void truncatedPdfSaysItWasCutShort() {
        assertError("truncated.pdf", "corrupt or truncated: PDFBox could not read it");
        assertTrue(row("truncated.pdf").get("message").endsWith(
                "the file ends without its end-of-file marker (an interrupted download?); fetch it again"));
    }

    @Test
    void pdfWithBrokenXrefIsRepairedAndFlagged() {
        Map<String, String> row = row("broken-xref.pdf");
        assertEquals("ok", row.get("status"));
        assertEquals("1-9", row.get("parts_found"));
        assertEquals(row("seed.pdf").get("characters"), row.get("characters"));
        assertEquals("its cross-reference table is damaged and was rebuilt by scanning the file;"
                + " check key figures against the original", row.get("message"));
    }

    @Test
    void encryptedPdfWithAnEmptyUserPasswordIsRead() {
        Map<String, String> row = row("encrypted-no-user-password.pdf");
        assertEquals("ok", row.get("status"));
        assertEquals(SEED_UNIT, row.get("unit"));
        assertEquals("encrypted with an empty user password; read without one", row.get("message"));
    }

    @Test
    void encryptedPdfWithAPasswordIsAnError() {
        assertError("encrypted-with-password.pdf", "encrypted: the PDF needs a password to open; obtain an unprotected copy");
    }

    @Test
    void scannedPdfSaysNoTextLayer() {
        // Its pages are images of 96 dpi: OCR is not tried on what it cannot read reliably.
        assertError("scanned.pdf", "no text layer: pages 1, 2: each is a scan of 96 dpi, too coarse to read its figures;"
                + " rescan it at 300 dpi");
        assertEquals("pdf", row("scanned.pdf").get("format"));
    }

    @Test
    void passwordProtectedDocx() {
        assertError("password.docx", "encrypted: the Office file is password-protected; save an unprotected copy");
    }

    @Test
    void zipBombDocxIsNotUnpacked() {
        assertError("zip-bomb.docx", "too large: the file would inflate to over 100 times its size when unpacked (a zip bomb?)");
    }

    @Test
    void zipBombReadByTikaIsNotUnpackedEither() {
        assertError("zip-bomb.odt", "too large: the file would inflate to over 100 times its size when unpacked (a zip bomb?)");
    }

    @Test
    void docxWithAnExternalEntityIsRefused() {
        assertError("xxe.docx", "refused as unsafe: its XML declares a DOCTYPE, which Office never writes");
    }

    @Test
    void externalEntitiesNeverReachAnyOutput() throws IOException {
        assertEquals("partial", row("xxe.odt").get("status"), "Tika reads the text and drops the entity");
        for (Map.Entry<String, byte[]> file : Cli.files(out, true).entrySet()) {
            String text = new String(file.getValue(), StandardCharsets.UTF_8);
            assertFalse(text.contains(FaultCorpus.SECRET), file.getKey() + " holds the secret");
        }
    }

    @Test
    void entityExpansionIsRefused() {
        assertError("billion-laughs.odt", "refused as unsafe: its XML defines entities that expand into each other");
    }

    @Test
    void zipBombOfdIsNotUnpacked() {
        assertError("zip-bomb.ofd", "too large: the file would inflate to over 100 times its size when unpacked (a zip bomb?)");
        assertEquals("ofd", row("zip-bomb.ofd").get("format"));
    }

    @Test
    void ofdWithAnEntryOrALocationOutsideThePackageIsRefused() {
        assertError("zip-slip.ofd", "refused as unsafe: the package holds an entry named \"../../evil/Content.xml\","
                + " a path outside the package (path traversal); the file was not read");
        assertError("escaping-location.ofd", "refused as unsafe: Doc_0/Document.xml points to \"../../../etc/passwd\","
                + " outside the package (path traversal); the file was not read");
    }

    @Test
    void ofdWithAnExternalEntityIsRefused() {
        assertError("xxe.ofd", "refused as unsafe: its XML declares a DOCTYPE, which Office never writes (nor do OFD writers)");
    }

    @Test
    void brokenOfdsSayWhatIsMissing() {
        assertError("no-ofd-xml.ofd", "corrupt or truncated: the package has no OFD.xml at its root, so it is not an OFD file"
                + " or is damaged; fetch it again");
        assertError("truncated.ofd", "corrupt or truncated: not a readable OFD package: the zip is damaged or cut short (");
        assertError("page-missing.ofd", "corrupt or truncated: the content of page 4 (Doc_0/Pages/Page_3/Content.xml)"
                + " is missing from the package; the file is damaged or incomplete");
        for (String name : List.of("no-ofd-xml.ofd", "truncated.ofd", "page-missing.ofd")) {
            assertEquals("ofd", row(name).get("format"), name);
        }
    }

    @Test
    void pdfOf2000PagesIsReadWithinTheDefaultLimits() {
        Map<String, String> row = row("pages-2000.pdf");
        assertEquals("2000", row.get("pages"));
        assertEquals("ok|other", row.get("status") + "|" + row.get("document_type"));
        assertEquals("not a budget or final-accounts disclosure (document type other: no budget title and no budget table);"
                + " no budget checks run", row.get("message"));
    }

    @Test
    void fileOf200MbIsReportedWithoutBeingOpened() {
        assertError("huge-200MB.txt", "too large: 200.0 MB is over the limit of 100.0 MB, so it was not opened;"
                + " raise --max-size to read it");
        assertEquals(Long.toString(200L * 1024 * 1024), row("huge-200MB.txt").get("size_bytes"));
    }

    @Test
    void gbkTextIsDecoded() {
        Map<String, String> row = row("gbk.txt");
        assertEquals("GB18030", row.get("charset"));
        assertEquals("ok", row.get("status"));
        assertEquals(SEED_UNIT, row.get("unit"));
    }

    @Test
    void utf16TextWithoutByteOrderMarkIsDecoded() {
        Map<String, String> row = row("utf16-no-bom.txt");
        assertEquals("UTF-16LE", row.get("charset"));
        assertEquals("ok", row.get("status"));
        assertEquals(SEED_UNIT, row.get("unit"));
        assertEquals(row("000_2784683f1b3262b7.txt").get("characters"), row.get("characters"));
    }

    @Test
    void nameWithSpacesChineseAndQuotesIsReportedAsIs() throws IOException {
        Map<String, String> row = row(FaultCorpus.AWKWARD_NAME);
        assertEquals("ok", row.get("status"));
        String raw = Files.readString(out.resolve("documents.csv"), StandardCharsets.UTF_8);
        assertTrue(raw.contains(",\"涞源县 \"\"网信办\"\" 2021年'预算', 公开.txt\","), "quoted as RFC 4180 says");
    }

    @Test
    void symlinkLoopIsReportedNotFollowed() {
        assertError("loop/back", "symbolic link loop: the link points to a folder that contains it; skipped");
    }

    @Test
    void fileWithAnIoErrorIsUnreadable() {
        assertError("io-error.pdf", "unreadable: could not read the file (IOException: Input/output error);"
                + " check its permissions, or the disk or network share it is on, and run again");
    }

    @Test
    void namedPipeIsSkippedInsteadOfBlockingTheRun() {
        assertError("pipe.pdf", "not a regular file (a named pipe, device or socket), which could block the run; skipped");
    }

    /** Root reads files whatever their permissions, so this one can only fail for other users. */
    @Test
    void fileWithoutReadPermissionIsUnreadable() {
        assumeFalse(Files.isReadable(in.resolve("no-permission.docx")), "running as root: permissions do not apply");
        assertError("no-permission.docx", "unreadable: could not read the file (AccessDeniedException");
    }
}

package org.disclosurelens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.disclosurelens.faults.FaultCorpus;
import org.disclosurelens.model.ExtractedDocument;
import org.disclosurelens.model.SourceFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and broken OFDs: each is refused or reported with the reason a user can act on, and no
 * damage makes the reader throw anything but {@link ExtractionException}. FaultCorpusTest runs
 * the same files through `analyze` beside the seed, which goes on and reads the seed.
 */
class OfdHostileInputTest {

    private static final DocumentExtractor EXTRACTOR = new DocumentExtractor();
    private static final Path SEED = Path.of("corpus", "seed", "seed.ofd");

    @TempDir
    Path dir;

    @Test
    void refusesAZipBomb() throws IOException {
        ExtractionException e = failure(new FaultCorpus(dir).zipBombOfd());
        assertEquals(ExtractionException.Reason.TOO_LARGE, e.reason());
        assertTrue(e.getMessage().startsWith("the file would inflate to over 100 times its size when unpacked (a zip bomb?)"),
                e.getMessage());
    }

    @Test
    void refusesEntriesAndLocationsOutsideThePackage() throws IOException {
        FaultCorpus corpus = new FaultCorpus(dir);
        ExtractionException slip = failure(corpus.zipSlipOfd());
        assertEquals(ExtractionException.Reason.REFUSED, slip.reason());
        assertEquals("the package holds an entry named \"../../evil/Content.xml\", a path outside the package"
                + " (path traversal); the file was not read", slip.getMessage());
        ExtractionException escape = failure(corpus.escapingLocationOfd());
        assertEquals(ExtractionException.Reason.REFUSED, escape.reason());
        assertEquals("Doc_0/Document.xml points to \"../../../etc/passwd\", outside the package (path traversal);"
                + " the file was not read", escape.getMessage());
    }

    @Test
    void refusesXmlWithADoctype() throws IOException {
        ExtractionException e = failure(new FaultCorpus(dir).xxeOfd(Files.createDirectories(dir.resolve("secret"))));
        assertEquals(ExtractionException.Reason.REFUSED, e.reason());
        assertTrue(e.getMessage().startsWith("its XML declares a DOCTYPE"), e.getMessage());
        assertTrue(!e.getMessage().contains(FaultCorpus.SECRET), e.getMessage());
    }

    @Test
    void saysWhatIsMissing() throws IOException {
        FaultCorpus corpus = new FaultCorpus(dir);
        ExtractionException rootless = failure(corpus.rootlessOfd());
        assertEquals(ExtractionException.Reason.CORRUPT, rootless.reason());
        assertEquals("the package has no OFD.xml at its root, so it is not an OFD file or is damaged; fetch it again",
                rootless.getMessage());
        ExtractionException page = failure(corpus.pageMissingOfd());
        assertEquals(ExtractionException.Reason.CORRUPT, page.reason());
        assertEquals("the content of page 4 (Doc_0/Pages/Page_3/Content.xml) is missing from the package;"
                + " the file is damaged or incomplete", page.getMessage());
    }

    @Test
    void saysATruncatedFileIsCutShortWhereverItIsCut() throws IOException {
        byte[] ofd = Files.readAllBytes(SEED);
        for (int percent = 5; percent < 100; percent += 5) {
            Path cut = Files.write(dir.resolve("cut-" + percent + ".ofd"), java.util.Arrays.copyOf(ofd, ofd.length * percent / 100));
            ExtractionException e = failure(cut);
            assertEquals(ExtractionException.Reason.CORRUPT, e.reason(), percent + "%");
            assertTrue(e.getMessage().startsWith("not a readable OFD package: the zip is damaged or cut short ("), e.getMessage());
        }
    }

    @Test
    void refusesAPackageOfTooManyEntries() throws IOException {
        Path many = dir.resolve("many.ofd");
        try (OutputStream out = Files.newOutputStream(many); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i <= OfdPackage.MAX_ENTRIES; i++) {
                zip.putNextEntry(new ZipEntry("Res/" + i));
                zip.closeEntry();
            }
        }
        ExtractionException e = failure(many);
        assertEquals(ExtractionException.Reason.TOO_LARGE, e.reason());
        assertEquals("the package holds over 10000 entries, far more than any document needs (a zip bomb?); it was not read",
                e.getMessage());
    }

    @Test
    void reportsMalformedXmlAsCorrupt() throws IOException {
        Path broken = rewrite("broken.ofd", Map.of("Doc_0/Pages/Page_0/Content.xml", "<ofd:Page xmlns:ofd=\"x\"><ofd:Content>"));
        ExtractionException e = failure(broken);
        assertEquals(ExtractionException.Reason.CORRUPT, e.reason());
        assertTrue(e.getMessage().startsWith("Doc_0/Pages/Page_0/Content.xml is not well-formed XML ("), e.getMessage());
    }

    /** Objects whose positions cannot be read are left out and counted; the rest of the page is read. */
    @Test
    void leavesOutObjectsWithUnreadablePositions() throws Exception {
        String page = entries(SEED).get("Doc_0/Pages/Page_1/Content.xml")
                .replaceFirst("(<ofd:TextObject [^>]*?)Size=\"[^\"]*\"", "$1Size=\"NaN\"")
                .replaceFirst("(<ofd:PathObject [^>]*?)Boundary=\"[^\"]*\"", "$1Boundary=\"1 2 x 4\"");
        ExtractedDocument doc = EXTRACTOR.extract(rewrite("bad-numbers.ofd", Map.of("Doc_0/Pages/Page_1/Content.xml", page)));
        assertEquals(SourceFormat.OFD, doc.format());
        assertEquals(List.of("2 text or path objects with an unreadable position were left out"), doc.warnings());
        assertEquals(10, doc.pages());
    }

    /**
     * Random damage to one page's XML at a time never makes the reader throw anything but an
     * ExtractionException: three characters of attribute values and text overwritten with digits,
     * letters, spaces and signs (the XML stays well-formed, its numbers, path data and text do
     * not), and every third round three characters anywhere with markup characters.
     */
    @Test
    void throwsNothingButExtractionExceptionOnDamagedXml() throws IOException {
        Map<String, String> seed = entries(SEED);
        List<String> pages = seed.keySet().stream().filter(n -> n.endsWith("Content.xml")).toList();
        Random random = new Random(16);
        int read = 0;
        int rounds = 30;
        for (int round = 0; round < rounds; round++) {
            String alphabet = round % 3 == 0 ? "<>\"=/&;" : "-. 0123456789eEgMLCBQAZxyz";
            String name = pages.get(random.nextInt(pages.size()));
            char[] text = seed.get(name).toCharArray();
            List<Integer> values = values(text);
            for (int k = 0; k < 3; k++) {
                int at = round % 3 == 0 ? random.nextInt(text.length) : values.get(random.nextInt(values.size()));
                text[at] = alphabet.charAt(random.nextInt(alphabet.length()));
            }
            Path file = rewrite("damaged-" + round + ".ofd", Map.of(name, new String(text)));
            try {
                EXTRACTOR.extract(file);
                read++;
            } catch (ExtractionException e) {
                assertTrue(List.of(ExtractionException.Reason.CORRUPT, ExtractionException.Reason.NO_TEXT,
                        ExtractionException.Reason.REFUSED).contains(e.reason()), round + ": " + e.userMessage());
            }
        }
        assertTrue(read > rounds / 3 && read < rounds, read + " of " + rounds + " damaged files read: the damage should vary");
    }

    /** Where attribute values and element text are, after the XML declaration. */
    private static List<Integer> values(char[] xml) {
        List<Integer> at = new java.util.ArrayList<>();
        boolean tag = false;
        boolean quoted = false;
        for (int i = String.valueOf(xml).indexOf("?>") + 2; i < xml.length; i++) {
            char c = xml[i];
            if (quoted && c != '"' || !tag && c != '<' && c != '\n') {
                at.add(i);
            }
            if (tag && c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '<' || c == '>')) {
                tag = c == '<';
            }
        }
        return at;
    }

    private static ExtractionException failure(Path file) {
        return assertThrows(ExtractionException.class, () -> EXTRACTOR.extract(file), file.getFileName().toString());
    }

    /** The seed OFD with some of its parts replaced. */
    private Path rewrite(String name, Map<String, String> replaced) throws IOException {
        Map<String, String> parts = entries(SEED);
        parts.putAll(replaced);
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    private static Map<String, String> entries(Path ofd) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        try (InputStream file = Files.newInputStream(ofd); ZipInputStream zip = new ZipInputStream(file)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                parts.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return parts;
    }
}

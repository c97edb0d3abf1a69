package org.disclosurelens.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Broken files a crawler brings back, made from the seed's renditions: nothing binary committed.
 * (The core's tests have the full set, FaultCorpus; these are the ones the issue names.)
 */
final class BadFiles {

    private static final Path SEED = Path.of("corpus", "seed");

    private BadFiles() {
    }

    static Path empty(Path dir, String name) throws IOException {
        return Files.write(dir.resolve(name), new byte[0]);
    }

    /** The seed PDF cut at 60% of its bytes, as an interrupted download leaves it. */
    static Path truncatedPdf(Path dir) throws IOException {
        byte[] pdf = Files.readAllBytes(SEED.resolve("seed.pdf"));
        return Files.write(dir.resolve("truncated.pdf"), Arrays.copyOf(pdf, pdf.length * 6 / 10));
    }

    /**
     * The seed DOCX whose word/document.xml is 64 MB of one repeated paragraph: a few hundred KB
     * packed, far past the 100:1 inflation the extractor refuses to unpack.
     */
    static Path zipBombDocx(Path dir) throws IOException {
        Path bomb = dir.resolve("zip-bomb.docx");
        try (ZipFile seed = new ZipFile(SEED.resolve("seed.docx").toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            for (Enumeration<? extends ZipEntry> entries = seed.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("word/document.xml")) {
                    inflating(out);
                } else {
                    seed.getInputStream(entry).transferTo(out);
                }
                out.closeEntry();
            }
        }
        return bomb;
    }

    private static void inflating(OutputStream out) throws IOException {
        out.write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                .getBytes(StandardCharsets.UTF_8));
        byte[] paragraph = "<w:p><w:r><w:t>一般公共预算财政拨款支出</w:t></w:r></w:p>".getBytes(StandardCharsets.UTF_8);
        for (long written = 0; written < 64L << 20; written += paragraph.length) {
            out.write(paragraph);
        }
        out.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
    }
}

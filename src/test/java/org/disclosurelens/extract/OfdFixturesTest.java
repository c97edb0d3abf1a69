package org.disclosurelens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * corpus/seed/seed.ofd is {@link OfdWriter}'s rendition of corpus/seed/seed.pdf. With
 * {@code -Dofd.write=true} the fixture is written again (scripts/make-ofd-fixtures.sh does that);
 * otherwise the committed file is checked to be what the writer makes now, part by part.
 */
class OfdFixturesTest {

    static final Path PDF = Path.of("corpus", "seed", "seed.pdf");
    static final Path OFD = Path.of("corpus", "seed", "seed.ofd");

    @Test
    @EnabledIfSystemProperty(named = "ofd.write", matches = "true")
    void writesTheSeedOfd() throws IOException {
        OfdWriter.write(PDF, OFD);
    }

    @Test
    void committedSeedOfdIsWhatTheWriterMakes(@TempDir Path dir) throws IOException {
        Path fresh = dir.resolve("seed.ofd");
        OfdWriter.write(PDF, fresh);
        assertEquals(parts(fresh), parts(OFD), "run scripts/make-ofd-fixtures.sh after changing OfdWriter");
    }

    /** The package's parts by name; compared rather than the zip's bytes, which depend on the JDK's zlib. */
    private static Map<String, String> parts(Path ofd) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        try (InputStream file = Files.newInputStream(ofd); ZipInputStream zip = new ZipInputStream(file)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                parts.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return parts;
    }
}

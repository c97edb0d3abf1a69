package org.disclosurelens.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The worker JVM is started with the archive beside its jar, and only then. */
class ClassDataArchiveTest {

    @TempDir
    Path dir;

    @Test
    void usesTheArchiveBesideTheJar() throws IOException {
        Path jar = Files.createFile(dir.resolve("disclosure-lens.jar"));
        assertEquals(List.of(), ClassDataArchive.options(jar.toString(), List.of()), "no archive yet");
        Path archive = Files.createFile(dir.resolve("disclosure-lens.jsa"));
        assertEquals(List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"),
                ClassDataArchive.options(jar.toString(), List.of("-Xmx1g")));
    }

    @Test
    void leavesSharingAsTheParentChoseItAndOtherClassPathsAlone() throws IOException {
        Path jar = Files.createFile(dir.resolve("disclosure-lens.jar"));
        Files.createFile(dir.resolve("disclosure-lens.jsa"));
        assertEquals(List.of(), ClassDataArchive.options(jar.toString(), List.of("-XX:SharedArchiveFile=/elsewhere.jsa")));
        assertEquals(List.of(), ClassDataArchive.options(jar.toString(), List.of("-Xshare:off")));
        assertEquals(List.of(), ClassDataArchive.options(jar + File.pathSeparator + dir.resolve("other.jar"), List.of()));
        assertEquals(List.of(), ClassDataArchive.options(dir.resolve("classes").toString(), List.of()));
    }
}

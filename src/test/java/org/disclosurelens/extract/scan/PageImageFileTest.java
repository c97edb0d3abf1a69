package org.disclosurelens.extract.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Page images left by a worker stopped in the middle of a page are deleted by the next engine. */
class PageImageFileTest {

    @TempDir
    Path folder;

    @Test
    void sweepDeletesTheImagesOfEndedProcessesOnly() throws Exception {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        Path orphan = Files.createFile(folder.resolve("disclosure-lens-page-" + ended.pid() + "-123456.bmp"));
        Path own = PageImageFile.create(folder);
        Path unlike = Files.createFile(folder.resolve("disclosure-lens-page-notapid-1.bmp"));
        Path other = Files.createFile(folder.resolve("page-" + ended.pid() + "-1.bmp"));

        assertTrue(own.getFileName().toString().startsWith("disclosure-lens-page-" + ProcessHandle.current().pid() + "-"),
                own.toString());
        assertEquals(1, PageImageFile.sweep(folder));
        assertFalse(Files.exists(orphan));
        assertTrue(Files.exists(own), "an image of a running process stays: a parallel worker may be reading it");
        assertTrue(Files.exists(unlike));
        assertTrue(Files.exists(other));
        assertEquals(0, PageImageFile.sweep(folder));
    }
}

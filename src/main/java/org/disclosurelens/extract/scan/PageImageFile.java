package org.disclosurelens.extract.scan;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The temporary image file a page is handed to the OCR library in (its JNI call reads only a path).
 * A page image of 300 dpi is 9-17 MB. The file is deleted when the page is read, but a worker JVM
 * stopped by a limit (time, memory) in the middle of a page never gets there: each such stop left one
 * image in the temporary folder, and a batch of 10^5 files with many stops would fill it. So the name
 * carries the process id, and the first OCR engine of a JVM deletes the images of processes that no
 * longer run.
 */
final class PageImageFile {

    private static final String PREFIX = "disclosure-lens-page-";
    private static final String SUFFIX = ".bmp";
    private static final Pattern NAME = Pattern.compile(Pattern.quote(PREFIX) + "(\\d+)-\\d+" + Pattern.quote(SUFFIX));

    private PageImageFile() {
    }

    /** A new empty file for a page image of this process, in {@code folder}. */
    static Path create(Path folder) throws IOException {
        return Files.createTempFile(folder, PREFIX + ProcessHandle.current().pid() + "-", SUFFIX);
    }

    /**
     * Deletes the page images in {@code folder} left by processes that no longer run; returns how
     * many. An image of a running process is kept, whichever JVM it is: parallel workers OCR at once.
     */
    static int sweep(Path folder) throws IOException {
        int deleted = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, PREFIX + "*" + SUFFIX)) {
            for (Path file : files) {
                Matcher m = NAME.matcher(file.getFileName().toString());
                if (m.matches() && !running(m.group(1)) && Files.deleteIfExists(file)) {
                    deleted++;
                }
            }
        }
        return deleted;
    }

    private static boolean running(String pid) {
        try {
            return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return true; // not a pid this code wrote: leave the file alone
        }
    }
}

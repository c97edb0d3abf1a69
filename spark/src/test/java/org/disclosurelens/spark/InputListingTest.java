package org.disclosurelens.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job's input: a local folder as analyze lists it, a folder through Hadoop's FileSystem, and a manifest. */
class InputListingTest {

    @TempDir
    Path tmp;

    private Path folder() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in/县/b"));
        Files.writeString(tmp.resolve("in/县/a.txt"), "a");
        Files.writeString(in.resolve("c.pdf"), "c");
        Files.writeString(tmp.resolve("in/README.md"), "notes");
        Files.writeString(tmp.resolve("in/.hidden.txt"), "h");
        Files.createDirectories(tmp.resolve("in/.git"));
        Files.writeString(tmp.resolve("in/.git/x.txt"), "x");
        return tmp.resolve("in");
    }

    @Test
    void aLocalFolderIsListedAsAnalyzeListsIt() throws IOException {
        List<InputFile> files = InputListing.list(folder().toString(), tmp.resolve("out"), new Configuration());
        assertEquals(List.of("县/a.txt", "县/b/c.pdf"), files.stream().map(InputFile::path).toList());
        assertEquals(List.of(0L, 1L), files.stream().map(InputFile::index).toList());
        assertTrue(files.get(0).uri().startsWith("file:/"), files.get(0).uri());
    }

    @Test
    void aFolderThroughHadoopHasTheSamePathsAndSkips() throws IOException {
        String uri = folder().toUri().toString();
        List<InputFile> files = InputListing.hadoop(new org.apache.hadoop.fs.Path(uri), new Configuration());
        assertEquals(List.of("县/a.txt", "县/b/c.pdf"), files.stream().map(InputFile::path).toList());
    }

    @Test
    void aManifestNamesFilesRelativeToItselfWithTheirSourceUrls() throws IOException {
        folder();
        Path manifest = tmp.resolve("manifest.csv");
        Files.writeString(manifest, "\uFEFFpath,source_url\nin/县/a.txt,http://www.example.gov.cn/a.txt\n"
                + tmp.resolve("in/县/b/c.pdf") + ",\n,\n");
        List<InputFile> files = InputListing.list(manifest.toString(), tmp.resolve("out"), new Configuration());
        assertEquals(2, files.size());
        assertEquals("in/县/a.txt", files.get(0).path());
        assertEquals("http://www.example.gov.cn/a.txt", files.get(0).sourceUrl());
        assertTrue(files.get(0).uri().endsWith("in/县/a.txt"), files.get(0).uri());
        assertEquals(tmp.resolve("in/县/b/c.pdf").toString(), files.get(1).path());
        assertEquals("", files.get(1).sourceUrl());
    }

    @Test
    void aManifestWithoutAPathColumnIsRefusedWithTheReason() throws IOException {
        Path manifest = Files.writeString(tmp.resolve("list.csv"), "file,url\na.txt,http://x\n");
        IOException e = assertThrows(IOException.class, () -> InputListing.list(manifest.toString(), tmp, new Configuration()));
        assertTrue(e.getMessage().contains("has no path column"), e.getMessage());
    }
}

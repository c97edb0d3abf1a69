package org.disclosurelens.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.disclosurelens.model.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each document's text comes back as written, from any document in any order; a trace without text gives the spill up; close deletes it. */
class TextSpillTest {

    @TempDir
    Path folder;

    private static final TextSpill.Text FIRST = new TextSpill.Text(true, List.of(
            new TextUnit(3, 2, new Location(1, 14), "（三）负责全县统计调查工作。"),
            new TextUnit(4, 2, new Location(2, 1), ""),
            new TextUnit(9, 5, new Location(3, 7), "采购监测设备 12.5 万元；𠀋字在基本平面之外")));
    private static final TextSpill.Text SECOND = new TextSpill.Text(false, List.of(
            new TextUnit(0, 0, new Location(0, 0), "无章节的文件")));

    @Test
    void readsEachDocumentBackAsWritten() throws IOException {
        try (TextSpill spill = new TextSpill(folder)) {
            spill.add(Optional.of(FIRST));
            spill.add(Optional.of(new TextSpill.Text(true, List.of())));
            spill.add(Optional.of(SECOND));
            spill.finish();
            assertEquals(Optional.of(SECOND), spill.read(2));
            assertEquals(Optional.of(FIRST), spill.read(0));
            assertEquals(Optional.of(new TextSpill.Text(true, List.of())), spill.read(1));
        }
        try (Stream<Path> left = Files.list(folder)) {
            assertEquals(0, left.count(), "the spill is deleted on close");
        }
    }

    @Test
    void isGivenUpWhenATraceCameWithoutItsText() throws IOException {
        try (TextSpill spill = new TextSpill(folder)) {
            spill.add(Optional.of(FIRST));
            spill.add(Optional.empty());
            spill.add(Optional.of(SECOND));
            spill.finish();
            assertTrue(spill.read(0).isEmpty(), "every document is then read from its JSON, the first too");
            assertTrue(spill.read(2).isEmpty());
        }
    }
}

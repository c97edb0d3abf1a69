package org.disclosurelens.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The seed disclosure's text, for tests of the extract package. */
final class SeedText {

    static final Path PATH = Path.of("corpus", "seed", "000_2784683f1b3262b7.txt");

    private SeedText() {
    }

    static String read() {
        try {
            return Files.readString(PATH, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

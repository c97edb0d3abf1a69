package org.disclosurelens.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.disclosurelens.extract.DocumentExtractor;
import org.disclosurelens.extract.ExtractionException;
import org.disclosurelens.model.ExtractedDocument;

/** The one file the blocks and render commands read, with the exit codes analyze gives: 2 for a bad path, 1 for a file that cannot be read. */
final class OneFile {

    /** What reading gave: the document, or the exit code after the reason was printed. */
    record Read(Optional<ExtractedDocument> document, int exitCode) {
    }

    private OneFile() {
    }

    static Read read(Path file, PrintWriter err) {
        if (!Files.isRegularFile(file)) {
            err.println("error: no such file: " + file);
            return new Read(Optional.empty(), 2);
        }
        try {
            return new Read(Optional.of(new DocumentExtractor().extract(file)), 0);
        } catch (ExtractionException e) {
            err.println(e.userMessage());
            return new Read(Optional.empty(), 1);
        }
    }
}

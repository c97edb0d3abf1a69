package org.disclosurelens.extract;

import java.io.IOException;
import java.nio.file.Path;
import org.disclosurelens.model.ExtractedDocument;

/** Reads one file of one format into the format-neutral model. */
interface Extractor {

    ExtractedDocument extract(Path file) throws ExtractionException, IOException;
}

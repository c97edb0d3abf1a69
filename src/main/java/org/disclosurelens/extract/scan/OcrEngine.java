package org.disclosurelens.extract.scan;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;

/** Reads the text of a page image. Implementations are thread-safe. */
interface OcrEngine {

    /** The engine and model, as written in the CSVs' {@code source} provenance. */
    String name();

    /** The runs of text on an upright grey page image, in no particular order. */
    List<OcrText> read(BufferedImage page) throws IOException;
}

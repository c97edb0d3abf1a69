package org.disclosurelens.export;

import java.util.List;
import org.disclosurelens.pipeline.DocumentResult;

/** One CSV file of the output: its name, its header and the rows each document contributes. */
public interface CsvView {

    String fileName();

    List<String> header();

    List<List<String>> rows(DocumentResult result);
}

package org.disclosurelens.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.disclosurelens.export.HtmlRenderer;
import org.disclosurelens.export.TableSpans;
import org.disclosurelens.model.Block;
import org.disclosurelens.model.ExtractedDocument;
import org.disclosurelens.model.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code render <file> --html <out>}: writes a document's blocks as HTML (used to make fixtures). */
@Command(name = "render",
        header = "Write the paragraphs and tables of one file as an HTML page.", mixinStandardHelpOptions = true,
        description = "Writes the paragraphs and tables of one file as an HTML page, e.g. to convert Tika text to Word.")
final class RenderCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<file>")
    Path file;

    @Option(names = "--html", paramLabel = "<out.html>", required = true, description = "The HTML file to write.")
    Path html;

    @Option(names = "--merge-cells", description = "Restore merged cells that Tika's text output flattened.")
    boolean mergeCells;

    @Override
    public Integer call() throws IOException {
        OneFile.Read read = OneFile.read(file, spec.commandLine().getErr());
        if (read.document().isEmpty()) {
            return read.exitCode();
        }
        ExtractedDocument doc = read.document().get();
        List<Block> blocks = mergeCells
                ? doc.blocks().stream().map(b -> b instanceof Table t ? (Block) TableSpans.infer(t) : b).toList()
                : doc.blocks();
        try (Writer out = Files.newBufferedWriter(html, StandardCharsets.UTF_8)) {
            HtmlRenderer.write(file.getFileName().toString(), blocks, out);
        }
        return 0;
    }
}

package org.disclosurelens.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.disclosurelens.model.Block;
import org.disclosurelens.model.Cell;
import org.disclosurelens.model.ExtractedDocument;
import org.disclosurelens.model.PageLayout;
import org.disclosurelens.model.Paragraph;
import org.disclosurelens.model.Table;
import org.disclosurelens.model.TextChunk;
import org.disclosurelens.model.TextLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code blocks <file>}: prints what extraction sees, block by block, to check a file by eye. */
@Command(name = "blocks",
        header = "Print the paragraphs and tables extracted from one file, with their locations.", mixinStandardHelpOptions = true,
        description = "Prints the paragraphs and tables extracted from one file, with their locations.")
final class BlocksCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<file>")
    Path file;

    @Option(names = "--lines", description = "For a PDF or OFD, print the raw lines with their x positions instead.")
    boolean lines;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        OneFile.Read read = OneFile.read(file, spec.commandLine().getErr());
        if (read.document().isEmpty()) {
            return read.exitCode();
        }
        ExtractedDocument doc = read.document().get();
        out.printf("format=%s pages=%d charset=%s blocks=%d%n", doc.format().label(), doc.pages(), doc.charset(), doc.blocks().size());
        doc.warnings().forEach(w -> out.println("warning: " + w));
        if (lines) {
            for (PageLayout page : doc.pageLayouts()) {
                for (TextLine line : page.lines()) {
                    out.printf("p%d:l%d x=%.0f-%.0f size=%.1f | %s%n", page.number(), line.number(), line.x0(), line.x1(),
                            line.fontSize(), chunks(line.chunks()));
                }
            }
            return 0;
        }
        for (Block block : doc.blocks()) {
            if (block instanceof Paragraph p) {
                out.printf("%s %s%s%n", p.location(), p.headingLevel() > 0 ? "h" + p.headingLevel() + " " : "", p.text());
            } else {
                Table t = (Table) block;
                out.printf("%s table %d rows%n", t.location(), t.rows().size());
                for (List<Cell> row : t.rows()) {
                    out.print("    |");
                    for (Cell c : row) {
                        out.print(" " + c.text().replace("\n", "⏎")
                                + (c.colSpan() > 1 || c.rowSpan() > 1 ? "{" + c.colSpan() + "x" + c.rowSpan() + "}" : "") + " |");
                    }
                    out.println();
                }
            }
        }
        return 0;
    }

    private static String chunks(List<TextChunk> chunks) {
        StringBuilder sb = new StringBuilder();
        for (TextChunk c : chunks) {
            sb.append(String.format("[%.0f %s]", c.x0(), c.text()));
        }
        return sb.toString();
    }
}

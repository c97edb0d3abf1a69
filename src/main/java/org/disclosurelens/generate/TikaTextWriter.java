package org.disclosurelens.generate;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.disclosurelens.model.Block;
import org.disclosurelens.model.Paragraph;
import org.disclosurelens.model.Table;

/**
 * Writes blocks as Tika's text output of the Word rendition: a paragraph per line, each table cell
 * on a line starting with a tab (its further paragraphs on lines without one), a blank line after
 * each row and after the table, and the empty paragraph Word needs after a table. Written here
 * rather than by running Tika, so that a large corpus costs no parse; a test checks that Tika's
 * text of the DOCX is the same, byte for byte.
 */
final class TikaTextWriter {

    private TikaTextWriter() {
    }

    static void write(List<Block> blocks, Writer out) throws IOException {
        for (Block block : blocks) {
            if (block instanceof Paragraph p) {
                out.write(p.text());
                out.write('\n');
            } else {
                table((Table) block, out);
            }
        }
    }

    private static void table(Table table, Writer out) throws IOException {
        for (List<TableGrid.Slot> row : TableGrid.slots(table)) {
            for (TableGrid.Slot slot : row) {
                out.write('\t');
                out.write(slot.continued() ? "" : slot.cell().text());
                out.write('\n');
            }
            out.write('\n');
        }
        out.write("\n\n");
    }
}

package org.disclosurelens.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.disclosurelens.model.Block;
import org.disclosurelens.model.Cell;
import org.disclosurelens.model.Location;
import org.disclosurelens.model.Paragraph;
import org.disclosurelens.model.Table;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Builds blocks from Tika's XHTML events: paragraphs from p, h1-h6, li and div; tables from
 * table, tr, td and th, keeping colspan and rowspan where the source had them (HTML parsed with
 * IdentityHtmlMapper). A table inside a cell is flattened into the cell's text. Tika's page divs
 * (div class="page") count pages.
 */
final class XhtmlBlockHandler extends DefaultHandler {

    private static final Set<String> PARAGRAPHS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "div", "dt", "dd", "pre", "blockquote", "caption", "title");
    private static final Set<String> SKIPPED = Set.of("script", "style", "head");

    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final Deque<TableBuilder> tables = new ArrayDeque<>();
    private int headingLevel;
    private int skipDepth;
    private int pages;

    List<Block> blocks() {
        flushParagraph();
        return blocks;
    }

    int pages() {
        return pages;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        String name = localName.isEmpty() ? qName.toLowerCase() : localName.toLowerCase();
        if (SKIPPED.contains(name) || skipDepth > 0) {
            skipDepth++;
            return;
        }
        if ("div".equals(name) && "page".equals(atts.getValue("class"))) {
            pages++;
        }
        TableBuilder table = tables.peek();
        switch (name) {
            case "table" -> {
                if (table == null) {
                    flushParagraph();
                } else {
                    table.cellBreak();
                }
                tables.push(new TableBuilder(new Location(0, blocks.size() + 1)));
            }
            case "tr" -> {
                if (table != null) {
                    table.startRow();
                }
            }
            case "td", "th" -> {
                if (table != null) {
                    table.startCell(span(atts, "colspan"), span(atts, "rowspan"));
                }
            }
            case "br" -> newline();
            default -> {
                if (PARAGRAPHS.contains(name)) {
                    if (table != null) {
                        table.cellBreak();
                    } else {
                        flushParagraph();
                        headingLevel = name.length() == 2 && name.charAt(0) == 'h' ? name.charAt(1) - '0' : 0;
                    }
                }
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = localName.isEmpty() ? qName.toLowerCase() : localName.toLowerCase();
        if (skipDepth > 0) {
            skipDepth--;
            return;
        }
        TableBuilder table = tables.peek();
        if ("table".equals(name) && table != null) {
            tables.pop();
            Table built = table.build();
            if (tables.isEmpty()) {
                if (!built.rows().isEmpty()) {
                    blocks.add(built);
                }
            } else {
                tables.peek().append(built.text().strip());
            }
        } else if (table != null) {
            if ("td".equals(name) || "th".equals(name)) {
                table.endCell();
            } else if ("tr".equals(name)) {
                table.endRow();
            } else if (PARAGRAPHS.contains(name)) {
                table.cellBreak();
            }
        } else if (PARAGRAPHS.contains(name)) {
            flushParagraph();
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (skipDepth > 0) {
            return;
        }
        TableBuilder table = tables.peek();
        if (table != null) {
            table.append(new String(ch, start, length));
        } else {
            text.append(ch, start, length);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        // Tika reports its own layout newlines here; they carry no content.
    }

    private void newline() {
        TableBuilder table = tables.peek();
        if (table != null) {
            table.cellBreak();
        } else {
            flushParagraph();
        }
    }

    private void flushParagraph() {
        String content = text.toString().strip();
        text.setLength(0);
        if (!content.isEmpty()) {
            blocks.add(new Paragraph(content, new Location(0, blocks.size() + 1), headingLevel, 0f));
        }
        headingLevel = 0;
    }

    private static int span(Attributes atts, String name) {
        String value = atts.getValue(name);
        if (value == null) {
            return 1;
        }
        try {
            return Math.max(1, Math.min(1000, Integer.parseInt(value.trim())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** Collects one table's rows; text outside any cell (stray characters) is dropped. */
    private static final class TableBuilder {
        private final Location location;
        private final List<List<Cell>> rows = new ArrayList<>();
        private List<Cell> row;
        private StringBuilder cell;
        private int colSpan;
        private int rowSpan;

        TableBuilder(Location location) {
            this.location = location;
        }

        void startRow() {
            endRow();
            row = new ArrayList<>();
        }

        void startCell(int colSpan, int rowSpan) {
            endCell();
            if (row == null) {
                row = new ArrayList<>();
            }
            cell = new StringBuilder();
            this.colSpan = colSpan;
            this.rowSpan = rowSpan;
        }

        void append(String s) {
            if (cell != null) {
                cell.append(s);
            }
        }

        void cellBreak() {
            if (cell != null && !cell.isEmpty() && cell.charAt(cell.length() - 1) != '\n') {
                cell.append('\n');
            }
        }

        void endCell() {
            if (cell != null) {
                row.add(new Cell(cell.toString().strip().replaceAll("[ \\t]*\\n\\s*", "\n"), colSpan, rowSpan));
                cell = null;
            }
        }

        void endRow() {
            endCell();
            if (row != null && !row.isEmpty()) {
                rows.add(row);
            }
            row = null;
        }

        Table build() {
            endRow();
            return new Table(rows, location);
        }
    }
}

package org.disclosurelens.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.disclosurelens.model.Block;
import org.disclosurelens.model.Cell;
import org.disclosurelens.model.Paragraph;
import org.disclosurelens.model.Table;

/**
 * Writes blocks as a plain HTML page: paragraphs as p, tables with their spans. Every piece of
 * document text is escaped, so a disclosure cannot inject markup into a page we write. Used to
 * make fixtures (HTML, then Word and PDF through LibreOffice) and by the corpus generator.
 */
public final class HtmlRenderer {

    private HtmlRenderer() {
    }

    public static void write(String title, List<Block> blocks, Writer out) throws IOException {
        out.write("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"UTF-8\">\n<title>");
        out.write(escape(title));
        out.write("</title>\n<style>table{border-collapse:collapse}td{border:1px solid #000;padding:2px 4px}</style>\n");
        out.write("</head>\n<body>\n");
        for (Block block : blocks) {
            if (block instanceof Paragraph p) {
                out.write("<p>" + escape(p.text()).replace("\n", "<br>") + "</p>\n");
            } else {
                table((Table) block, out);
            }
        }
        out.write("</body>\n</html>\n");
    }

    private static void table(Table table, Writer out) throws IOException {
        out.write("<table border=\"1\" cellspacing=\"0\">\n");
        for (List<Cell> row : table.rows()) {
            out.write("<tr>");
            for (Cell cell : row) {
                out.write("<td");
                if (cell.colSpan() > 1) {
                    out.write(" colspan=\"" + cell.colSpan() + "\"");
                }
                if (cell.rowSpan() > 1) {
                    out.write(" rowspan=\"" + cell.rowSpan() + "\"");
                }
                out.write(">");
                List<String> lines = new ArrayList<>(cell.text().lines().toList());
                for (int i = 0; i < lines.size(); i++) {
                    out.write((i == 0 ? "" : "<br>") + escape(lines.get(i)));
                }
                out.write("</td>");
            }
            out.write("</tr>\n");
        }
        out.write("</table>\n");
    }

    public static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}

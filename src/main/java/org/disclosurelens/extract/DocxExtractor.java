package org.disclosurelens.extract;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.disclosurelens.model.Block;
import org.disclosurelens.model.Cell;
import org.disclosurelens.model.ExtractedDocument;
import org.disclosurelens.model.Location;
import org.disclosurelens.model.Paragraph;
import org.disclosurelens.model.SourceFormat;
import org.disclosurelens.model.Table;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTVMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * DOCX through POI's XWPF model rather than Tika's XHTML, because Tika's DOCX output drops
 * gridSpan and vMerge (BUILD-NOTES): a horizontally merged cell would shorten its row and a
 * vertical merge would leave blank cells, shifting the columns of 绩效目标表. POI is the library
 * Tika itself uses for DOCX, so the file is still parsed once.
 */
final class DocxExtractor implements Extractor {

    private static final Pattern HEADING_STYLE = Pattern.compile("(?i)(?:heading|标题)\\s*(\\d)");

    @Override
    public ExtractedDocument extract(Path file) throws ExtractionException, IOException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
             XWPFDocument doc = new XWPFDocument(pkg)) {
            List<Block> blocks = new ArrayList<>();
            for (IBodyElement element : doc.getBodyElements()) {
                addElement(doc, element, blocks);
            }
            return new ExtractedDocument(SourceFormat.DOCX, 0, null, blocks, List.of(), List.of());
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            throw new ExtractionException(ExtractionException.Reason.CORRUPT,
                    "not a valid DOCX package (" + TikaXhtmlExtractor.rootMessage(e) + ")", e);
        } catch (EncryptedDocumentException e) {
            throw new ExtractionException(ExtractionException.Reason.ENCRYPTED,
                    "the DOCX is password-protected; save an unprotected copy and run again", e);
        } catch (UnsupportedFileFormatException | org.apache.poi.ooxml.POIXMLException e) {
            throw new ExtractionException(ExtractionException.Reason.CORRUPT,
                    "POI could not read the DOCX (" + TikaXhtmlExtractor.rootMessage(e) + ")", e);
        }
    }

    private void addElement(XWPFDocument doc, IBodyElement element, List<Block> blocks) {
        Location location = new Location(0, blocks.size() + 1);
        if (element instanceof XWPFParagraph p) {
            String text = p.getText().strip();
            if (!text.isEmpty()) {
                blocks.add(new Paragraph(text, location, headingLevel(doc, p), 0f));
            }
        } else if (element instanceof XWPFTable t) {
            Table table = table(t, location);
            if (!table.rows().isEmpty()) {
                blocks.add(table);
            }
        } else if (element instanceof XWPFSDT sdt) {
            String text = sdt.getContent().getText().strip();
            if (!text.isEmpty()) {
                blocks.add(new Paragraph(text, location));
            }
        }
    }

    private static int headingLevel(XWPFDocument doc, XWPFParagraph p) {
        String styleId = p.getStyleID();
        if (styleId == null || doc.getStyles() == null) {
            return 0;
        }
        XWPFStyle style = doc.getStyles().getStyle(styleId);
        String name = style == null ? styleId : style.getName();
        Matcher m = HEADING_STYLE.matcher(name == null ? styleId : name);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /**
     * Cells covered by a vertical merge are left out and their origin cell's rowSpan grows, so the
     * table reads like HTML; the origin is found by its grid column, counting gridSpans.
     */
    static Table table(XWPFTable t, Location location) {
        List<List<Cell>> rows = new ArrayList<>();
        Map<Integer, int[]> origins = new HashMap<>();
        for (XWPFTableRow row : t.getRows()) {
            List<Cell> cells = new ArrayList<>();
            int column = gridBefore(row);
            for (XWPFTableCell cell : row.getTableCells()) {
                int colSpan = gridSpan(cell);
                if (continuesMerge(cell) && origins.containsKey(column)) {
                    int[] origin = origins.get(column);
                    List<Cell> originRow = rows.get(origin[0]);
                    Cell o = originRow.get(origin[1]);
                    originRow.set(origin[1], new Cell(o.text(), o.colSpan(), o.rowSpan() + 1));
                } else {
                    origins.put(column, new int[] {rows.size(), cells.size()});
                    cells.add(new Cell(cellText(cell), colSpan, 1));
                }
                column += colSpan;
            }
            rows.add(cells);
        }
        rows.removeIf(List::isEmpty);
        return new Table(rows, location);
    }

    private static String cellText(XWPFTableCell cell) {
        List<String> parts = new ArrayList<>();
        for (IBodyElement element : cell.getBodyElements()) {
            if (element instanceof XWPFParagraph p) {
                parts.add(p.getText().strip());
            } else if (element instanceof XWPFTable nested) {
                parts.add(table(nested, Location.UNKNOWN).text().strip());
            }
        }
        return String.join("\n", parts).strip().replaceAll("\\n{2,}", "\n");
    }

    private static int gridSpan(XWPFTableCell cell) {
        CTTcPr pr = cell.getCTTc().getTcPr();
        if (pr == null || pr.getGridSpan() == null || pr.getGridSpan().getVal() == null) {
            return 1;
        }
        BigInteger span = pr.getGridSpan().getVal();
        return Math.max(1, Math.min(64, span.intValue()));
    }

    private static boolean continuesMerge(XWPFTableCell cell) {
        CTTcPr pr = cell.getCTTc().getTcPr();
        if (pr == null || !pr.isSetVMerge()) {
            return false;
        }
        CTVMerge merge = pr.getVMerge();
        return merge.getVal() == null || merge.getVal() == STMerge.CONTINUE;
    }

    private static int gridBefore(XWPFTableRow row) {
        var pr = row.getCtRow().getTrPr();
        if (pr == null || pr.sizeOfGridBeforeArray() == 0 || pr.getGridBeforeArray(0).getVal() == null) {
            return 0;
        }
        return pr.getGridBeforeArray(0).getVal().intValue();
    }
}

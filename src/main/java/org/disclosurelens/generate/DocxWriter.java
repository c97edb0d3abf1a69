package org.disclosurelens.generate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.disclosurelens.model.Block;
import org.disclosurelens.model.Paragraph;
import org.disclosurelens.model.Table;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Writes blocks as a Word document with POI, with real merged cells (gridSpan across, vMerge
 * down) as published 绩效目标表 have them. The package is re-zipped with fixed timestamps and a
 * fixed creation date, so the same disclosure gives the same bytes.
 */
final class DocxWriter {

    /** Usable page width of A4 with Word's default margins, in twentieths of a point. */
    private static final int PAGE_WIDTH = 8300;
    /** 1980-01-01, the earliest time a zip entry can carry. */
    private static final long ZIP_TIME = 315_532_800_000L;
    private static final String FONT = "宋体";

    private DocxWriter() {
    }

    static void write(String title, int year, List<Block> blocks, OutputStream out) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.getProperties().getCoreProperties().setTitle(title);
            doc.getProperties().getCoreProperties().setCreator("disclosure-lens generate");
            doc.getProperties().getCoreProperties()
                    .setCreated(java.util.Optional.of(java.util.Date.from(java.time.Instant.parse(year + "-01-01T00:00:00Z"))));
            for (Block block : blocks) {
                if (block instanceof Paragraph p) {
                    paragraph(doc.createParagraph(), p.text(), p.headingLevel());
                } else {
                    table(doc, (Table) block);
                }
            }
            doc.write(raw);
        }
        rezip(raw.toByteArray(), out);
    }

    private static void paragraph(XWPFParagraph p, String text, int headingLevel) {
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setText(text);
        if (headingLevel > 0) {
            run.setBold(true);
            run.setFontSize(headingLevel == 1 ? 14 : 12);
        }
    }

    private static void table(XWPFDocument doc, Table table) {
        int width = table.width();
        int column = PAGE_WIDTH / Math.max(1, width);
        XWPFTable t = doc.createTable();
        t.removeRow(0);
        t.setWidth(PAGE_WIDTH);
        CTTblGrid grid = t.getCTTbl().getTblGrid() == null ? t.getCTTbl().addNewTblGrid() : t.getCTTbl().getTblGrid();
        for (int i = 0; i < width; i++) {
            grid.addNewGridCol().setW(BigInteger.valueOf(column));
        }
        for (List<TableGrid.Slot> slots : TableGrid.slots(table)) {
            XWPFTableRow row = t.insertNewTableRow(t.getNumberOfRows());
            for (TableGrid.Slot slot : slots) {
                cell(row.addNewTableCell(), slot, column);
            }
        }
        doc.createParagraph();
    }

    private static void cell(XWPFTableCell cell, TableGrid.Slot slot, int column) {
        CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        int span = slot.cell().colSpan();
        pr.addNewTcW().setW(BigInteger.valueOf((long) column * span));
        pr.getTcW().setType(STTblWidth.DXA);
        if (span > 1) {
            pr.addNewGridSpan().setVal(BigInteger.valueOf(span));
        }
        if (slot.continued()) {
            pr.addNewVMerge().setVal(STMerge.CONTINUE);
        } else if (slot.cell().rowSpan() > 1) {
            pr.addNewVMerge().setVal(STMerge.RESTART);
        }
        List<String> lines = slot.continued() ? List.of("") : slot.cell().text().lines().toList();
        XWPFParagraph first = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
        for (int i = 0; i < Math.max(1, lines.size()); i++) {
            XWPFParagraph p = i == 0 ? first : cell.addParagraph();
            String text = lines.isEmpty() ? "" : lines.get(i);
            if (!text.isEmpty()) {
                paragraph(p, text, 0);
            }
        }
    }

    /** Copies the zip entries in order with a fixed time, so the bytes depend on the content only. */
    private static void rezip(byte[] zip, OutputStream out) throws IOException {
        ZipOutputStream zos = new ZipOutputStream(out);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(ZIP_TIME);
                zos.putNextEntry(copy);
                in.transferTo(zos);
                zos.closeEntry();
            }
        }
        zos.finish();
        zos.flush();
    }
}

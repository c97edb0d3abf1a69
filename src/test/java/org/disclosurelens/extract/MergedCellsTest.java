package org.disclosurelens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.disclosurelens.model.Cell;
import org.disclosurelens.model.ExtractedDocument;
import org.disclosurelens.model.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Merged cells survive extraction from every format that has them, so columns never shift:
 * DOCX gridSpan/vMerge through POI, spreadsheet merged regions, HTML colspan/rowspan through Tika.
 */
class MergedCellsTest {

    @TempDir
    Path dir;

    private final DocumentExtractor extractor = new DocumentExtractor();

    @Test
    void keepsDocxGridSpanAndVerticalMerge() throws Exception {
        Path file = dir.resolve("merged.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            XWPFTable t = doc.createTable(3, 3);
            text(t.getRow(0).getCell(0), "一级指标");
            text(t.getRow(0).getCell(1), "二级指标");
            text(t.getRow(0).getCell(2), "指标值");
            text(t.getRow(1).getCell(0), "产出指标");
            t.getRow(1).getCell(0).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
            text(t.getRow(1).getCell(1), "数量指标");
            text(t.getRow(1).getCell(2), "10");
            t.getRow(2).getCell(0).getCTTc().addNewTcPr().addNewVMerge();
            text(t.getRow(2).getCell(1), "质量指标");
            text(t.getRow(2).getCell(2), "90");
            XWPFTable wide = doc.createTable(2, 2);
            text(wide.getRow(0).getCell(0), "合计");
            wide.getRow(0).getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.TWO);
            wide.getRow(0).removeCell(1);
            text(wide.getRow(1).getCell(0), "a");
            text(wide.getRow(1).getCell(1), "b");
            doc.write(out);
        }
        List<Table> tables = tables(extractor.extract(file));
        assertEquals(List.of(new Cell("产出指标", 1, 2), new Cell("数量指标"), new Cell("10")), tables.get(0).rows().get(1));
        assertEquals(List.of(List.of("一级指标", "二级指标", "指标值"), List.of("产出指标", "数量指标", "10"),
                List.of("产出指标", "质量指标", "90")), tables.get(0).grid());
        assertEquals(List.of(new Cell("合计", 2, 1)), tables.get(1).rows().get(0));
    }

    @Test
    void keepsSpreadsheetMergedRegionsAndNumberFormats() throws Exception {
        Path file = dir.resolve("merged.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = book.createSheet("收入预算总表");
            sheet.createRow(0).createCell(0).setCellValue("功能分类科目");
            sheet.getRow(0).createCell(2).setCellValue("金额");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 1));
            sheet.createRow(1).createCell(0).setCellValue("201");
            sheet.getRow(1).createCell(1).setCellValue("一般公共服务支出");
            var cell = sheet.getRow(1).createCell(2);
            cell.setCellValue(1109300);
            var style = book.createCellStyle();
            style.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
            cell.setCellStyle(style);
            book.write(out);
        }
        Table table = tables(extractor.extract(file)).get(0);
        assertEquals(List.of(new Cell("功能分类科目", 2, 1), new Cell("金额")), table.rows().get(0));
        assertEquals(List.of("201", "一般公共服务支出", "1,109,300.00"), table.grid().get(1));
    }

    @Test
    void keepsHtmlColspanAndRowspan() throws IOException, ExtractionException {
        Path file = dir.resolve("merged.html");
        Files.writeString(file, "<html><body><p>三公经费</p><table>"
                + "<tr><td rowspan=\"2\">项目</td><td colspan=\"2\">预算数</td></tr>"
                + "<tr><td>2020年</td><td>2021年</td></tr>"
                + "<tr><td>合计</td><td>2</td><td>2</td></tr></table></body></html>", StandardCharsets.UTF_8);
        Table table = tables(extractor.extract(file)).get(0);
        assertEquals(List.of(List.of("项目", "预算数", "预算数"), List.of("项目", "2020年", "2021年"),
                List.of("合计", "2", "2")), table.grid());
    }

    private static void text(XWPFTableCell cell, String text) {
        cell.setText(text);
    }

    private static List<Table> tables(ExtractedDocument doc) {
        return doc.blocks().stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
    }

}

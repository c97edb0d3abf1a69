package org.disclosurelens.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.disclosurelens.model.Block;
import org.disclosurelens.model.Cell;
import org.disclosurelens.model.ExtractedDocument;
import org.disclosurelens.model.Location;
import org.disclosurelens.model.Paragraph;
import org.disclosurelens.model.SourceFormat;
import org.disclosurelens.model.Table;

/**
 * XLS and XLSX through POI, one heading (the sheet name) and one table per sheet. Tika's XHTML
 * for spreadsheets loses merged regions and number formats (1,109,300.00 comes out as 1109300);
 * POI's DataFormatter shows each value as the sheet does, and merged regions become spans.
 */
final class SpreadsheetExtractor implements Extractor {

    /** Rows beyond this in one sheet are left out with a warning; disclosures have a few hundred. */
    static final int MAX_ROWS = 20_000;
    private static final int MAX_COLUMNS = 256;

    private final SourceFormat format;

    SpreadsheetExtractor(SourceFormat format) {
        this.format = format;
    }

    @Override
    public ExtractedDocument extract(Path file) throws ExtractionException, IOException {
        List<Block> blocks = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            DataFormatter formatter = new DataFormatter();
            formatter.setUseCachedValuesForFormulaCells(true);
            for (Sheet sheet : workbook) {
                if (workbook.isSheetHidden(workbook.getSheetIndex(sheet))) {
                    continue;
                }
                blocks.add(new Paragraph(sheet.getSheetName(), new Location(0, blocks.size() + 1), 1, 0f));
                Table table = table(sheet, formatter, new Location(0, blocks.size() + 1), warnings);
                blocks.addAll(splitText(table, blocks.size()));
            }
        } catch (EncryptedDocumentException e) {
            throw new ExtractionException(ExtractionException.Reason.ENCRYPTED,
                    "the workbook is password-protected; save an unprotected copy and run again", e);
        } catch (IllegalArgumentException e) {
            throw new ExtractionException(ExtractionException.Reason.CORRUPT,
                    "POI could not read the workbook (" + TikaXhtmlExtractor.rootMessage(e) + ")", e);
        }
        return new ExtractedDocument(format, 0, null, blocks, List.of(), warnings);
    }

    private static Table table(Sheet sheet, DataFormatter formatter, Location location, List<String> warnings) {
        Map<Long, CellRangeAddress> origins = new HashMap<>();
        Set<Long> covered = new HashSet<>();
        for (CellRangeAddress range : sheet.getMergedRegions()) {
            origins.put(key(range.getFirstRow(), range.getFirstColumn()), range);
            for (int r = range.getFirstRow(); r <= range.getLastRow(); r++) {
                for (int c = range.getFirstColumn(); c <= range.getLastColumn(); c++) {
                    if (r != range.getFirstRow() || c != range.getFirstColumn()) {
                        covered.add(key(r, c));
                    }
                }
            }
        }
        int lastRow = Math.min(sheet.getLastRowNum(), MAX_ROWS - 1);
        if (sheet.getLastRowNum() >= MAX_ROWS) {
            warnings.add("sheet " + sheet.getSheetName() + ": only the first " + MAX_ROWS + " rows were read");
        }
        int width = 0;
        for (int r = 0; r <= lastRow; r++) {
            Row row = sheet.getRow(r);
            if (row != null && row.getLastCellNum() > 0) {
                width = Math.max(width, lastFilled(row, formatter) + 1);
            }
        }
        width = Math.min(width, MAX_COLUMNS);
        List<List<Cell>> rows = new ArrayList<>();
        int lastNonEmpty = -1;
        for (int r = 0; r <= lastRow; r++) {
            Row row = sheet.getRow(r);
            List<Cell> cells = new ArrayList<>();
            boolean any = false;
            for (int c = 0; c < width; c++) {
                if (covered.contains(key(r, c))) {
                    continue;
                }
                CellRangeAddress range = origins.get(key(r, c));
                String text = row == null || row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)).strip();
                any |= !text.isEmpty();
                cells.add(range == null ? new Cell(text)
                        : new Cell(text, Math.min(range.getLastColumn(), width - 1) - c + 1, Math.min(range.getLastRow(), lastRow) - r + 1));
            }
            // An empty row inside the table keeps its place, or rowspans would point elsewhere.
            rows.add(cells);
            lastNonEmpty = any ? r : lastNonEmpty;
        }
        return new Table(rows.subList(0, lastNonEmpty + 1), location);
    }

    /**
     * Sheets often hold prose (a cover, 单位职能, 编制说明) one paragraph per row in the first
     * column. Such rows become paragraphs, so headings in a sheet are found like anywhere else;
     * the rows between them stay tables. A row a merged cell above reaches into stays in its table, and
     * so does a blank row followed by more of the table.
     */
    static List<Block> splitText(Table table, int firstOrdinal) {
        List<Block> out = new ArrayList<>();
        List<List<Cell>> pending = new ArrayList<>();
        int reach = -1;
        for (int r = 0; r < table.rows().size(); r++) {
            List<Cell> row = table.rows().get(r);
            List<Cell> filled = row.stream().filter(c -> !c.text().isEmpty()).toList();
            boolean text = filled.size() == 1 && row.get(0) == filled.get(0) && reach < r;
            if (filled.isEmpty() && reach < r && !pending.isEmpty() && tableRowFollows(table, r)) {
                pending.add(row);
                continue;
            }
            if (text || filled.isEmpty() && reach < r) {
                flush(pending, out, firstOrdinal);
                if (text) {
                    out.add(new Paragraph(filled.get(0).text(), new Location(0, firstOrdinal + out.size())));
                }
                continue;
            }
            pending.add(row);
            for (Cell c : row) {
                reach = Math.max(reach, r + c.rowSpan() - 1);
            }
        }
        flush(pending, out, firstOrdinal);
        return out;
    }

    /** True when the next non-empty row after {@code r} has two or more filled cells: a blank row inside a table. */
    private static boolean tableRowFollows(Table table, int r) {
        for (int k = r + 1; k < table.rows().size(); k++) {
            long filled = table.rows().get(k).stream().filter(c -> !c.text().isEmpty()).count();
            if (filled > 0) {
                return filled >= 2;
            }
        }
        return false;
    }

    private static void flush(List<List<Cell>> pending, List<Block> out, int firstOrdinal) {
        if (!pending.isEmpty()) {
            out.add(new Table(pending, new Location(0, firstOrdinal + out.size())));
            pending.clear();
        }
    }

    private static int lastFilled(Row row, DataFormatter formatter) {
        for (int c = row.getLastCellNum() - 1; c >= 0; c--) {
            if (row.getCell(c) != null && !formatter.formatCellValue(row.getCell(c)).isBlank()) {
                return c;
            }
        }
        return -1;
    }

    private static long key(int row, int column) {
        return ((long) row << 20) | column;
    }
}

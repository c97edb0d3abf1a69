package org.disclosurelens.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.disclosurelens.data.DataExtractor;
import org.disclosurelens.data.DocumentData;
import org.disclosurelens.identify.DocumentIdentity;
import org.disclosurelens.model.Block;
import org.disclosurelens.model.Cell;
import org.disclosurelens.model.Location;
import org.disclosurelens.model.Paragraph;
import org.disclosurelens.model.Table;
import org.disclosurelens.structure.DocumentStructure;
import org.disclosurelens.structure.StructureParser;
import org.junit.jupiter.api.Test;

/**
 * COMPLETENESS-TOC-TABLE on documents written by hand: a 目录 listing tables, and the body's tables
 * under titles written as bodies write them (with the unit and year, a note in brackets, a word
 * more or less than the 目录).
 */
class TocTablesRuleTest {

    private static final List<String> TOC = List.of("目录", "第一部分 部门概况", "一、主要职能", "第二部分 2026年度部门预算表",
            "一、收支预算总表", "二、支出预算表", "三、一般公共预算支出预算表", "四、政府性基金支出预算表", "第三部分 部门预算情况说明");

    @Test
    void findsTheOneListedTableTheBodyLeftOut() {
        // 支出预算表 is missing; 一般公共预算支出预算表 ends with its name but is the next entry's table.
        Disclosure d = document(List.of("2026年某局收支预算总表", "一般公共预算支出预算表（功能科目）", "财政拨款政府性基金支出预算表"));
        List<Finding> findings = new TocTablesRule().check(d);
        assertEquals(List.of("目录列有“支出预算表”，但正文中未见该表（目录所列其他3张表均在）"), findings.stream().map(Finding::messageZh).toList());
        assertEquals(Severity.WARNING, findings.get(0).severity());
    }

    @Test
    void titlesWrittenOtherwiseThanInTheTableOfContentsAreTheirTables() {
        Disclosure d = document(List.of("2026年某局收支预算总表", "某局支出预算表", "一般公共预算支出预算表（功能科目）",
                "政府性基金预算支出预算表"));
        assertEquals(List.of(), new TocTablesRule().check(d));
    }

    @Test
    void saysNothingWhenTheTablesArePublishedApart() {
        Disclosure d = document(List.of());
        assertEquals(List.of(), new TocTablesRule().check(d));
    }

    private static Disclosure document(List<String> tableTitles) {
        List<Block> blocks = new ArrayList<>();
        TOC.forEach(line -> blocks.add(new Paragraph(line, new Location(1, blocks.size() + 1))));
        blocks.add(new Paragraph("第一部分 部门概况", new Location(2, 1)));
        blocks.add(new Paragraph("一、主要职能", new Location(2, 2)));
        blocks.add(new Paragraph("负责全县的有关工作，承办县委、县政府交办的其他事项，内容较长以免被当作目录的条目。", new Location(2, 3)));
        blocks.add(new Paragraph("第二部分 2026年度部门预算表", new Location(3, 1)));
        int page = 4;
        for (String title : tableTitles) {
            blocks.add(new Paragraph(title, new Location(page, 1)));
            blocks.add(new Paragraph("单位：万元", new Location(page, 2)));
            blocks.add(new Table(List.of(List.of(new Cell("项目"), new Cell("金额")), List.of(new Cell("合计"), new Cell("10.00"))),
                    new Location(page, 3)));
            page++;
        }
        blocks.add(new Paragraph("第三部分 部门预算情况说明", new Location(page, 1)));
        DocumentStructure structure = new StructureParser().parse(blocks);
        DocumentData data = new DataExtractor().extract(blocks, structure, "某局", "2026");
        DocumentIdentity identity = new DocumentIdentity("某局", "", "2026", "", "预算", "部门", "", "", "", "", "", null, "", "");
        return new Disclosure("test", identity, structure, blocks, data);
    }
}

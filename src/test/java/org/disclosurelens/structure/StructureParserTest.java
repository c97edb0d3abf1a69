package org.disclosurelens.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.disclosurelens.model.Block;
import org.disclosurelens.model.Location;
import org.disclosurelens.model.Paragraph;
import org.junit.jupiter.api.Test;

/** Layouts, contents and nesting on small outlines written out line by line. */
class StructureParserTest {

    private final StructureParser parser = new StructureParser();

    @Test
    void setsTheContentsAsideAndTakesNumbersFromItForUnnumberedShanghaiTitles() {
        DocumentStructure s = parse(
                "上海市普陀区2025年区级部门预算", "预算主管部门：上海市普陀区某某局", "目 录",
                "一、部门主要职能 ………………… 3", "二、部门机构设置 ………………… 4", "三、名词解释 ……………… 5",
                "四、部门预算编制说明 ……………… 6", "五、部门预算表 ……………… 8", "六、其他相关情况说明 ………… 20",
                "上海市普陀区某某局主要职能", LONG, "上海市普陀区某某局机构设置", LONG, "名词解释", LONG,
                "2025年部门预算编制说明", LONG, "2025年部门财务收支预算总表", "合计",
                "其他相关情况说明", "一、2025年“三公”经费预算情况说明", LONG, "二、机关运行经费预算", LONG,
                "三、政府采购预算情况", LONG, "四、绩效目标设置情况", LONG, "五、国有资产占有使用情况", LONG);
        assertEquals(Layout.SHANGHAI_BUDGET, s.layout());
        assertEquals(6, s.toc().size());
        assertEquals(List.of("一|上海市普陀区某某局主要职能", "二|上海市普陀区某某局机构设置", "三|名词解释",
                "四|2025年部门预算编制说明", "五|2025年部门财务收支预算总表", "六|其他相关情况说明"), top(s));
        assertEquals("1-9", s.nineParts());
        assertEquals("budget_tables", s.extraParts());
        assertEquals(true, s.sections().get(0).numberFromToc());
    }

    @Test
    void endsAContentsWithoutLeadersWhereTheBodyRepeatsAnEntry() {
        DocumentStructure s = parse("江苏省某某厅", "2019年度部门预算公开", "目录",
                "第一部分 部门概况", "一、主要职能", "第二部分 2019年度部门预算表", "第三部分 2019年度部门预算情况说明",
                "第四部分 名词解释", "第一部分 部门概况", "一、主要职能", LONG, "第二部分 2019年度部门预算表",
                "第三部分 2019年度部门预算情况说明", "一、收支预算总表情况说明", LONG, "二、“三公”经费预算情况说明", LONG,
                "第四部分 名词解释", LONG);
        assertEquals(Layout.JIANGSU_BUDGET, s.layout());
        assertEquals(5, s.toc().size());
        assertEquals(List.of("第一部分|部门概况", "第二部分|2019年度部门预算表", "第三部分|2019年度部门预算情况说明",
                "第四部分|名词解释"), top(s));
        assertEquals("1,2,4,8", s.nineParts());
    }

    @Test
    void reportsHeadingsOfAnUnknownLayout() {
        DocumentStructure s = parse("某某报告", "一、工作回顾", LONG, "二、存在问题", LONG, "三、下一步打算", LONG);
        assertEquals(Layout.UNKNOWN, s.layout());
        assertEquals(List.of("一|工作回顾", "二|存在问题", "三|下一步打算"), top(s));
        assertEquals("", s.nineParts());
    }

    @Test
    void nestsHeadingsByNumberingStyle() {
        DocumentStructure s = parse("第一部分 部门概况", "一、主要职能", "（一）职能一", LONG, "（二）职能二", LONG,
                "二、机构设置", LONG, "第二部分 部门预算表", "第三部分 情况说明", "第四部分 名词解释");
        List<Section> sections = s.sections();
        assertEquals(List.of(1, 2, 3, 3, 2, 1, 1, 1), sections.stream().map(Section::level).toList());
        assertEquals(List.of(-1, 0, 1, 1, 0, -1, -1, -1), sections.stream().map(Section::parent).toList());
        assertEquals(CanonicalPart.DUTIES_ORGANISATION, sections.get(2).part());
    }

    private static final String LONG = "这是一段足够长的正文，用来说明该部分的具体内容，其中包含多个句子。它不会被当作标题。";

    private DocumentStructure parse(String... lines) {
        List<Block> blocks = new ArrayList<>();
        for (String line : lines) {
            blocks.add(new Paragraph(line, new Location(0, blocks.size() + 1)));
        }
        return parser.parse(blocks);
    }

    private static List<String> top(DocumentStructure s) {
        return s.sections().stream().filter(x -> x.level() == 1).map(x -> x.number() + "|" + x.title()).toList();
    }
}

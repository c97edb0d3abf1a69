package org.disclosurelens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.ArrayList;
import java.util.List;
import org.disclosurelens.model.Block;
import org.disclosurelens.model.PageLayout;
import org.disclosurelens.model.Paragraph;
import org.disclosurelens.model.Ruling;
import org.disclosurelens.model.Table;
import org.disclosurelens.model.TextChunk;
import org.disclosurelens.model.TextLine;
import org.junit.jupiter.api.Test;

/** Table reconstruction on PDF pages built by hand: text runs and ruling lines at known positions. */
class PdfTablesTest {

    private static final float SIZE = 10f;

    @Test
    void rebuildsARuledTableWithMergedCells() {
        // A header cell over two columns, a label cell over two rows.
        Page p = new Page(1);
        p.grid(new float[] {50, 150, 250, 350}, new float[] {100, 120, 140, 160});
        p.rulings.removeIf(r -> r.vertical() && r.x0() == 250 && r.y0() == 100);
        p.rulings.add(new Ruling(250, 120, 250, 160));
        p.rulings.removeIf(r -> r.horizontal() && r.y0() == 140 && r.x0() == 50);
        p.rulings.add(new Ruling(150, 140, 350, 140));
        p.text(60, 115, "项目").text(160, 115, "预算数").text(60, 145, "合计").text(160, 135, "1,000").text(260, 135, "2,000")
                .text(160, 155, "3").text(260, 155, "4");
        Table t = (Table) only(PdfBlockBuilder.build(List.of(p.layout())));
        assertEquals(List.of(List.of("项目", "预算数", "预算数"), List.of("合计", "1,000", "2,000"), List.of("合计", "3", "4")), t.grid());
        assertEquals(2, t.rows().get(0).get(1).colSpan());
        assertEquals(2, t.rows().get(1).get(0).rowSpan());
    }

    @Test
    void joinsTableSplitAcrossPagesDroppingTheRepeatedHeader() {
        Page p1 = new Page(1);
        p1.grid(new float[] {50, 150, 250}, new float[] {700, 720, 740});
        p1.text(60, 715, "科目名称").text(160, 715, "金额").text(60, 735, "行政运行").text(160, 735, "1.00");
        Page p2 = new Page(2);
        p2.grid(new float[] {50, 150, 250}, new float[] {50, 70, 90});
        p2.text(60, 65, "科目名称").text(160, 65, "金额").text(60, 85, "事业运行").text(160, 85, "2.00");
        Table t = (Table) only(PdfBlockBuilder.build(List.of(p1.layout(), p2.layout())));
        assertEquals(List.of(List.of("科目名称", "金额"), List.of("行政运行", "1.00"), List.of("事业运行", "2.00")), t.grid());
        assertEquals(2, t.rowLocation(2).page());
    }

    @Test
    void keepsTablesApartWhenTextSeparatesThem() {
        Page p1 = new Page(1);
        p1.grid(new float[] {50, 150, 250}, new float[] {700, 720, 740});
        p1.text(60, 715, "a").text(160, 715, "b").text(60, 735, "c").text(160, 735, "d");
        Page p2 = new Page(2);
        p2.text(50, 40, "二、下一张表的标题");
        p2.grid(new float[] {50, 150, 250}, new float[] {50, 70, 90});
        p2.text(60, 65, "e").text(160, 65, "f").text(60, 85, "g").text(160, 85, "h");
        List<Block> blocks = PdfBlockBuilder.build(List.of(p1.layout(), p2.layout()));
        assertEquals(3, blocks.size());
        assertInstanceOf(Paragraph.class, blocks.get(1));
    }

    @Test
    void mendsARowThePageBreakCutInTwo() {
        Page p1 = new Page(1);
        p1.grid(new float[] {50, 110, 235}, new float[] {700, 720, 740});
        p1.text(60, 715, "一级指标").text(120, 715, "描述").text(60, 735, "满意度").text(120, 735, "为经济社会发展提供良好环");
        Page p2 = new Page(2);
        p2.grid(new float[] {50, 110, 235}, new float[] {50, 70, 90});
        p2.text(120, 65, "境").text(60, 85, "效益").text(120, 85, "下一行");
        Table t = (Table) only(PdfBlockBuilder.build(List.of(p1.layout(), p2.layout())));
        assertEquals(List.of(List.of("一级指标", "描述"), List.of("满意度", "为经济社会发展提供良好环境"), List.of("效益", "下一行")), t.grid());
    }

    @Test
    void joinsWrappedLinesOfACellAndKeepsNumberedItemsApart() {
        Page p = new Page(1);
        p.grid(new float[] {50, 100, 300}, new float[] {100, 150});
        p.text(52, 115, "资金支出").text(52, 128, "计划").text(52, 141, "（%）")
                .text(102, 115, "1.完成设备安装").text(102, 128, "2.完成舆情处置");
        Table t = (Table) only(PdfBlockBuilder.build(List.of(p.layout())));
        assertEquals(List.of(List.of("资金支出计划（%）", "1.完成设备安装\n2.完成舆情处置")), t.grid());
    }

    @Test
    void alignsAStreamTableByColumnsKeepingBlanksInPlace() {
        Page p = new Page(1);
        p.text(50, 100, "项目").text(200, 100, "上年").text(300, 100, "本年")
                .text(50, 115, "合计").text(200, 115, "5").text(300, 115, "6")
                .text(50, 130, "接待费").text(300, 130, "6");
        Table t = (Table) only(PdfBlockBuilder.build(List.of(p.layout())));
        assertEquals(List.of(List.of("项目", "上年", "本年"), List.of("合计", "5", "6"), List.of("接待费", "", "6")), t.grid());
    }

    private static Block only(List<Block> blocks) {
        assertEquals(1, blocks.size(), blocks.toString());
        return blocks.get(0);
    }

    /** A page under construction: text runs one per line, CJK characters SIZE wide, and rulings. */
    private static final class Page {
        final int number;
        final List<TextLine> lines = new ArrayList<>();
        final List<Ruling> rulings = new ArrayList<>();

        Page(int number) {
            this.number = number;
        }

        Page text(float x, float y, String s) {
            float width = 0;
            for (char c : s.toCharArray()) {
                width += c < 128 ? SIZE / 2 : SIZE;
            }
            TextChunk chunk = new TextChunk(s, x, x + width, y, SIZE);
            for (int i = 0; i < lines.size(); i++) {
                TextLine line = lines.get(i);
                if (Math.abs(line.y() - y) < 1) {
                    List<TextChunk> chunks = new ArrayList<>(line.chunks());
                    chunks.add(chunk);
                    chunks.sort((a, b) -> Float.compare(a.x0(), b.x0()));
                    lines.set(i, new TextLine(chunks, line.number()));
                    return this;
                }
            }
            lines.add(new TextLine(List.of(chunk), lines.size() + 1));
            return this;
        }

        void grid(float[] xs, float[] ys) {
            for (float y : ys) {
                rulings.add(new Ruling(xs[0], y, xs[xs.length - 1], y));
            }
            for (float x : xs) {
                rulings.add(new Ruling(x, ys[0], x, ys[ys.length - 1]));
            }
        }

        PageLayout layout() {
            List<TextLine> sorted = new ArrayList<>(lines);
            sorted.sort((a, b) -> Float.compare(a.y(), b.y()));
            List<TextLine> numbered = new ArrayList<>();
            for (TextLine l : sorted) {
                numbered.add(new TextLine(l.chunks(), numbered.size() + 1));
            }
            return new PageLayout(number, 595, 842, numbered, rulings);
        }
    }
}

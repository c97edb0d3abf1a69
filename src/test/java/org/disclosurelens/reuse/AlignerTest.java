package org.disclosurelens.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.disclosurelens.model.Location;
import org.junit.jupiter.api.Test;

/** Folding, chunking, signatures and alignment on short texts. */
class AlignerTest {

    private static FoldedText text(String... paragraphs) {
        List<TextUnit> units = new java.util.ArrayList<>();
        for (int i = 0; i < paragraphs.length; i++) {
            units.add(new TextUnit(i, 1, new Location(0, i + 1), paragraphs[i]));
        }
        return FoldedText.of(units);
    }

    @Test
    void foldsWidthCasePunctuationSpacesAndListNumbersAndKeepsOrigins() {
        FoldedText t = text("（一）负责ＡＢＣ 工作，１２项。", "第二段");
        assertEquals("负责abc工作12项第二段", new String(t.chars()));
        assertEquals("负责ＡＢＣ 工作，１２项。 第二段", t.original(0, t.length()));
        assertEquals("工作，１２项。", t.original(5, 10));
        assertEquals(1, t.unitAt(9).location().line());
        assertEquals(2, t.unitAt(10).location().line());
    }

    /** A duty numbered (三) in one document and 5. or 2、 in another folds to the same text; 2.5 stays a figure. */
    @Test
    void leavesListNumbersOutWhateverTheirStyle() {
        for (String numbered : List.of("(三)负责全县统计工作。", "5.负责全县统计工作。", "2、负责全县统计工作。", "三、负责全县统计工作。",
                "（12）负责全县统计工作。")) {
            assertEquals("负责全县统计工作", new String(text(numbered).chars()), numbered);
        }
        assertEquals("25万元用于培训", new String(text("2.5万元用于培训。").chars()), "a decimal opening a sentence is no list number");
        assertEquals("一是负责统计二是负责调查", new String(text("一是负责统计；二是负责调查").chars()));
    }

    @Test
    void cutsSentencesAndLongSentencesAtClauses() {
        FoldedText t = text("短句。这是第一个足够长的句子用来比较，后面还有一个分句也很长很长；最后一句话也足够长了吗");
        List<Integer> chunks = new java.util.ArrayList<>();
        CorpusIndex.chunks(t).forEach((com.carrotsearch.hppc.procedures.IntProcedure) chunks::add);
        assertEquals(List.of(2, 30), chunks, "短句 and the last sentence (11 characters) are too short to index");
        List<Integer> clauses = new java.util.ArrayList<>();
        t.chunks(5, 20).forEach((com.carrotsearch.hppc.procedures.IntProcedure) clauses::add);
        assertEquals(List.of(2, 17, 17, 30, 30, 41), clauses, "cut at the comma when over 20");
    }

    @Test
    void estimatesSimilarityFromSketches() {
        char[] a = FoldedText.fold("统筹协调全县网络安全保障体系和可信体系建设牵头协调有关部门制定相关行业网络安全规划").toCharArray();
        char[] b = FoldedText.fold("统筹协调全县统计数据保障体系和可信体系建设牵头协调有关部门制定相关行业网络安全规划").toCharArray();
        char[] c = FoldedText.fold("完成年度统计调查任务按时报送各专业统计报表统计数据质量达到省市考核要求").toCharArray();
        long[] sa = MinHash.sketch(MinHash.signature(a, 0, a.length));
        long[] sb = MinHash.sketch(MinHash.signature(b, 0, b.length));
        long[] sc = MinHash.sketch(MinHash.signature(c, 0, c.length));
        assertEquals(1.0, MinHash.similarity(sa[0], sa[1], sa[0], sa[1]));
        double near = MinHash.similarity(sa[0], sa[1], sb[0], sb[1]);
        double unrelated = MinHash.similarity(sa[0], sa[1], sc[0], sc[1]);
        assertTrue(near > 0.5 && near < 0.95, "near " + near);
        assertTrue(unrelated < 0.3, "unrelated " + unrelated);
    }

    @Test
    void chainsMatchesAcrossAnEditIntoOneAlignment() {
        char[] a = FoldedText.fold("前文不同的内容甲乙丙。加强监测强化处置认真践行我县网上群众工作思想路线我办用好千里眼监测研判。后文也不同").toCharArray();
        char[] b = FoldedText.fold("另一份文件的开头。加强监测强化处置认真践行阜平县网上群众工作思想路线我局用好千里眼监测研判。结尾").toCharArray();
        List<Aligner.Alignment> al = Aligner.align(a, new Aligner.Index(b), 20);
        assertEquals(1, al.size(), al::toString);
        Aligner.Alignment x = al.get(0);
        assertEquals("加强监测强化处置认真践行我县网上群众工作思想路线我办用好千里眼监测研判", new String(a, x.a0(), x.a1() - x.a0()));
        assertEquals("加强监测强化处置认真践行阜平县网上群众工作思想路线我局用好千里眼监测研判", new String(b, x.b0(), x.b1() - x.b0()));
        assertEquals(12 + 12 + 9, x.matched(), "践行 | 县网上群众工作思想路线我 | 用好千里眼监测研判");
        assertEquals(33 / 36.0, x.similarity(), 1e-9);
    }

    @Test
    void findsNothingBetweenUnrelatedTexts() {
        char[] a = FoldedText.fold("组织实施人口经济农业等重大国情国力普查汇总整理和提供有关调查的统计数据").toCharArray();
        char[] b = FoldedText.fold("负责全县互联网信息内容管理统筹协调组织互联网宣传管理和舆论引导工作").toCharArray();
        assertTrue(Aligner.align(a, new Aligner.Index(b), 12).isEmpty());
    }

    /**
     * Goals of one model: one document's first goal (its own figures) and second (copied from the
     * other, word for word), the other's copied goal and its next goal (the same heading, its own
     * name). The chain pairing the first goal with the copied one and running on into the next
     * must not hide the copied goal's word-for-word match.
     */
    @Test
    void keepsAWordForWordMatchAChainPairsWithAnotherPlace() {
        String work = "开展统计执法检查专项行动，深化数据质量核查机制建设，全年组织专题调研";
        String heading = "提升统计服务水平，夯实基层统计基础。";
        char[] a = FoldedText.fold("一、推进统计现代化改革。城南区统计局" + work + "3次，形成调研报告2篇。二、" + heading + "城南区统计局" + work
                + "12次，形成调研报告2篇。").toCharArray();
        char[] b = FoldedText.fold("一、依法统计依法治统。北关县统计局开展统计法宣传。二、" + heading + "城南区统计局" + work + "12次，形成调研报告2篇。三、"
                + heading + "北关县统计局" + work + "5次，全年计划完成重点工作任务17项。").toCharArray();
        String copied = FoldedText.fold(heading + "城南区统计局" + work + "12次，形成调研报告2篇。");
        List<Aligner.Alignment> al = Aligner.align(a, new Aligner.Index(b), 20);
        assertTrue(al.stream().anyMatch(x -> new String(a, x.a0(), x.a1() - x.a0()).contains(copied) && x.similarity() == 1.0),
                () -> al.stream().map(x -> new String(a, x.a0(), x.a1() - x.a0()) + " ~ " + x.similarity()).toList().toString());
    }
}

package org.disclosurelens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NormalizerTest {

    @Test
    void foldsWidthsRemovesSpacesBetweenHanAndUnifiesQuotes() {
        assertEquals("第一部分:部门职责", Normalizer.normalize("第 一 部 分 ： 部门职责"));
        assertEquals("(一)2024年度", Normalizer.normalize("（一）２０２４ 年度"));
        assertEquals("\"三公\"经费", Normalizer.normalize("“三公”经费"));
        assertEquals("PDF export 2", Normalizer.normalize("PDF  export\u00A02"));
    }
}

package org.disclosurelens.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.disclosurelens.structure.Section;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rendition of the seed in corpus/seed/ yields the same identity and the same nine parts. */
class SeedRenditionsTest {

    private static final List<String> NINE_PARTS = List.of(
            "第一部分|部门职责及机构设置情况",
            "第二部分|部门预算安排的总体情况",
            "第三部分|机关运行经费安排情况",
            "第四部分|财政拨款“三公”经费预算情况及增减变化原因",
            "第五部分|绩效预算信息",
            "第六部分|政府采购预算情况",
            "第七部分|国有资产信息情况说明",
            "第八部分|名词解释",
            "第九部分|其他需说明的事项");

    static Stream<String> renditions() {
        return Stream.of("000_2784683f1b3262b7.txt", "seed-gb18030.txt", "seed-utf16.txt", "seed.html", "seed.docx",
                "seed.doc", "seed.pdf", "seed.ofd", "seed.xlsx", "seed.xls");
    }

    @ParameterizedTest
    @MethodSource("renditions")
    void findsTheSameNinePartsInEveryRendition(String file) {
        DocumentResult r = analyze(file);
        assertEquals(Status.OK, r.status(), r.message());
        assertEquals("county-nine-part", r.structure().layout().label());
        assertEquals("1-9", r.structure().nineParts());
        List<String> top = r.structure().sections().stream().filter(s -> s.level() == 1)
                .map(s -> s.number() + "|" + s.title()).toList();
        assertEquals(NINE_PARTS, top);
        List<Integer> parts = r.structure().sections().stream().filter(s -> s.level() == 1)
                .map(Section::part).map(p -> p.number()).toList();
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9), parts);
    }

    @ParameterizedTest
    @MethodSource("renditions")
    void identifiesUnitYearAndCountyInEveryRendition(String file) {
        var id = analyze(file).identity();
        assertEquals("中共涞源县委网络安全和信息化委员会办公室", id.unit());
        assertEquals("2021", id.year());
        assertEquals("预算", id.kind());
        assertEquals("部门", id.scope());
        assertEquals("河北省", id.province());
        assertEquals("保定市", id.city());
        assertEquals("涞源县", id.county());
        assertEquals("130630", id.divisionCode());
    }

    private static DocumentResult analyze(String file) {
        return org.disclosurelens.AnalyzedCorpus.analyze(Path.of("corpus", "seed", file));
    }
}

package org.disclosurelens.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import java.util.List;
import org.disclosurelens.model.Location;
import org.junit.jupiter.api.Test;

/** Which sentences the stale-text check compares, and when a repeated paragraph is a warning. */
class StaleTextTest {

    @Test
    void aSentenceWithOnlyItsYearUpdatedHasLastYearsKey() {
        String later = "2026年“三公”经费预算12.5万元，比2025年预算减少1.2万元，降幅8.76%。";
        String earlier = "2025年“三公”经费预算12.5万元，比2024年预算减少1.2万元，降幅8.76%。";
        assertEquals(StaleText.key(earlier, 2025), StaleText.key(later, 2026));
        assertNotEquals(StaleText.key(earlier, 2025), StaleText.key(later.replace("12.5", "12.6"), 2026));
        // A year neither document calls its own or the one before is compared as written.
        assertNotEquals(StaleText.key("2020年建成的平台运维费3万元。", 2025), StaleText.key("2021年建成的平台运维费3万元。", 2026));
    }

    @Test
    void thresholdsAndZerosAreNoFiguresOfTheYear() {
        assertEquals(List.of(), texts("截至2025年12月31日，共有车辆2辆，单价20万元（含）以上的设备0台（套）。", 2026));
        assertEquals(List.of(), texts("单位价值50万元以上通用设备1台。因公出国（境）费0万元，公务接待费0.00万元。", 2026));
        assertEquals(List.of("（三）公务接待费1.50万元，与上年持平。", "增幅为3%"),
                texts("（三）公务接待费1.50万元，与上年持平。主要用于来访接待；增幅为3%", 2026));
        // List numbers and punctuation are not compared.
        assertEquals(StaleText.key("（三）公务接待费1.50万元，与上年持平。", 2026), StaleText.key("3. 公务接待费1.50万元, 与上年持平", 2026));
    }

    @Test
    void aRepeatedParagraphIsAWarningWhereThisYearsTablePrintsAnotherAmount() {
        String text = "2025年“三公”经费预算8.20万元，比上年增加1.10万元。其中：公务接待费3.20万元。";
        SeriesDocument earlier = document("e", 2025, text, List.of(), List.of());
        Figure stated = figure("三公经费", "8.20", new Location(0, 40));
        Figure table = figure("三公经费", "9.70", new Location(0, 52));
        SeriesDocument later = document("l", 2026, text.replace("2025年", "2026年"), List.of(stated), List.of(table, stated));

        List<StaleText.Stale> found = StaleText.find(later, earlier);
        assertEquals(1, found.size());
        assertEquals(2, found.get(0).repeated().size());
        assertEquals(new Location(0, 40), found.get(0).earlierAt());
        assertEquals(List.of(new StaleText.Difference(stated, table)), found.get(0).differs());

        SeriesDocument agreeing = document("l", 2026, text.replace("2025年", "2026年"), List.of(stated),
                List.of(figure("三公经费", "8.20", new Location(0, 52)), stated));
        assertEquals(List.of(), StaleText.find(agreeing, earlier).get(0).differs());
    }

    @Test
    void aShortConstantSentenceAloneIsNoStaleParagraph() {
        String text = "公务接待费2万元，与上年持平。";
        assertEquals(List.of(), StaleText.find(document("l", 2026, text, List.of(), List.of()),
                document("e", 2025, text, List.of(), List.of())));
    }

    private static List<String> texts(String paragraph, int year) {
        return StaleText.sentences(paragraph, year).stream().map(FiguredParagraph.Sentence::text).toList();
    }

    private static Figure figure(String item, String wan, Location at) {
        return new Figure(item, new BigDecimal(wan), new BigDecimal("0.01"), wan + "万元", "", 4, at);
    }

    /** A document with one paragraph, at line 40, stating {@code stated}; {@code current} is what it prints this year. */
    private static SeriesDocument document(String id, int year, String paragraph, List<Figure> stated, List<Figure> current) {
        FiguredParagraph p = new FiguredParagraph(4, new Location(0, 40), StaleText.sentences(paragraph, year), stated);
        return new SeriesDocument(id, "某县财政局", "部门预算", "某县财政局|部门预算", year, current, List.of(), List.of(p), id + ".txt");
    }
}

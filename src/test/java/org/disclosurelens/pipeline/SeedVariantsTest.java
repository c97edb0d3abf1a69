package org.disclosurelens.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.disclosurelens.identify.DocumentIdentity;
import org.disclosurelens.structure.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Heading styles, missing and merged parts, and other issuers, on variants of the seed. */
class SeedVariantsTest {

    private static final Analyzer ANALYZER = new Analyzer();

    @TempDir
    Path dir;

    @Test
    void readsPartsNumberedInChineseEnumerationStyle() {
        String text = SeedVariants.partHeadings(SeedVariants.seed(), n -> n + "、");
        DocumentResult r = analyze(text);
        assertEquals("county-nine-part", r.structure().layout().label());
        assertEquals("1-9", r.structure().nineParts());
        assertEquals(List.of("一", "二", "三", "四", "五", "六", "七", "八", "九"), topNumbers(r));
        // 第一部分's own "一、部门职责" and 第五部分's "一、总体绩效目标" stay inside their parts.
        assertEquals(List.of("部门职责", "机构设置", "部门机构设置情况"), childTitles(r, 0));
    }

    @Test
    void readsArabicSpacedAndFullWidthPartNumbers() {
        String seed = SeedVariants.seed();
        for (String text : List.of(
                SeedVariants.partHeadings(seed, n -> "第" + SeedVariants.arabic(n) + "部分："),
                SeedVariants.partHeadings(seed, n -> "第 " + n + " 部 分 : "),
                SeedVariants.partHeadings(seed, n -> "第" + n + "部分　"))) {
            DocumentResult r = analyze(text);
            assertEquals("1-9", r.structure().nineParts());
            assertEquals(9, topNumbers(r).size());
            assertEquals("部门职责及机构设置情况", r.structure().sections().get(0).title());
        }
    }

    @Test
    void takesATitleFromTheLineAfterABarePartNumber() {
        String text = SeedVariants.partHeadings(SeedVariants.seed(), n -> "第" + n + "部分\n\n");
        DocumentResult r = analyze(text);
        assertEquals("1-9", r.structure().nineParts());
        assertEquals("财政拨款“三公”经费预算情况及增减变化原因", topSections(r).get(3).title());
    }

    @Test
    void reportsMissingParts() {
        String text = SeedVariants.withoutPart(SeedVariants.withoutPart(SeedVariants.seed(), 6), 3);
        DocumentResult r = analyze(text);
        assertEquals(Status.OK, r.status());
        assertEquals("1,2,4,5,7-9", r.structure().nineParts());
        assertEquals(List.of("第一部分", "第二部分", "第四部分", "第五部分", "第七部分", "第八部分", "第九部分"), topNumbers(r));
    }

    @Test
    void readsRenumberedPartsWhenSomeAreMissing() {
        String text = SeedVariants.withoutPart(SeedVariants.withoutPart(SeedVariants.seed(), 6), 3);
        String[] renumbered = {"一", "二", "三", "四", "五", "六", "七"};
        String[] original = {"一", "二", "四", "五", "七", "八", "九"};
        for (int i = 0; i < original.length; i++) {
            text = text.replaceFirst("(?m)^第" + original[i] + "部分[:：]", renumbered[i] + "、");
        }
        DocumentResult r = analyze(text);
        assertEquals("1,2,4,5,7-9", r.structure().nineParts());
        assertEquals(List.of(1, 2, 4, 5, 7, 8, 9), topSections(r).stream().map(s -> s.part().number()).toList());
    }

    @Test
    void recordsBothPartsOfAMergedHeading() {
        String text = SeedVariants.seed()
                .replace("第三部分：机关运行经费安排情况", "第三部分：机关运行经费及“三公”经费情况")
                .replace("第四部分：财政拨款“三公”经费预算情况及增减变化原因\n", "");
        DocumentResult r = analyze(text);
        assertEquals("1-9", r.structure().nineParts());
        Section merged = topSections(r).get(2);
        assertEquals("机关运行经费及“三公”经费情况", merged.title());
        assertEquals(List.of(4, 3), merged.named().stream().map(p -> p.number()).toList());
    }

    @Test
    void mapsPartsByNumberWhenHeadingsHaveNoTitles() {
        String text = SeedVariants.seed().replaceAll("(?m)^(第[一二三四五六七八九]部分)[:：].*$", "$1");
        DocumentResult r = analyze(text);
        assertEquals("county-nine-part", r.structure().layout().label());
        assertEquals("1-9", r.structure().nineParts());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9), topSections(r).stream().map(s -> s.part().number()).toList());
    }

    @Test
    void identifiesAnotherCountyAndDepartment() {
        String text = SeedVariants.seed()
                .replace("中共涞源县委网络安全和信息化委员会办公室", "阜平县统计局")
                .replace("130630", "130624");
        DocumentIdentity id = analyze(text).identity();
        assertEquals("阜平县统计局", id.unit());
        assertEquals("阜平县", id.county());
        assertEquals("保定市", id.city());
        assertEquals("130624", id.divisionCode());
        assertEquals("unit name", id.regionSource());
    }

    @Test
    void identifiesACountyOfAnotherProvince() {
        String text = SeedVariants.seed()
                .replace("中共涞源县委网络安全和信息化委员会办公室", "南昌市新建区教育局")
                .replace("河北省", "江西省").replace("130630", "360112").replace("2021年", "2023年");
        DocumentIdentity id = analyze(text).identity();
        assertEquals("南昌市新建区教育局", id.unit());
        assertEquals("2023", id.year());
        assertEquals("江西省", id.province());
        assertEquals("南昌市", id.city());
        assertEquals("新建区", id.county());
    }

    @Test
    void choosesBetweenCountiesOfTheSameNameByTheProvinceNamed() {
        String text = SeedVariants.seed()
                .replace("中共涞源县委网络安全和信息化委员会办公室", "北京市朝阳区卫生健康委员会")
                .replace("河北省", "北京市");
        DocumentIdentity id = analyze(text).identity();
        assertEquals("朝阳区", id.county());
        assertEquals("110105", id.divisionCode());
    }

    @Test
    void takesTheCountyFromProjectCodesWhenTheUnitNamesNone() {
        String text = SeedVariants.seed()
                .replace("中共涞源县委网络安全和信息化委员会办公室", "县网信办")
                .replace("涞源", "本").replace("130630", "130624");
        DocumentIdentity id = analyze(text).identity();
        assertEquals("阜平县", id.county());
        assertEquals("project code 130624", id.regionSource());
    }

    private DocumentResult analyze(String text) {
        Path file = SeedVariants.write(dir, "variant.txt", text);
        return ANALYZER.analyze(file, dir);
    }

    private static List<Section> topSections(DocumentResult r) {
        return r.structure().sections().stream().filter(s -> s.level() == 1).toList();
    }

    private static List<String> topNumbers(DocumentResult r) {
        return topSections(r).stream().map(Section::number).toList();
    }

    private static List<String> childTitles(DocumentResult r, int parent) {
        return r.structure().sections().stream().filter(s -> s.parent() == parent).map(Section::title).toList();
    }
}

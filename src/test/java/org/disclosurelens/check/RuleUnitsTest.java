package org.disclosurelens.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.disclosurelens.figure.Amount;
import org.disclosurelens.figure.Amounts;
import org.disclosurelens.figure.Unit;
import org.disclosurelens.identify.PlaceMentions;
import org.junit.jupiter.api.Test;

/** The pieces rules rest on: place names as words, department kinds from names and duties. */
class RuleUnitsTest {

    @Test
    void findsPlacesOnlyWhereTheNameIsAPlace() {
        assertEquals(List.of("湖南"), names("进一步贯彻落实中央八项规定、湖南省委“九条规定”和市委“十条规定”"));
        assertEquals(List.of("日照市"), names("对标日照市经验，减少对北面小区的日照影响"));
        assertEquals(List.of(), names("新建工程位于老城区，城区管理有序"));
        assertEquals(List.of("保定"), names("落实保定市委部署"));
        assertEquals(List.of("南昌市", "新建区"), names("南昌市新建区教育局"));
    }

    @Test
    void tellsATypoInA三公ItemNameFromTheAcceptedWaysOfWritingIt() {
        assertEquals("公务用车运行费", ItemNameTypoRule.nearest("公务车用车运行费"));
        assertEquals("公务接待费", ItemNameTypoRule.nearest("公务按待费"));
        assertEquals("因公出国（境）费", ItemNameTypoRule.nearest("因公出困（境）费"));
        for (String accepted : List.of("公务用车购置经费", "公务用车运行经费", "因公出国经费", "因公出国(境)费", "公务车购置及运行费",
                "公务用车运行维护费", "公务用车购置及运行维护费", "公务接待费")) {
            assertEquals("", ItemNameTypoRule.nearest(accepted), accepted);
        }
        assertEquals("", ItemNameTypoRule.nearest("公务交通费"), "another item, two characters off");
    }

    @Test
    void tellsTheIssuersKindFromItsName() {
        assertEquals("statistics", DepartmentKinds.ofUnit("涞源县统计局").get(0).id());
        assertEquals("broadcasting", DepartmentKinds.ofUnit("某县融媒体中心").get(0).id());
        assertEquals("government", DepartmentKinds.ofUnit("上海市普陀区人民政府万里街道办事处").get(0).id());
        assertEquals(List.of("broadcasting", "culture_tourism"), DepartmentKinds.ofUnit("平昌县文化广电和旅游局")
                .stream().map(DepartmentKinds.Kind::id).toList());
        // A 气象局 or a 商务局 is of no kind the lexicon knows: its goals are not judged (its duties' words are no guide).
        assertEquals(List.of(), DepartmentKinds.ofUnit("深圳市气象局"));
    }

    @Test
    void addsATotalColumnFromTheOutermostColumnsBesideIt() {
        // A heading without a column of its own counts through its sub-columns (Shanghai's 财务收支预算总表).
        assertEquals(List.of("支出/基本支出/人员经费", "支出/基本支出/公用经费", "支出/项目支出"), BudgetTableRule.parts(
                List.of("收入/预算数", "支出/合计", "支出/基本支出/人员经费", "支出/基本支出/公用经费", "支出/项目支出"), "支出/合计", "支出/"));
        // A heading with its own column or its own 合计 counts once.
        assertEquals(List.of("支出/基本支出", "支出/项目支出"), BudgetTableRule.parts(
                List.of("支出/合计", "支出/基本支出", "支出/基本支出/人员经费", "支出/项目支出"), "支出/合计", "支出/"));
        assertEquals(List.of("基本支出/合计", "项目支出"), BudgetTableRule.parts(
                List.of("合计", "基本支出/合计", "基本支出/人员经费", "基本支出/公用经费", "项目支出"), "合计", ""));
    }

    @Test
    void allowsForTheRoundingOfEachPrintedPart() {
        // 010's 基本支出决算表: 商品和服务支出 171.07万元 over 12 lines printed to 0.01 that add up to 171.09.
        List<Amount> parts = Stream.of("21.21", "7.61", "0.09", "4.88", "1.20", "2.83", "4.05", "2.01", "24.42", "42.77", "48.49", "11.53")
                .map(RuleUnitsTest::wan).toList();
        assertFalse(Sums.differsRounded(wan("171.07"), Sums.sum(parts), parts));
        assertTrue(Sums.differsRounded(wan("171.00"), Sums.sum(parts), parts));
        // Zeros are exact: two lines of 0 and one of 5 do not excuse a total of 5.01.
        List<Amount> few = Stream.of("0", "0", "5.00").map(RuleUnitsTest::wan).toList();
        assertTrue(Sums.differsRounded(wan("5.02"), Sums.sum(few), few));
    }

    private static Amount wan(String text) {
        return Amounts.cell(text, Unit.TEN_THOUSAND_YUAN).orElseThrow();
    }

    private static List<String> names(String text) {
        return PlaceMentions.get().find(text).stream().map(PlaceMentions.Mention::name).distinct().toList();
    }
}

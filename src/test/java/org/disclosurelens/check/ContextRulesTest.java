package org.disclosurelens.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rules that judge words by their context, on paragraphs and tables written by hand: a place named
 * for a reason, a topic two departments meet at, a statement limited to large assets.
 */
class ContextRulesTest {

    private static Disclosures laiyuan() {
        return new Disclosures().issuer("中共涞源县委网络安全和信息化委员会办公室", "河北省", "保定市", "涞源县", "130630");
    }

    @Test
    void warnsOfAnotherProvincesAuthorityNamedAsOursButNotOfPartnersRoutesOrInstitutions() {
        Disclosures d = laiyuan().text("第三部分 机关运行经费安排情况",
                "进一步贯彻落实中央八项规定、湖南省委“九条规定”，厉行节约。",
                "深化与上海港、上海铁路物流中心务实高效合作，打通出海通道。",
                "加密至北京、广州等主要城市航班频次。");
        // 广州, a city's short name, counts only with 市 after it.
        assertEquals(List.of("湖南:warning", "上海:info", "北京:info"), places(d));
    }

    @Test
    void warnsOfAnotherCountyNamedAtAll() {
        Disclosures d = laiyuan().text("第三部分 机关运行经费安排情况", "负责阜平县网络安全和信息化工作的统筹协调。");
        assertEquals(List.of("阜平:warning"), places(d).stream().map(p -> p.replace("阜平县", "阜平")).toList());
    }

    @Test
    void aTopicWordIsNoEvidenceOfAnotherDepartmentsTextButItsMeasureOrTwoOfItsTermsAre() {
        String goals = "第五部分 部门预算绩效目标";
        assertEquals(List.of(), domain(laiyuan().text("第三部分 机关运行经费安排情况", goals,
                "开展网络安全进校园活动，对中小学网络安全教育开展指导。")));
        assertEquals(1, domain(laiyuan().text("第三部分 机关运行经费安排情况", goals,
                "提高教学质量，在校生人数稳中有升。")).size());
        assertEquals(1, domain(laiyuan().text("第三部分 机关运行经费安排情况", goals)
                .table("网信办舆情处置专项经费绩效目标表", List.of(List.of("一级指标", "二级指标", "三级指标", "指标值"),
                        List.of("产出指标", "数量指标", "义务教育巩固率", "≥95%")))).size());
    }

    @Test
    void aStatementOnAssetsAboveAValueSaysNothingOfSmallerPurchases() {
        String goals = "第五部分 部门预算绩效目标";
        String assets = "第七部分 国有资产占用情况";
        Disclosures scoped = laiyuan().text("第三部分 机关运行经费安排情况", goals, "及时更新相关软硬件设备，保障信息系统运行。", assets,
                "单价100万元以上设备0台（套），主要是2026年无购置计划。");
        assertEquals(List.of(), new AssetPurchaseContradictionRule().check(scoped.build()));
        Disclosures none = laiyuan().text("第三部分 机关运行经费安排情况", goals, "完成舆情监控设备安装并投入使用。", assets,
                "我单位2026年无拟购置情况。");
        assertEquals(1, new AssetPurchaseContradictionRule().check(none.build()).size());
    }

    private static List<String> places(Disclosures d) {
        return new ForeignPlaceRule().check(d.build()).stream()
                .map(f -> f.messageZh().replaceAll("^文中出现[^“]*“([^”]+)”.*$", "$1") + ":" + f.severity().name().toLowerCase())
                .toList();
    }

    private static List<Finding> domain(Disclosures d) {
        return new OutOfDomainRule().check(d.build());
    }
}

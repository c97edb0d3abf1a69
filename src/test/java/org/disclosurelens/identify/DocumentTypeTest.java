package org.disclosurelens.identify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.disclosurelens.data.DocumentData;
import org.disclosurelens.model.Block;
import org.disclosurelens.model.Location;
import org.disclosurelens.model.Paragraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a file is, from its opening lines: the other documents a scraper files among budgets. */
class DocumentTypeTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2026 年度/某某县统计局/单位预算/目录/第一部分 单位概况                                              | budget            | 单位预算
            某某市财政局 2025 年度部门决算/目录                                                                | final-accounts    | 部门决算
            某某市人民政府公报/2026年第2期/某某市人民政府办公室关于印发2026年民生实事实施方案的通知/某府办函〔2026〕13号/各县、区人民政府： | notice | 某府办函〔2026〕13号
            某某市教育局关于印发考试实施意见的通知/各县区教育局：/现将意见印发给你们。/特此通知。                   | notice            | 特此通知
            某某县2025年度乡村振兴资金绩效评价报告/一、项目基本情况                                            | evaluation-report | 绩效评价报告
            首页/当前位置：政务公开/网站地图/版权所有：某某县人民政府/技术支持：某某公司                              | web-page          | 当前位置
            某某县就业补贴申请表/申请人姓名/身份证号                                                           | form              | 申请表
            我局咨询热线电话 88777380，主要为社会公众提供政策咨询服务。/办公室电话：/传真：                           | other             | no budget title and no budget table
            """)
    void tellsABudgetFromOtherDocuments(String lines, String type, String evidence) {
        List<Block> blocks = new ArrayList<>();
        for (String line : lines.split("/")) {
            blocks.add(new Paragraph(line.strip(), new Location(1, blocks.size() + 1)));
        }
        DocumentTypeClassifier.Verdict v = new DocumentTypeClassifier().classify(blocks, DocumentData.EMPTY, "");
        assertEquals(type + " | " + evidence, v.type().label() + " | " + v.evidence());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            中国共产党江苏省委员会办公厅        | 中共江苏省委办公厅
            中共江苏省委办公厅                  | 中共江苏省委办公厅
            江苏省委办公厅                      | 中共江苏省委办公厅
            江苏省人民代表大会常务委员会办公厅  | 江苏省人大常委会办公厅
            中国人民政治协商会议江苏省委员会办公厅 | 政协江苏省委员会办公厅
            深圳市人民政府办公厅                | 深圳市政府办公厅
            无锡市交通运输局（本级）            | 无锡市交通运输局
            福州市民政局(本级)                   | 福州市民政局
            某某县 统计局                       | 某某县统计局
            江苏省委员会                         | 江苏省委员会
            """)
    void writesOneIssuerWrittenSeveralWaysOneWay(String unit, String normal) {
        assertEquals(normal, IssuerName.normalForm(unit));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            苏州市虎丘区司法局             | 江苏省 | 苏州市 | 虎丘区 | 虎丘区司法局
            江苏省苏州市虎丘区司法局       | 江苏省 | 苏州市 | 虎丘区 | 虎丘区司法局
            苏州虎丘区司法局               | 江苏省 | 苏州市 | 虎丘区 | 虎丘区司法局
            虎丘区司法局                   | 江苏省 | 苏州市 | 虎丘区 | 虎丘区司法局
            中共苏州市虎丘区委网络安全和信息化委员会办公室 | 江苏省 | 苏州市 | 虎丘区 | 中共虎丘区委网络安全和信息化委员会办公室
            上海市黄浦区财政局             | 上海市 |        | 黄浦区 | 黄浦区财政局
            江苏省苏州市财政局             | 江苏省 | 苏州市 |        | 苏州市财政局
            苏州市财政局                   | 江苏省 | 苏州市 |        | 苏州市财政局
            苏州市市场监督管理局           | 江苏省 | 苏州市 |        | 苏州市市场监督管理局
            江苏省财政厅                   | 江苏省 |        |        | 江苏省财政厅
            苏州市虎丘区                   | 江苏省 | 苏州市 | 虎丘区 | 苏州市虎丘区
            """)
    void namesAnIssuerFromItsOwnLevel(String name, String province, String city, String county, String own) {
        assertEquals(own, IssuerName.ownLevel(name, province == null ? "" : province, city == null ? "" : city,
                county == null ? "" : county));
    }
}

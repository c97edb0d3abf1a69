package org.disclosurelens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.disclosurelens.model.Block;
import org.disclosurelens.model.Location;
import org.disclosurelens.model.Paragraph;
import org.junit.jupiter.api.Test;

/** Field-code debris and hard line breaks are repaired; titles and short lines are left alone. */
class TextCleanerTest {

    @Test
    void stripsTableOfContentsFieldCodes() {
        assertEquals("三、工作保障措施：", TextCleaner.stripFieldCodes("三、工作保障措施： TC 工作保障措施 \\f A \\l 1 "));
        assertEquals("1.网信办网络舆情设备专项经费绩效目标表",
                TextCleaner.stripFieldCodes("1.网信办网络舆情设备专项经费绩效目标表 TC 1、网信办网络舆情设备专项经费绩效目标表 \\f C \\l 1 "));
        // The page number after a PAGEREF switch is the field's result: contents noise as well.
        assertEquals("第一部分 概况", TextCleaner.stripFieldCodes("第一部分 概况 PAGEREF _Toc61234567 \\h 3"));
    }

    @Test
    void leavesBackslashesThatAreNotFieldCodes() {
        assertEquals("路径 C:\\data 不变", TextCleaner.stripFieldCodes("路径 C:\\data 不变"));
    }

    @Test
    void rejoinsParagraphsBrokenAtThePageWidth() {
        List<Block> blocks = List.of(
                p("中共涞源县委网络安全和信息化委员会办公室"),
                p("(四)督促落实我县涉及政治、经济、文化、社会、生态及"),
                p("军事等各领域网络安全和信息化重大事项。"),
                p("(五)负责全县互联网信息内容管理。统筹协调组织互联网"),
                p("宣传管理和舆论引导工作。"),
                p("(七)推动全县网络阵地建设和重点新闻网站规划建设。指"),
                p("导协调网络游戏。"),
                p("二、机构设置"),
                p("第四部分：财政拨款“三公”经费预算情况及增减变化原因"),
                p("无变化"));
        List<String> texts = TextCleaner.clean(blocks, true).stream().map(Block::text).toList();
        assertEquals(List.of(
                "中共涞源县委网络安全和信息化委员会办公室",
                "(四)督促落实我县涉及政治、经济、文化、社会、生态及军事等各领域网络安全和信息化重大事项。",
                "(五)负责全县互联网信息内容管理。统筹协调组织互联网宣传管理和舆论引导工作。",
                "(七)推动全县网络阵地建设和重点新闻网站规划建设。指导协调网络游戏。",
                "二、机构设置",
                "第四部分：财政拨款“三公”经费预算情况及增减变化原因",
                "无变化"), texts);
    }

    private static Paragraph p(String text) {
        return new Paragraph(text, Location.UNKNOWN);
    }
}

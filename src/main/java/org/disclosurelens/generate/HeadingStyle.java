package org.disclosurelens.generate;

import org.disclosurelens.text.ChineseNumerals;

/** How a disclosure numbers its top-level parts; real files use all of these. */
public enum HeadingStyle {
    /** 第一部分:部门职责及机构设置情况 (the seed). */
    PART_ASCII_COLON("第一部分:"),
    /** 第一部分：部门职责及机构设置情况. */
    PART_FULL_COLON("第一部分："),
    /** 第一部分 部门概况 (Jiangsu). */
    PART_SPACE("第一部分 "),
    /** 一、部门职责及机构设置情况. */
    CHINESE("一、"),
    /** 第1部分 部门职责及机构设置情况. */
    PART_ARABIC("第1部分"),
    /** 第 一 部 分 部门职责及机构设置情况. */
    PART_SPACED("第 一 部 分"),
    /** 第一部分 alone on its line, the title on the next. */
    PART_NEXT_LINE("第一部分⏎");

    private final String label;

    HeadingStyle(String label) {
        this.label = label;
    }

    /** The style as written for part one, for the ground truth. */
    @com.fasterxml.jackson.annotation.JsonValue
    public String label() {
        return label;
    }

    /** The number as written for part {@code n} (第三部分, 三, 第3部分, 第 三 部 分). */
    public String number(int n) {
        String cn = ChineseNumerals.format(n);
        return switch (this) {
            case PART_ASCII_COLON, PART_FULL_COLON, PART_SPACE, PART_NEXT_LINE -> "第" + cn + "部分";
            case CHINESE -> cn;
            case PART_ARABIC -> "第" + n + "部分";
            case PART_SPACED -> "第 " + String.join(" ", cn.split("")) + " 部 分";
        };
    }

    /** The heading's lines: one, or two when the title goes on the next line. */
    public java.util.List<String> lines(int n, String title) {
        String number = number(n);
        return switch (this) {
            case PART_ASCII_COLON -> java.util.List.of(number + ":" + title);
            case PART_FULL_COLON -> java.util.List.of(number + "：" + title);
            case PART_SPACE, PART_ARABIC, PART_SPACED -> java.util.List.of(number + " " + title);
            case CHINESE -> java.util.List.of(number + "、" + title);
            case PART_NEXT_LINE -> java.util.List.of(number, title);
        };
    }
}

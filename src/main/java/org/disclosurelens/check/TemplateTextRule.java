package org.disclosurelens.check;

import java.util.regex.Pattern;

/**
 * DRAFT-TEMPLATE-TEXT: instructions of the template ("（按…填写）", "部门应根据实际情况进行解释",
 * "增加（减少）") and placeholders (XX, ××, 某某) left in a published disclosure.
 */
final class TemplateTextRule extends ParagraphWordsRule {

    private static final Pattern TEMPLATE = Pattern.compile(
            "[（(]按[^）)]{1,60}?填[写报][）)]|部门应根据实际情况|根据实际情况进行(解释|说明|增减)|增加[（(]减少[)）]|增长[（(]下降[)）]"
                    + "|(?<![A-Za-z0-9])(XX|X{3,}|××+|xx)(?![A-Za-z0-9])|某某|[（(]此处[^）)]{0,20}[）)]|请填写");

    TemplateTextRule() {
        super(RuleId.DRAFT_TEMPLATE_TEXT, TEMPLATE);
    }

    @Override
    String zh(String words) {
        return "文中残留模板说明或占位符“" + words + "”";
    }

    @Override
    String en(String words) {
        return "template instruction or placeholder left in the text: \"" + words + "\"";
    }
}

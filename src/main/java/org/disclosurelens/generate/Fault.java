package org.disclosurelens.generate;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A planted fault as the ground truth lists it. Amounts are as the document prints them
 * ({@code printed}) and as they would be without the fault ({@code expected}), in {@code unit};
 * for a spending plan, {@code printed} is the sum of the shares and {@code text} the cells as printed.
 *
 * @param part the canonical part (1-11) of the section the fault is in
 * @param where what was changed, in the document's words (三公经费表 合计 本年预算, 项目编码 of a project)
 * @param text the planted text, for copies and contradictions; the plan's cells; the other county of a code
 * @param source for copies, the id of the document the text was copied from
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Fault(String id, String document, FaultKind kind, int part, String where, String printed,
        String expected, String unit, String text, String source) {
}

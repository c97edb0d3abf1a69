package org.disclosurelens.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.disclosurelens.structure.CanonicalPart;
import org.disclosurelens.structure.Layout;

/**
 * What the disclosure rules (《地方预决算公开操作规程》) require a department to publish, and which
 * of it a document has: parts 1 to 8, the explanation of changes in 三公 spending, performance
 * targets for projects, and the budget tables. The score is the share present, 0 to 100.
 */
public final class Completeness {

    /** One required item and whether the document has it. */
    public record Item(String id, String zh, String en, boolean present, Severity whenMissing) {
    }

    private static final Pattern CHANGE_EXPLAINED = Pattern.compile("原因|增减|增加|减少|持平|变化|相等|不变|无[“\"]?三公|没有[^。]{0,12}三公");
    private static final Pattern TARGETS = Pattern.compile("绩效目标|绩效指标|指标值|一级指标");

    private Completeness() {
    }

    public static List<Item> items(Disclosure d) {
        List<Item> items = new ArrayList<>();
        for (CanonicalPart part : CanonicalPart.values()) {
            if (part.number() <= 8) {
                items.add(new Item("part-" + part.number(), "缺少“" + part.title() + "”部分",
                        "part " + part.number() + " (" + part.title() + ") is missing", d.has(part), Severity.INFO));
            }
        }
        items.sort((a, b) -> a.id().compareTo(b.id()));
        boolean threePublic = d.has(CanonicalPart.THREE_PUBLIC)
                && CHANGE_EXPLAINED.matcher(d.textOf(CanonicalPart.THREE_PUBLIC)).find();
        items.add(new Item("three-public-change", "未说明“三公”经费增减变化原因",
                "no explanation of the change in 三公 spending", threePublic, Severity.INFO));
        boolean targets = d.has(CanonicalPart.PERFORMANCE)
                && TARGETS.matcher(d.textOf(CanonicalPart.PERFORMANCE) + d.textOf(CanonicalPart.PROJECT_EXPLANATIONS)).find();
        items.add(new Item("performance-targets", "未公开项目绩效目标", "no performance targets for projects", targets,
                Severity.INFO));
        boolean tables = d.has(CanonicalPart.BUDGET_TABLES);
        items.add(new Item("budget-tables", "未见部门预算公开表（可能另行以附件公开）",
                "no budget tables (公开表) in the document; they may be published as a separate attachment", tables,
                Severity.INFO));
        return items;
    }

    /**
     * Completeness is judged for the disclosure layouts only: a file of tables alone is an
     * attachment, and a file of unknown layout may be no disclosure at all.
     */
    public static boolean applies(Disclosure d) {
        Layout layout = d.structure().layout();
        return layout.recognised() && layout != Layout.TABLES_ONLY;
    }

    /** The share of required items present, 0 to 100; -1 when {@link #applies} is false. */
    public static int score(Disclosure d) {
        if (!applies(d)) {
            return -1;
        }
        List<Item> items = items(d);
        long present = items.stream().filter(Item::present).count();
        return (int) Math.round(100.0 * present / items.size());
    }
}

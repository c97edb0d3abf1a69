package org.disclosurelens.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurelens.figure.Amount;
import org.disclosurelens.figure.Amounts;
import org.disclosurelens.figure.Unit;
import org.disclosurelens.text.Numbering;

/**
 * 绩效目标表 (project performance target tables), read by their labels rather than by position,
 * since every template places them differently: 项目编码/项目名称 and the cell right of each,
 * 预算数 (or 项目资金总额) with 财政资金 and 其他资金, 资金用途, the spending plan under its date
 * headers (3月底 … 12月底, 第一季度 …), the goals, and the indicator rows under 一级指标 | 二级指标 |
 * 三级指标 | … . Spending-plan values are read in their own column, so a blank stays blank.
 */
public final class PerformanceTargetRecogniser implements TableRecogniser {

    private static final Pattern CODE = Pattern.compile("^项目(编码|代码|编号)$");
    private static final Pattern LEVEL1 = Pattern.compile("^一级指标$");
    private static final Pattern NAME = Pattern.compile("^项目名称$");
    private static final Pattern BUDGET = Pattern.compile("^(预算数|年度资金申请总额|项目资金总额|资金总额|项目总金额|预算金额)$");
    private static final Pattern FISCAL = Pattern.compile("^(其中[:：]?)?(财政资金|财政拨款|当年财政拨款)$");
    private static final Pattern OTHER = Pattern.compile("^(其中[:：]?)?其他资金$");
    private static final Pattern PURPOSE = Pattern.compile("资金用途");
    private static final Pattern GOALS = Pattern.compile("^(年度绩效目标|年度总体目标|绩效目标|总体目标|项目总目标)$");
    private static final Pattern PLAN = Pattern.compile("(资金|用款|支出)计划|支出进度");
    private static final Pattern PERIOD = Pattern.compile("\\d{1,2}月|季度|上半年|下半年|年底|年末");
    private static final Pattern PERIOD_HEADER = Pattern.compile("(\\d{1,2}月(底|末|份)?|第?[一二三四1-4]季度|上半年|下半年|年底|年末)(前)?");
    private static final Pattern UNIT_LABEL = Pattern.compile("[(（](元|千元|万元)[)）]");
    private static final Pattern UNIT_CELL = Pattern.compile("单位[:：]");
    private static final Pattern DEPARTMENT = Pattern.compile("^(实施单位|预算单位|主管部门)$");

    @Override
    public Optional<TableData> recognise(LocatedTable t) {
        TableGrid g = t.grid();
        Optional<int[]> name = find(g, NAME);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Optional<int[]> level1 = find(g, LEVEL1);
        if (level1.isEmpty() && t.titleKind() != TableKind.PERFORMANCE_TARGET) {
            return Optional.empty();
        }
        Unit unit = unit(t);
        Project project = new Project(valueRight(g, CODE), valueRight(g, NAME), unitName(g),
                amountRight(g, BUDGET, unit), amountRight(g, FISCAL, unit), amountRight(g, OTHER, unit),
                purpose(g), goals(g), plan(t, unit), level1.map(p -> indicators(t, p[0])).orElse(List.of()),
                t.location());
        return Optional.of(new ProjectTable(t, project));
    }

    private static Unit unit(LocatedTable t) {
        TableGrid g = t.grid();
        for (int r = 0; r < g.rows(); r++) {
            for (int c : g.cellStarts(r)) {
                Matcher m = UNIT_LABEL.matcher(g.key(r, c));
                if (m.find() && !UNIT_CELL.matcher(g.key(r, c)).find()) {
                    return Unit.named(m.group(1)).orElse(t.unitOrDefault());
                }
            }
        }
        return t.unitOrDefault();
    }

    /** The first cell whose text (folded, without spaces) matches, as {row, column}. */
    static Optional<int[]> find(TableGrid g, Pattern p) {
        for (int r = 0; r < g.rows(); r++) {
            for (int c : g.cellStarts(r)) {
                if (p.matcher(g.key(r, c)).find()) {
                    return Optional.of(new int[] {r, c});
                }
            }
        }
        return Optional.empty();
    }

    /** The text of the first filled cell right of the label the pattern finds. */
    private static String valueRight(TableGrid g, Pattern label) {
        return find(g, label).map(p -> {
            int c = g.nextFilled(p[0], p[1]);
            return c < 0 ? "" : g.text(p[0], c).strip();
        }).orElse("");
    }

    private static Optional<Amount> amountRight(TableGrid g, Pattern label, Unit unit) {
        return Amounts.cell(valueRight(g, label), unit);
    }

    /** The budget unit named at the top of the table beside 单位：万元 ("897001中共…本级"), else 实施单位. */
    private static String unitName(TableGrid g) {
        if (g.rows() > 0 && g.row(0).stream().anyMatch(s -> UNIT_CELL.matcher(TableGrid.key(s)).find())) {
            for (int c : g.cellStarts(0)) {
                String text = g.text(0, c).strip();
                if (!text.isEmpty() && !UNIT_CELL.matcher(TableGrid.key(text)).find()) {
                    return text.replaceAll("\\s*\\n\\s*", "");
                }
            }
        }
        return valueRight(g, DEPARTMENT);
    }

    /** 资金用途: the text in the rows the 预算规模及资金用途 label covers, right of the label, that is not an amount or a label. */
    private static String purpose(TableGrid g) {
        Optional<int[]> label = find(g, PURPOSE);
        if (label.isEmpty()) {
            return "";
        }
        int r0 = label.get()[0];
        int c0 = label.get()[1];
        for (int r = r0 + 1; r < g.rows() && (g.same(r, c0, r0, c0) || g.text(r, c0).isBlank()); r++) {
            for (int c : g.cellStarts(r)) {
                String text = g.text(r, c).strip();
                if (c > c0 && !text.isEmpty() && !g.same(r, c, r0, c0) && !Amounts.numeric(text) && !labelLike(text)) {
                    return text;
                }
            }
        }
        return "";
    }

    private static boolean labelLike(String text) {
        String k = TableGrid.key(text);
        return BUDGET.matcher(k).find() || FISCAL.matcher(k).find() || OTHER.matcher(k).find() || PLAN.matcher(k).find();
    }

    /** The goals: right of the 绩效目标 label, or under 年度总体目标 when goals sit below their headers. */
    private static List<String> goals(TableGrid g) {
        Optional<int[]> year = find(g, Pattern.compile("^年度(总体|绩效)目标$"));
        if (year.isPresent() && !g.text(year.get()[0] + 1, year.get()[1]).isBlank()
                && !g.same(year.get()[0] + 1, year.get()[1], year.get()[0], year.get()[1])) {
            return items(g.text(year.get()[0] + 1, year.get()[1]));
        }
        return items(valueRight(g, GOALS));
    }

    /** Splits a goals cell into its items; unnumbered lines after a numbered item continue it. */
    static List<String> items(String text) {
        List<String> lines = text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
        boolean numbered = lines.stream().anyMatch(Numbering::startsNumbered);
        List<String> items = new ArrayList<>();
        for (String line : lines) {
            if (numbered && !items.isEmpty() && !Numbering.startsNumbered(line)) {
                items.set(items.size() - 1, items.get(items.size() - 1) + line);
            } else {
                items.add(line);
            }
        }
        return items;
    }

    /**
     * The spending plan: each period header of the 资金支出计划 row with the cell under it. The row
     * is found by its label, else by its period headers: a label cut by a page break ("资金支出" at
     * the foot of one page, "计划（%）" beside the shares on the next) names no plan.
     */
    private static List<PlanEntry> plan(LocatedTable t, Unit unit) {
        TableGrid g = t.grid();
        Optional<int[]> label = find(g, PLAN).or(() -> periodRow(g));
        if (label.isEmpty()) {
            return List.of();
        }
        int r = label.get()[0];
        boolean percent = g.key(r, label.get()[1]).contains("%")
                || g.cellStarts(r + 1).stream().anyMatch(c -> g.key(r + 1, c).endsWith("%"));
        List<PlanEntry> plan = new ArrayList<>();
        for (int c : g.cellStarts(r)) {
            String period = g.text(r, c).strip();
            if (c <= label.get()[1] || !PERIOD.matcher(TableGrid.key(period)).find()) {
                continue;
            }
            String value = g.text(r + 1, c).strip();
            Optional<Amount> amount = Amounts.cell(value, percent ? Unit.PERCENT : unit);
            plan.add(new PlanEntry(period, amount, value, t.location(r + 1)));
        }
        return plan;
    }

    /** The first row with at least two cells that are period headers alone (3月底, 第二季度), as {row, its first cell}. */
    private static Optional<int[]> periodRow(TableGrid g) {
        for (int r = 0; r + 1 < g.rows(); r++) {
            int row = r;
            List<Integer> starts = g.cellStarts(row);
            long periods = starts.stream().filter(c -> PERIOD_HEADER.matcher(g.key(row, c)).matches()).count();
            if (periods >= 2) {
                return Optional.of(new int[] {row, starts.get(0)});
            }
        }
        return Optional.empty();
    }

    private static List<Indicator> indicators(LocatedTable t, int header) {
        TableGrid g = t.grid();
        int[] col = {-1, -1, -1, -1, -1, -1};
        Pattern[] names = {Pattern.compile("^一级指标$"), Pattern.compile("^二级指标$"), Pattern.compile("^三级指标$"),
            Pattern.compile("指标描述|指标内容|指标说明|指标解释"), Pattern.compile("确定依据|依据"), Pattern.compile("指标值|目标值")};
        for (int c : g.cellStarts(header)) {
            String h = g.key(header, c);
            for (int k = 0; k < names.length; k++) {
                if (col[k] < 0 && names[k].matcher(h).find()) {
                    col[k] = c;
                    break;
                }
            }
        }
        List<Indicator> out = new ArrayList<>();
        String level1 = "";
        String level2 = "";
        for (int r = header + 1; r < g.rows(); r++) {
            String l1 = text(g, r, col[0]);
            String l2 = text(g, r, col[1]);
            level1 = l1.isEmpty() ? level1 : l1;
            level2 = l2.isEmpty() ? level2 : l2;
            String l3 = text(g, r, col[2]);
            String description = text(g, r, col[3]);
            String value = text(g, r, col[5]);
            if (l3.isEmpty() && description.isEmpty() && value.isEmpty()) {
                continue;
            }
            out.add(new Indicator(level1, level2, l3, description, value, text(g, r, col[4]), t.location(r)));
        }
        return out;
    }

    private static String text(TableGrid g, int r, int c) {
        return c < 0 ? "" : g.text(r, c).strip();
    }
}

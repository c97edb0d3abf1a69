package org.disclosurelens.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.disclosurelens.structure.CanonicalPart;
import org.disclosurelens.table.Indicator;
import org.disclosurelens.table.Project;
import org.disclosurelens.text.Normalizer;

/**
 * Placeholder performance indicators (category placeholder, warning), one finding per project or
 * document rather than per row:
 * IND-EMPTY-VALUE — indicators whose description or value is 0, empty or a dash (the seed's
 * "重点文章发表 | 0 | ≥90圆满完成");
 * IND-BOILERPLATE — most of a project's indicators share one value (≥90圆满完成) whatever they
 * measure;
 * IND-REPEATED — two projects of one document share a block (three or more) of indicator rows
 * (三级指标, 描述, 指标值) word for word.
 */
final class IndicatorRule extends BaseRule {

    /** The three checks of this class. */
    enum Kind { EMPTY, BOILERPLATE, REPEATED }

    private static final Pattern EMPTY = Pattern.compile("^(0|0\\.0+|0%|-|—|/|无|)$");
    /** A value shared by at least this many indicators of a project, and by most of them, is boilerplate. */
    private static final int BOILERPLATE_MIN = 4;
    /** Rows two projects must share to be a repeated block. */
    private static final int BLOCK = 3;

    private final Kind kind;

    IndicatorRule(Kind kind) {
        super(switch (kind) {
            case EMPTY -> "IND-EMPTY-VALUE";
            case BOILERPLATE -> "IND-BOILERPLATE";
            case REPEATED -> "IND-REPEATED";
        }, Category.PLACEHOLDER, Severity.WARNING, switch (kind) {
            case EMPTY -> "performance indicators whose description or value is 0 or empty";
            case BOILERPLATE -> "most of a project's indicators share one value whatever they measure (≥90圆满完成)";
            case REPEATED -> "two projects of one document share a block of indicator rows word for word";
        });
        this.kind = kind;
    }

    @Override
    public List<Finding> check(Disclosure d) {
        return switch (kind) {
            case EMPTY -> empty(d.data().projects());
            case BOILERPLATE -> boilerplate(d.data().projects());
            case REPEATED -> repeated(d.data().projects());
        };
    }

    private List<Finding> empty(List<Project> projects) {
        List<Finding> findings = new ArrayList<>();
        for (Project p : projects) {
            // A column the form does not have (Shanghai's has no 描述) is not empty in any row.
            boolean descriptions = p.indicators().stream().anyMatch(i -> !key(i.description()).isEmpty());
            boolean values = p.indicators().stream().anyMatch(i -> !key(i.value()).isEmpty());
            List<Indicator> empty = p.indicators().stream()
                    .filter(i -> descriptions && EMPTY.matcher(key(i.description())).matches()
                            || values && EMPTY.matcher(key(i.value())).matches()).toList();
            if (!empty.isEmpty()) {
                Indicator first = empty.get(0);
                findings.add(at(CanonicalPart.PERFORMANCE, first.location(), row(first),
                        "项目“" + p.name() + "”" + p.indicators().size() + "个绩效指标中" + empty.size() + "个的指标描述或指标值为0或空："
                                + names(empty),
                        "project " + p.name() + ": " + empty.size() + " of " + p.indicators().size()
                                + " indicators have 0 or nothing as description or value: " + names(empty)));
            }
        }
        return findings;
    }

    private List<Finding> boilerplate(List<Project> projects) {
        List<Finding> findings = new ArrayList<>();
        for (Project p : projects) {
            Map<String, List<Indicator>> byValue = p.indicators().stream().filter(i -> !key(i.value()).isEmpty())
                    .collect(Collectors.groupingBy(i -> key(i.value()), LinkedHashMap::new, Collectors.toList()));
            for (List<Indicator> same : byValue.values()) {
                if (same.size() >= BOILERPLATE_MIN && same.size() * 2 > p.indicators().size()) {
                    findings.add(at(CanonicalPart.PERFORMANCE, same.get(0).location(), row(same.get(0)),
                            "项目“" + p.name() + "”" + p.indicators().size() + "个绩效指标中" + same.size() + "个的指标值均为“"
                                    + same.get(0).value() + "”，与所衡量内容无关",
                            "project " + p.name() + ": " + same.size() + " of " + p.indicators().size()
                                    + " indicators have the same value \"" + same.get(0).value() + "\", whatever they measure"));
                }
            }
        }
        return findings;
    }

    /**
     * Pairs of projects sharing a block of at least {@value #BLOCK} identical rows: one shared row
     * (a 群众满意度 indicator) is normal, a copied block is not.
     */
    private List<Finding> repeated(List<Project> projects) {
        List<Finding> findings = new ArrayList<>();
        for (int a = 0; a < projects.size(); a++) {
            for (int b = a + 1; b < projects.size(); b++) {
                List<Indicator> shared = shared(projects.get(a), projects.get(b));
                if (shared.size() >= BLOCK) {
                    Project pa = projects.get(a);
                    Project pb = projects.get(b);
                    findings.add(at(CanonicalPart.PERFORMANCE, shared.get(0).location(), row(shared.get(0)),
                            "项目“" + pa.name() + "”与“" + pb.name() + "”有" + shared.size() + "行绩效指标逐字相同：" + names(shared),
                            "projects " + pa.name() + " and " + pb.name() + " share " + shared.size()
                                    + " identical indicator rows: " + names(shared)));
                }
            }
        }
        return findings;
    }

    private static List<Indicator> shared(Project a, Project b) {
        java.util.Set<String> rows = b.indicators().stream().map(IndicatorRule::rowKey).collect(Collectors.toSet());
        return a.indicators().stream().filter(i -> rows.contains(rowKey(i))).toList();
    }

    private static String rowKey(Indicator i) {
        return key(i.level3()) + "|" + key(i.description()) + "|" + key(i.value());
    }

    private static String key(String text) {
        return Normalizer.normalize(text == null ? "" : text).replaceAll("[\\s。.，,]", "");
    }

    private static String row(Indicator i) {
        return String.join(" | ", List.of(i.level1(), i.level2(), i.level3(), i.description(), i.value(), i.basis()));
    }

    private static String names(List<Indicator> indicators) {
        return indicators.stream().map(Indicator::level3).distinct().collect(Collectors.joining("、"));
    }
}

package org.disclosurelens.check;

import static org.disclosurelens.check.IndicatorText.key;
import static org.disclosurelens.check.IndicatorText.row;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.disclosurelens.structure.CanonicalPart;
import org.disclosurelens.table.Indicator;
import org.disclosurelens.table.Project;

/**
 * IND-BOILERPLATE (placeholder, warning): most of a project's indicators share one value
 * (≥90圆满完成) whatever they measure (one percentage threshold shared by rates — 准确率, 及时率, 满意度
 * ≥95% — is natural); one finding per project and value.
 */
final class BoilerplateIndicatorRule extends BaseRule {

    /** A value shared by at least this many indicators of a project, and by most of them, is boilerplate. */
    private static final int BOILERPLATE_MIN = 4;
    /** Measures that are rates or degrees, for which one threshold (≥95%) is natural. */
    private static final Pattern RATE = Pattern.compile("率|度|比例|占比|达标|性$");
    private static final Pattern PERCENT = Pattern.compile("^[≥≤>=<]*\\d+(\\.\\d+)?%$");

    BoilerplateIndicatorRule() {
        super(RuleId.IND_BOILERPLATE);
    }

    @Override
    public List<Finding> check(Disclosure d) {
        return boilerplate(d.data().projects());
    }

    List<Finding> boilerplate(List<Project> projects) {
        List<Finding> findings = new ArrayList<>();
        for (Project p : projects) {
            Map<String, List<Indicator>> byValue = p.indicators().stream().filter(i -> !key(i.value()).isEmpty())
                    .collect(Collectors.groupingBy(i -> key(i.value()), LinkedHashMap::new, Collectors.toList()));
            for (List<Indicator> same : byValue.values()) {
                boolean rates = same.stream().allMatch(i -> RATE.matcher(key(i.level3())).find()) && PERCENT.matcher(key(same.get(0).value())).matches();
                if (same.size() >= BOILERPLATE_MIN && same.size() * 2 > p.indicators().size() && !rates) {
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
}

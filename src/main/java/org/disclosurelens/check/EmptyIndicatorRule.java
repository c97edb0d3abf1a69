package org.disclosurelens.check;

import static org.disclosurelens.check.IndicatorText.key;
import static org.disclosurelens.check.IndicatorText.names;
import static org.disclosurelens.check.IndicatorText.row;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.disclosurelens.structure.CanonicalPart;
import org.disclosurelens.table.Indicator;
import org.disclosurelens.table.Project;

/**
 * IND-EMPTY-VALUE (placeholder, warning): indicators whose description or value is 0, empty or a
 * dash (the seed's "重点文章发表 | 0 | ≥90圆满完成"); one finding per project.
 */
final class EmptyIndicatorRule extends BaseRule {

    private static final Pattern EMPTY = Pattern.compile("^(0|0\\.0+|0%|-|—|/|无|)$");

    EmptyIndicatorRule() {
        super(RuleId.IND_EMPTY_VALUE);
    }

    @Override
    public List<Finding> check(Disclosure d) {
        return empty(d.data().projects());
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
}

package org.disclosurelens.check;

import static org.disclosurelens.check.IndicatorText.key;
import static org.disclosurelens.check.IndicatorText.row;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurelens.structure.CanonicalPart;
import org.disclosurelens.table.Indicator;
import org.disclosurelens.table.Project;

/**
 * CELL-SHARE-OVER-100: a performance indicator that is a share of a whole (its name says so: it
 * ends in 率, 占比, 比例, 比重, or in 度 of a degree of people's view, 满意度) with a value over
 * 100% (≥955% for a satisfaction: a digit typed twice). Rates of change and of achievement go past
 * 100% rightly and are not shares (增长率, 提升率, 完成率, 执行率, 控制率, 利用率, 周转率, 回报率,
 * 贡献率, 超…); nor are names whose 度 is a measure or a period (进度, 年度, 速度, 强度, 额度…). A value
 * of exactly 100% is a share's whole. One finding per indicator row.
 */
final class ShareOverHundredRule extends BaseRule {

    /** A share of a whole, by how its name ends. */
    private static final Pattern SHARE = Pattern.compile("(率|占比|比例|比重|度|程度)(指标)?$");
    /** Rates of change or achievement, and 度 of a measure or a period: these pass 100% rightly. */
    private static final Pattern NOT_SHARE = Pattern.compile(
            "增|降|提高|提升|上升|完成|执行|控制|节约|节省|利用|周转|回报|收益|贡献|带动|拉动|超|变化|弹性|倍"
                    + "|(进|年|季|月|速|强|密|浓|精|难|额|力|长|高|深|宽|亮|湿|热|硬|坡|角|幅|温|尺|维|纬|经|限)度(指标)?$");
    /** A percentage in the value: "≥955%", "1000%", "不低于120%". */
    private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*[%％]");
    private static final BigDecimal WHOLE = BigDecimal.valueOf(100);

    ShareOverHundredRule() {
        super(RuleId.CELL_SHARE_OVER_100);
    }

    @Override
    public List<Finding> check(Disclosure d) {
        return shares(d.data().projects());
    }

    List<Finding> shares(List<Project> projects) {
        List<Finding> findings = new ArrayList<>();
        for (Project p : projects) {
            for (Indicator i : p.indicators()) {
                String name = key(i.level3());
                if (!SHARE.matcher(name).find() || NOT_SHARE.matcher(name).find()) {
                    continue;
                }
                Matcher m = PERCENT.matcher(i.value());
                while (m.find()) {
                    if (new BigDecimal(m.group(1)).compareTo(WHOLE) > 0) {
                        findings.add(at(CanonicalPart.PERFORMANCE, i.location(), row(i),
                                "项目“" + p.name() + "”的指标“" + i.level3().strip() + "”为比率，指标值" + i.value().strip() + "超过100%",
                                "project " + p.name() + ": " + i.level3().strip() + " is a share, and its value " + i.value().strip()
                                        + " exceeds 100%").withValues("≤100%", m.group(1) + "%"));
                        break;
                    }
                }
            }
        }
        return findings;
    }
}

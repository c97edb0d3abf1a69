package org.disclosurelens.check;

import static org.disclosurelens.check.IndicatorText.key;
import static org.disclosurelens.check.IndicatorText.names;
import static org.disclosurelens.check.IndicatorText.row;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.disclosurelens.figure.Amount;
import org.disclosurelens.structure.CanonicalPart;
import org.disclosurelens.table.Indicator;
import org.disclosurelens.table.Project;

/**
 * IND-REPEATED (placeholder, warning): two projects of one document share a block (three or more)
 * of indicator rows (三级指标, 描述, 指标值) word for word, two of them measuring something of the
 * project's own (not the administrative rates every project may print: 资金拨付及时率, 预算执行率,
 * 满意度), and the two projects are not one programme (names sharing a stem: the tranches of
 * 城乡居民医保补助 by funding source, 五城区交通警辅人员经费 and 五城区交通警辅人员经费（区）); or one
 * project's table printed twice.
 */
final class RepeatedIndicatorsRule extends BaseRule {

    /** Rows two projects must share to be a repeated block … */
    private static final int BLOCK = 3;
    /** … of which this many measure something of the project's own. */
    private static final int SPECIFIC = 2;
    /** Administrative rates and counts any project may print: sharing them is no sign of copying. */
    private static final Pattern GENERIC = Pattern.compile("及时率|及时性|准确率|满意度|满意率|执行率|控制率|合格率|完成率|到位率"
            + "|发生率|投诉|达标率|覆盖率|吻合度|采购份额|按时|时限");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    /** Words every project name may carry, set aside when telling whether two projects are one programme. */
    private static final Pattern NAME_WORDS = Pattern.compile("[(（][^)）]*[)）]|项目|经费|资金|专项|补助|工作|市级|县级|区级");
    /** Two names sharing a run this long (their stems) are one programme. */
    private static final int STEM = 4;

    RepeatedIndicatorsRule() {
        super(RuleId.IND_REPEATED);
    }

    @Override
    public List<Finding> check(Disclosure d) {
        return repeated(d.data().projects());
    }

    /**
     * Pairs of projects sharing a block of at least {@value #BLOCK} identical rows: one shared row
     * (a 群众满意度 indicator) is normal, a copied block is not.
     */
    List<Finding> repeated(List<Project> projects) {
        List<Finding> findings = new ArrayList<>();
        for (int a = 0; a < projects.size(); a++) {
            for (int b = a + 1; b < projects.size(); b++) {
                Project pa = projects.get(a);
                Project pb = projects.get(b);
                List<Indicator> shared = shared(pa, pb);
                if (printedTwice(pa, pb, shared)) {
                    findings.add(at(CanonicalPart.PERFORMANCE, pb.location(), row(shared.get(0)),
                            "项目“" + pa.name() + "”的绩效目标表印了两次（" + shared.size() + "行绩效指标逐字相同）",
                            "project " + pa.name() + "'s performance table is printed twice (" + shared.size() + " identical rows)"));
                    continue;
                }
                long specific = shared.stream().filter(RepeatedIndicatorsRule::specific).count();
                if (shared.size() >= BLOCK && specific >= SPECIFIC && !oneProgramme(pa.name(), pb.name())) {
                    findings.add(at(CanonicalPart.PERFORMANCE, shared.get(0).location(), row(shared.get(0)),
                            "项目“" + pa.name() + "”与“" + pb.name() + "”有" + shared.size() + "行绩效指标逐字相同：" + names(shared),
                            "projects " + pa.name() + " and " + pb.name() + " share " + shared.size()
                                    + " identical indicator rows: " + names(shared)));
                }
            }
        }
        return findings;
    }

    /**
     * A row that measures something of the project's own: not an administrative rate, and not an
     * effect stated in words alone (节能降耗: 有效落实, 长效管理机制: 逐步完善), which any project of a
     * department may print the same.
     */
    private static boolean specific(Indicator i) {
        if (GENERIC.matcher(key(i.level3())).find()) {
            return false;
        }
        boolean effect = key(i.level1()).contains("效益") || key(i.level1()).contains("满意");
        return !effect || DIGIT.matcher(key(i.value())).find();
    }

    /** The same project (name and budget) with the same indicators, twice: one table printed twice. */
    private static boolean printedTwice(Project a, Project b, List<Indicator> shared) {
        return key(a.name()).equals(key(b.name())) && a.budget().map(Amount::text).equals(b.budget().map(Amount::text))
                && !shared.isEmpty() && shared.size() == a.indicators().size() && a.indicators().size() == b.indicators().size();
    }

    /** Two projects whose names share a stem once their common words are set aside: one programme. */
    static boolean oneProgramme(String a, String b) {
        String x = NAME_WORDS.matcher(key(a)).replaceAll("");
        String y = NAME_WORDS.matcher(key(b)).replaceAll("");
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        if (x.contains(y) || y.contains(x)) {
            return true;
        }
        for (int i = 0; i + STEM <= x.length(); i++) {
            if (y.contains(x.substring(i, i + STEM))) {
                return true;
            }
        }
        return false;
    }

    private static List<Indicator> shared(Project a, Project b) {
        java.util.Set<String> rows = b.indicators().stream().map(RepeatedIndicatorsRule::rowKey).collect(Collectors.toSet());
        return a.indicators().stream().filter(i -> rows.contains(rowKey(i))).toList();
    }

    private static String rowKey(Indicator i) {
        return key(i.level3()) + "|" + key(i.description()) + "|" + key(i.value());
    }
}

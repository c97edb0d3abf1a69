package org.disclosurelens.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.disclosurelens.figure.Amount;
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
 * measure (one percentage threshold shared by rates — 准确率, 及时率, 满意度 ≥95% — is natural);
 * IND-REPEATED — two projects of one document share a block (three or more) of indicator rows
 * (三级指标, 描述, 指标值) word for word, two of them measuring something of the project's own (not the
 * administrative rates every project may print: 资金拨付及时率, 预算执行率, 满意度), and the two
 * projects are not one programme (names sharing a stem: the tranches of 城乡居民医保补助 by funding
 * source, 五城区交通警辅人员经费 and 五城区交通警辅人员经费（区）); or one project's table printed twice.
 */
final class IndicatorRule extends BaseRule {

    /** The three checks of this class. */
    enum Kind { EMPTY, BOILERPLATE, REPEATED }

    private static final Pattern EMPTY = Pattern.compile("^(0|0\\.0+|0%|-|—|/|无|)$");
    /** A value shared by at least this many indicators of a project, and by most of them, is boilerplate. */
    private static final int BOILERPLATE_MIN = 4;
    /** Measures that are rates or degrees, for which one threshold (≥95%) is natural. */
    private static final Pattern RATE = Pattern.compile("率|度|比例|占比|达标|性$");
    private static final Pattern PERCENT = Pattern.compile("^[≥≤>=<]*\\d+(\\.\\d+)?%$");
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

    private final Kind kind;

    IndicatorRule(Kind kind) {
        super(switch (kind) {
            case EMPTY -> RuleId.IND_EMPTY_VALUE;
            case BOILERPLATE -> RuleId.IND_BOILERPLATE;
            case REPEATED -> RuleId.IND_REPEATED;
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
                long specific = shared.stream().filter(IndicatorRule::specific).count();
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

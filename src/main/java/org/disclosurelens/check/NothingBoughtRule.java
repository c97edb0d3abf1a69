package org.disclosurelens.check;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurelens.structure.CanonicalPart;

/**
 * A part that says nothing is bought while a project buys or installs something. One finding per
 * document, with the project text as evidence. Subclasses say which part, which statement, and
 * which acquisitions bear on it.
 */
abstract class NothingBoughtRule extends BaseRule {

    /**
     * A project that acquires something, whatever it is: goods (设备, 疫苗, 执法记录仪), works or
     * services, named after a verb of buying or renting (购置执法记录仪, 采购强免疫苗, 租赁办公用房), or
     * equipment installed or renewed. Not purchases: procurement as a policy (政府采购, 采购份额,
     * 采购行为) and posts filled (配备人员).
     */
    static final Pattern BUYS = Pattern.compile(
            "(?<!政府)(购买|采购|购置|添置|租赁|租用)(?!份额|比例|政策|行为|制度|管理|程序|意向|需求|工作|活动|人员|[。；，,、])"
                    + "[^。；，,、\\n]{1,15}"
                    + "|(安装|更新)[^。；，,]{0,12}(设备|系统|软件|器材|车辆|电脑|服务器|平台|终端|设施)"
                    + "|(设备|系统|软件|平台|终端)[^。；，,]{0,6}(安装|购置|采购|费用)");

    private final CanonicalPart statementPart;
    private final Pattern nothing;

    NothingBoughtRule(RuleId rule, CanonicalPart statementPart, Pattern nothing) {
        super(rule);
        this.statementPart = statementPart;
        this.nothing = nothing;
    }

    /** Whether what a project acquires ({@code acquired}, a match of {@link #BUYS}) bears on the statement. */
    abstract boolean counts(String acquired);

    /** Whether the statement, in {@code sentence}, is limited so that it says nothing of a project's purchases. */
    boolean limited(String sentence) {
        return false;
    }

    /** The finding's message in Chinese and English: the statement, and what a project acquires. */
    abstract String zh(String statement, String acquired);

    abstract String en(String statement, String acquired);

    /** The sentence around {@code offset}, from one 。 to the next: its clauses (；) together. */
    private static String fullSentence(String text, int offset) {
        int start = Math.max(text.lastIndexOf('。', offset) + 1, 0);
        int end = text.indexOf('。', offset);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    @Override
    public final List<Finding> check(Disclosure d) {
        Matcher none = nothing.matcher(d.textOf(statementPart));
        if (!none.find() || limited(fullSentence(d.textOf(statementPart), none.start()))) {
            return List.of();
        }
        String statement = none.group();
        for (CanonicalPart part : List.of(CanonicalPart.PERFORMANCE, CanonicalPart.PROJECT_EXPLANATIONS)) {
            for (int b : d.blocksOf(part)) {
                String text = d.blocks().get(b).text();
                Matcher buys = BUYS.matcher(text);
                boolean found = buys.find();
                while (found && !counts(buys.group())) {
                    found = buys.find();
                }
                if (found) {
                    return List.of(finding(d, b, Evidence.sentence(text, buys.start()), zh(statement, buys.group()),
                            en(statement, buys.group())));
                }
            }
        }
        return List.of();
    }
}

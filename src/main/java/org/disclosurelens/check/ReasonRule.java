package org.disclosurelens.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurelens.figure.Direction;
import org.disclosurelens.figure.ProseFigure;
import org.disclosurelens.table.ThreePublicItem;
import org.disclosurelens.table.ThreePublicRow;

/**
 * Explanations that contradict the figures they explain (contradiction).
 * TEXT-REASON-DIRECTION (warning): an increase whose stated reason opens with a cut (Jiangsu 2019:
 * 会议费 "增加164.48万元，主要原因按规定运转类专项经费统一压减10%"), or a decrease whose reason opens
 * with an increase.
 * TEXT-UNCHANGED-CLAIM (error): the text calls a 三公 item unchanged (持平, 与上年相等, 保持不变)
 * while the 三公 table gives it different amounts for the two years.
 */
final class ReasonRule extends BaseRule {

    private static final Pattern REASON = Pattern.compile("原因(是|为|：|:)?([^，,；;。]*)");
    private static final Pattern CUTS = Pattern.compile("压减|减少|下降|缩减|调减|核减|降低|压缩");
    private static final Pattern RISES = Pattern.compile("增加|增长|新增|提高|扩大|追加");
    private static final Pattern UNCHANGED = Pattern.compile("持平|相等|保持不变|没有变化|无变化|一致");

    private final boolean direction;

    ReasonRule(boolean direction) {
        super(direction ? "TEXT-REASON-DIRECTION" : "TEXT-UNCHANGED-CLAIM", Category.CONTRADICTION,
                direction ? Severity.WARNING : Severity.ERROR,
                direction ? "an increase explained by a cut, or a decrease by an increase"
                        : "a 三公 item called unchanged (持平) while the table's amounts differ");
        this.direction = direction;
    }

    @Override
    public List<Finding> check(Disclosure d) {
        List<Finding> findings = new ArrayList<>();
        Set<String> sentences = new HashSet<>();
        for (ProseFigure f : d.data().figures()) {
            if (f.amount() == null || !sentences.add(f.sentence() + "|" + f.path())) {
                continue;
            }
            if (direction) {
                direction(f, findings);
            } else {
                unchanged(d, f, findings);
            }
        }
        return findings;
    }

    private void direction(ProseFigure f, List<Finding> findings) {
        if (f.direction() == Direction.NONE) {
            return;
        }
        Matcher m = REASON.matcher(f.sentence());
        if (!m.find()) {
            return;
        }
        String reason = m.group(2);
        boolean up = f.direction() == Direction.UP;
        boolean contradicts = up ? CUTS.matcher(reason).find() && !RISES.matcher(reason).find()
                : RISES.matcher(reason).find() && !CUTS.matcher(reason).find();
        if (contradicts) {
            findings.add(at(f.part(), f.location(), f.sentence(),
                    "“" + f.path() + "”" + (up ? "增加" : "减少") + "，但所述主要原因“" + reason.strip() + "”说的是" + (up ? "压减" : "增加"),
                    f.path() + (up ? " rises" : " falls") + " but the reason given (\"" + reason.strip() + "\") is "
                            + (up ? "a cut" : "an increase")));
        }
    }

    private void unchanged(Disclosure d, ProseFigure f, List<Finding> findings) {
        if (!f.path().startsWith("三公经费/") || !UNCHANGED.matcher(clauseAfter(f)).find()) {
            return;
        }
        Optional<ThreePublicItem> item = ThreePublicItem.of(f.path().substring(f.path().lastIndexOf('/') + 1));
        Optional<ThreePublicRow> row = item.flatMap(i -> d.data().threePublic().stream().flatMap(t -> t.row(i).stream())
                .filter(r -> r.previous().isPresent() && r.current().isPresent()).findFirst());
        if (row.isEmpty() || !Sums.differs(row.get().current().get(), Sums.wan(row.get().previous()))) {
            return;
        }
        ThreePublicRow r = row.get();
        findings.add(at(f.part(), f.location(), f.sentence(),
                "文中称“" + f.path() + "”与上年持平，但“三公”经费表中上年" + r.previous().get().text() + "、本年" + r.current().get().text(),
                f.path() + " is called unchanged, but the 三公 table has " + r.previous().get().text() + " last year and "
                        + r.current().get().text() + " this year")
                .withValues(r.previous().get().text(), r.current().get().text()));
    }

    /** The text after the figure's amount up to the next full stop: where 持平 would be said of it. */
    private static String clauseAfter(ProseFigure f) {
        String s = f.sentence();
        int at = f.amount().text().isEmpty() ? -1 : s.indexOf(f.amount().text());
        String rest = at < 0 ? s : s.substring(at + f.amount().text().length());
        int end = rest.indexOf('；');
        return end < 0 ? rest : rest.substring(0, end);
    }
}

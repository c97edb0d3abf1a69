package org.disclosurelens.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.disclosurelens.figure.ProseFigure;
import org.disclosurelens.table.ThreePublicItem;
import org.disclosurelens.table.ThreePublicRow;

/**
 * TEXT-UNCHANGED-CLAIM (error, contradiction): the text calls a 三公 item unchanged (持平, 与上年相等,
 * 保持不变) while the 三公 table gives it different amounts for the two years.
 */
final class UnchangedClaimRule extends BaseRule {

    private static final Pattern UNCHANGED = Pattern.compile("持平|相等|保持不变|没有变化|无变化|一致");

    UnchangedClaimRule() {
        super(RuleId.TEXT_UNCHANGED_CLAIM);
    }

    @Override
    public List<Finding> check(Disclosure d) {
        List<Finding> findings = new ArrayList<>();
        Set<String> sentences = new HashSet<>();
        for (ProseFigure f : d.data().figures()) {
            if (f.amount() != null && sentences.add(f.sentence() + "|" + f.path())) {
                unchanged(d, f, findings);
            }
        }
        return findings;
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

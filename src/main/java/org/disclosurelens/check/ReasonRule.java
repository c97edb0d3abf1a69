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
 * TEXT-REASON-TAUTOLOGY (info): the reason given only restates the change (主要原因是公务接待费保持不变).
 */
final class ReasonRule extends BaseRule {

    private static final Pattern REASON = Pattern.compile("原因(是|为|：|:)?([^，,；;。]*)");
    private static final Pattern CUTS = Pattern.compile("压减|减少|下降|缩减|调减|核减|降低|压缩");
    private static final Pattern RISES = Pattern.compile("增加|增长|新增|提高|扩大|追加");
    private static final Pattern UNCHANGED = Pattern.compile("持平|相等|保持不变|没有变化|无变化|一致");
    /** A reason that names the move it explains: "减少的主要原因是…", "增长主要原因". */
    private static final Pattern LABELLED = Pattern.compile("(增加|增长|上升|提高|减少|下降|降低)的?(?:主要)?$");
    /** Words of a reason that weighs several moves: "…但…", "…用于…", "增减相抵后增加…". */
    private static final Pattern NUANCED = Pattern.compile("但|然而|不过|用于|相抵|抵减|抵消|综合|同时");
    /** Words that make a reason a reason, not a restatement. */
    private static final Pattern CAUSE = Pattern.compile("因|由于|需要|根据|按照|调整|新增|安排|用于|实施|开展|购置|政策|标准|项目|人员|工资");
    private static final Pattern RESTATED = Pattern.compile("^(.{2,30}?)(经费|费用|支出)?(保持不变|增加|减少|持平|不变|下降|增长)$");

    /** The three checks of this class. */
    enum Kind { DIRECTION, UNCHANGED_CLAIM, TAUTOLOGY }

    private final Kind kind;

    ReasonRule(Kind kind) {
        super(switch (kind) {
            case DIRECTION -> RuleId.TEXT_REASON_DIRECTION;
            case UNCHANGED_CLAIM -> RuleId.TEXT_UNCHANGED_CLAIM;
            case TAUTOLOGY -> RuleId.TEXT_REASON_TAUTOLOGY;
        });
        this.kind = kind;
    }

    @Override
    public List<Finding> check(Disclosure d) {
        if (kind == Kind.TAUTOLOGY) {
            return tautologies(d);
        }
        if (kind == Kind.DIRECTION) {
            return directions(d);
        }
        List<Finding> findings = new ArrayList<>();
        Set<String> sentences = new HashSet<>();
        for (ProseFigure f : d.data().figures()) {
            boolean relevant = f.amount() != null;
            if (!relevant || !sentences.add(f.sentence() + "|" + f.path())) {
                continue;
            }
            unchanged(d, f, findings);
        }
        return findings;
    }

    /**
     * Each reason of a sentence against the change it explains: the last change stated before it in
     * the sentence ("一般公共预算收入…减少464.27万元；国有资本经营预算收入…增加…，主要原因是…" explains
     * the increase, not the decrease). One finding per sentence.
     */
    private List<Finding> directions(Disclosure d) {
        List<Finding> findings = new ArrayList<>();
        java.util.Map<String, List<ProseFigure>> bySentence = new java.util.LinkedHashMap<>();
        for (ProseFigure f : d.data().figures()) {
            if (f.amount() != null && f.direction() != Direction.NONE && f.amount().unit().money()) {
                bySentence.computeIfAbsent(f.sentence(), k -> new ArrayList<>()).add(f);
            }
        }
        for (List<ProseFigure> changes : bySentence.values()) {
            String sentence = changes.get(0).sentence();
            Matcher m = REASON.matcher(sentence);
            while (m.find()) {
                Optional<ProseFigure> explained = lastBefore(changes, m.start());
                if (explained.isPresent() && direction(explained.get(), m, findings)) {
                    break;
                }
            }
        }
        return findings;
    }

    private static int lastIndexOf(Pattern p, String text) {
        Matcher m = p.matcher(text);
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        return last;
    }

    /** The change whose amount is stated last before {@code position} in its sentence. */
    private static Optional<ProseFigure> lastBefore(List<ProseFigure> changes, int position) {
        ProseFigure best = null;
        int bestAt = -1;
        for (ProseFigure f : changes) {
            int at = f.sentence().lastIndexOf(f.amount().text(), position);
            if (at >= 0 && at < position && at > bestAt) {
                best = f;
                bestAt = at;
            }
        }
        return Optional.ofNullable(best);
    }

    /** True when it found the reason {@code m} contradicting the change {@code f}. */
    private boolean direction(ProseFigure f, Matcher m, List<Finding> findings) {
        String reason = m.group(2);
        if (NUANCED.matcher(f.sentence().substring(m.start())).find()) {
            return false; // "…新增1辆，但车型不同", "…调减…用于培训费", "增减相抵后增加…": a trade-off explained
        }
        boolean up = f.direction() == Direction.UP;
        int at = f.sentence().lastIndexOf(f.amount().text(), m.start());
        String between = at < 0 ? "" : f.sentence().substring(at + f.amount().text().length(), m.start());
        if (between.contains("；") || between.contains(";")) {
            // Another clause stands between the change and the reason ("…减少464.27万元；国有资本…增加较多，
            // 主要原因是…"): the reason explains that clause's move, which names no amount.
            Matcher rise = RISES.matcher(between);
            Matcher cut = CUTS.matcher(between);
            if (!rise.find() && !cut.find()) {
                return false;
            }
            up = lastIndexOf(RISES, between) > lastIndexOf(CUTS, between);
        }
        boolean contradicts = up ? CUTS.matcher(reason).find() && !RISES.matcher(reason).find()
                : RISES.matcher(reason).find() && !CUTS.matcher(reason).find();
        Matcher label = LABELLED.matcher(f.sentence().substring(Math.max(0, m.start() - 8), m.start()));
        if (label.find()) {
            // The reason says which move it explains (a city budget: "增加156万元…减少的主要原因是…").
            contradicts = label.group(1).matches("增加|增长|上升|提高") != up;
            reason = label.group() + m.group();
        }
        if (contradicts) {
            findings.add(at(f.part(), f.location(), f.sentence(),
                    "“" + f.path() + "”" + (up ? "增加" : "减少") + "，但所述主要原因“" + reason.strip() + "”说的是" + (up ? "压减" : "增加"),
                    f.path() + (up ? " rises" : " falls") + " but the reason given (\"" + reason.strip() + "\") is "
                            + (up ? "a cut" : "an increase")));
        }
        return contradicts;
    }

    /**
     * Reasons that name the item again and say it changed ("主要原因是公务接待费保持不变"), found in
     * the paragraphs themselves since the reason is often a sentence of its own; one finding per
     * document, with the count, as it is a matter of quality rather than of fact.
     */
    private List<Finding> tautologies(Disclosure d) {
        int count = 0;
        Finding first = null;
        for (int b = 0; b < d.blocks().size(); b++) {
            if (!(d.blocks().get(b) instanceof org.disclosurelens.model.Paragraph p)) {
                continue;
            }
            Matcher m = REASON.matcher(p.text());
            while (m.find()) {
                Matcher t = RESTATED.matcher(m.group(2).strip());
                String before = p.text().substring(Math.max(0, m.start() - 80), m.start());
                if (t.matches() && !CAUSE.matcher(t.group(1)).find() && sharesWords(t.group(1), before)) {
                    count++;
                    if (first == null) {
                        first = finding(d, b, Evidence.sentence(p.text(), m.start()), "", "");
                    }
                }
            }
        }
        if (first == null) {
            return List.of();
        }
        return List.of(first.withMessages(count + "处变动原因只是重述变动本身（如“" + first.evidence() + "”），未说明原因",
                count + " reasons only restate the change they explain (e.g. \"" + first.evidence() + "\")"));
    }

    /** True when the two share a run of four characters (the item's own name in its reason). */
    private static boolean sharesWords(String a, String b) {
        for (int i = 0; i + 4 <= b.length(); i++) {
            if (a.contains(b.substring(i, i + 4))) {
                return true;
            }
        }
        return a.contains(b) || b.contains(a) && a.length() >= 2;
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

package org.disclosurelens.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurelens.figure.Direction;
import org.disclosurelens.figure.ProseFigure;

/**
 * TEXT-REASON-DIRECTION (warning, contradiction): an increase whose stated reason opens with a cut
 * (Jiangsu 2019: 会议费 "增加164.48万元，主要原因按规定运转类专项经费统一压减10%"), or a decrease whose
 * reason opens with an increase.
 */
final class ReasonDirectionRule extends BaseRule {

    private static final Pattern CUTS = Pattern.compile("压减|减少|下降|缩减|调减|核减|降低|压缩");
    private static final Pattern RISES = Pattern.compile("增加|增长|新增|提高|扩大|追加");
    /** A reason that names the move it explains: "减少的主要原因是…", "增长主要原因". */
    private static final Pattern LABELLED = Pattern.compile("(增加|增长|上升|提高|减少|下降|降低)的?(?:主要)?$");
    /** Words of a reason that weighs several moves: "…但…", "…用于…", "增减相抵后增加…". */
    private static final Pattern NUANCED = Pattern.compile("但|然而|不过|用于|相抵|抵减|抵消|综合|同时");

    ReasonDirectionRule() {
        super(RuleId.TEXT_REASON_DIRECTION);
    }

    @Override
    public List<Finding> check(Disclosure d) {
        return directions(d);
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
            Matcher m = StatedReason.PATTERN.matcher(sentence);
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

}

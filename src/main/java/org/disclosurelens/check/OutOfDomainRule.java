package org.disclosurelens.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.disclosurelens.model.Block;
import org.disclosurelens.model.Cell;
import org.disclosurelens.model.Table;
import org.disclosurelens.structure.CanonicalPart;

/**
 * DOMAIN-FOREIGN: performance goals or indicators use a term characteristic of another kind of
 * department (电视节目正常播出 in a 网信办's file; 为政府制定宏观调控政策提供数字依据 outside a
 * statistics bureau) — text copied from another department's disclosure. The issuer's kind comes
 * from its name; an issuer whose name says no kind of the lexicon (a 气象局, a 商务局) is not
 * checked, since guessing its kind from its duties' keywords made 司法局 a market regulator. A term
 * the issuer's own duties use is not flagged, and issuers whose work spans every field
 * (governments, congresses) are not checked. One topic word is no evidence — departments meet at
 * topics (a 人社局's technician college trains 教师, traffic police secure 中小学 surroundings, every
 * bureau watches 舆情): a paragraph or table cell is flagged when it uses terms of two topics of
 * one other kind (舆情监测 and 网络舆情 are one), or one of its phrases (six characters or more: 宏观调控政策提供数字依据, 节目正常播出), or when
 * it is an indicator's short cell naming the other kind's measure (义务教育巩固率 in a 网信办's table).
 */
final class OutOfDomainRule extends BaseRule {

    OutOfDomainRule() {
        super(RuleId.DOMAIN_FOREIGN);
    }

    private static final List<CanonicalPart> CHECKED = List.of(CanonicalPart.PERFORMANCE, CanonicalPart.PROJECT_EXPLANATIONS);
    /** A term this long is a phrase of another department's text, enough alone; shorter ones are topics. */
    private static final int PHRASE = 6;
    /** A cell this short is an indicator's name or value: a term there is what the indicator measures. */
    private static final int INDICATOR = 12;

    /** How many topics the terms name: terms sharing two characters (舆情监测, 网络舆情) are one topic. */
    private static int topics(List<String> terms) {
        List<String> distinct = new ArrayList<>();
        for (String t : terms) {
            boolean same = distinct.stream().anyMatch(d -> sharesTwo(d, t));
            if (!same) {
                distinct.add(t);
            }
        }
        return distinct.size();
    }

    private static boolean sharesTwo(String a, String b) {
        for (int i = 0; i + 2 <= a.length(); i++) {
            if (b.contains(a.substring(i, i + 2))) {
                return true;
            }
        }
        return false;
    }

    /** The texts of a block read one by one: a paragraph, or each cell of a table. */
    private static List<String> texts(Block block) {
        if (block instanceof Table t) {
            return t.rows().stream().flatMap(List::stream).map(Cell::text).filter(x -> !x.isBlank()).distinct().toList();
        }
        return List.of(block.text());
    }

    @Override
    public List<Finding> check(Disclosure d) {
        String duties = d.textOf(CanonicalPart.DUTIES_ORGANISATION);
        List<DepartmentKinds.Kind> issuer = DepartmentKinds.ofUnit(d.identity().unit());
        if (issuer.isEmpty() || issuer.stream().anyMatch(DepartmentKinds.Kind::general)) {
            return List.of();
        }
        String issuerNames = String.join("、", issuer.stream().map(DepartmentKinds.Kind::name).toList());
        String issuerIds = String.join("+", issuer.stream().map(DepartmentKinds.Kind::id).toList());
        List<Finding> findings = new ArrayList<>();
        for (CanonicalPart part : CHECKED) {
            for (int b : d.blocksOf(part)) {
                Set<String> kindsSeen = new HashSet<>();
                for (String text : texts(d.blocks().get(b))) {
                    for (DepartmentKinds.Kind kind : DepartmentKinds.all()) {
                        if (issuer.contains(kind) || kindsSeen.contains(kind.id())) {
                            continue;
                        }
                        List<String> used = new ArrayList<>();
                        int first = -1;
                        for (String term : kind.terms()) {
                            int at = text.indexOf(term);
                            if (at >= 0 && !duties.contains(term) && used.stream().noneMatch(u -> u.contains(term) || term.contains(u))) {
                                used.add(term);
                                first = first < 0 ? at : Math.min(first, at);
                            }
                        }
                        boolean evidence = topics(used) >= 2 || used.stream().anyMatch(t -> t.length() >= PHRASE)
                                || !used.isEmpty() && text.strip().length() <= INDICATOR;
                        if (evidence) {
                            kindsSeen.add(kind.id());
                            String terms = String.join("”“", used);
                            findings.add(finding(d, b, Evidence.sentence(text, first),
                                    "绩效目标或指标使用了" + kind.name() + "部门的用语“" + terms + "”，与本单位（"
                                            + issuerNames + "）职责不符，疑似照抄其他部门",
                                    "goal or indicator uses \"" + String.join("\", \"", used) + "\", terms of " + kind.id()
                                            + " departments, not of the issuer (" + issuerIds + ")"));
                        }
                    }
                }
            }
        }
        return findings;
    }
}

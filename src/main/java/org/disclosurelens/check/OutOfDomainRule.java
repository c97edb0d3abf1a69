package org.disclosurelens.check;

import com.hankcs.hanlp.HanLP;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.disclosurelens.structure.CanonicalPart;

/**
 * DOMAIN-FOREIGN: performance goals or indicators use a term characteristic of another kind of
 * department (电视节目正常播出 in a 网信办's file; 为政府制定宏观调控政策提供数字依据 outside a
 * statistics bureau) — text copied from another department's disclosure. The issuer's kind comes
 * from its name, else from the keywords HanLP extracts from its duties; a term the issuer's own
 * duties use is not flagged, and issuers whose work spans every field (governments, congresses)
 * are not checked.
 */
final class OutOfDomainRule extends BaseRule {

    OutOfDomainRule() {
        super("DOMAIN-FOREIGN", Category.OUT_OF_DOMAIN, Severity.WARNING,
                "performance goals or indicators use terms of another kind of department");
    }

    private static final List<CanonicalPart> CHECKED = List.of(CanonicalPart.PERFORMANCE, CanonicalPart.PROJECT_EXPLANATIONS);
    private static final int KEYWORDS = 20;

    @Override
    public List<Finding> check(Disclosure d) {
        String duties = d.textOf(CanonicalPart.DUTIES_ORGANISATION);
        List<DepartmentKinds.Kind> issuer = issuerKinds(d.identity().unit(), duties);
        if (issuer.isEmpty() || issuer.stream().anyMatch(DepartmentKinds.Kind::general)) {
            return List.of();
        }
        String issuerNames = String.join("、", issuer.stream().map(DepartmentKinds.Kind::name).toList());
        String issuerIds = String.join("+", issuer.stream().map(DepartmentKinds.Kind::id).toList());
        List<Finding> findings = new ArrayList<>();
        for (CanonicalPart part : CHECKED) {
            for (int b : d.blocksOf(part)) {
                String text = d.blocks().get(b).text();
                Set<String> kindsSeen = new HashSet<>();
                for (DepartmentKinds.Kind kind : DepartmentKinds.all()) {
                    if (issuer.contains(kind) || kindsSeen.contains(kind.id())) {
                        continue;
                    }
                    for (String term : kind.terms()) {
                        int at = text.indexOf(term);
                        if (at >= 0 && !duties.contains(term)) {
                            kindsSeen.add(kind.id());
                            findings.add(finding(d, b, Evidence.sentence(text, at),
                                    "绩效目标或指标使用了" + kind.name() + "部门的用语“" + term + "”，与本单位（"
                                            + issuerNames + "）职责不符，疑似照抄其他部门",
                                    "goal or indicator uses \"" + term + "\", a term of " + kind.id()
                                            + " departments, not of the issuer (" + issuerIds + ")"));
                            break;
                        }
                    }
                }
            }
        }
        return findings;
    }

    /**
     * The kinds the unit's name says, else the kind whose name or terms HanLP's keywords of the
     * duties hit most often (at least twice), else none.
     */
    static List<DepartmentKinds.Kind> issuerKinds(String unit, String duties) {
        List<DepartmentKinds.Kind> byName = DepartmentKinds.ofUnit(unit);
        if (!byName.isEmpty() || duties.isBlank()) {
            return byName;
        }
        List<String> keywords = HanLP.extractKeyword(duties, KEYWORDS);
        DepartmentKinds.Kind best = null;
        int bestHits = 1;
        for (DepartmentKinds.Kind kind : DepartmentKinds.all()) {
            int hits = 0;
            for (String keyword : keywords) {
                boolean hit = kind.name().contains(keyword) || kind.terms().stream().anyMatch(t -> t.contains(keyword));
                hits += hit && keyword.length() >= 2 ? 1 : 0;
            }
            if (hits > bestHits) {
                best = kind;
                bestHits = hits;
            }
        }
        return best == null ? List.of() : List.of(best);
    }
}

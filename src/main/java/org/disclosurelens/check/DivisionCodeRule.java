package org.disclosurelens.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurelens.identify.Divisions;
import org.disclosurelens.identify.DocumentIdentity;

/**
 * CODE-FOREIGN-DIVISION: a project or unit code starts with the six-digit division code of another
 * county than the issuer's (project codes begin with the county's code: 130630… in 涞源县). Only
 * checked when the issuer's county is known from its name, not from the codes themselves.
 */
final class DivisionCodeRule extends BaseRule {

    DivisionCodeRule() {
        super(RuleId.CODE_FOREIGN_DIVISION);
    }

    private static final Pattern CODE = Pattern.compile("(?<![0-9A-Za-z])(\\d{6})[0-9A-Za-z]{6,}");

    @Override
    public List<Finding> check(Disclosure d) {
        DocumentIdentity issuer = d.identity();
        if (issuer.county().isEmpty() || !issuer.regionSource().equals("unit name")) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int b = 0; b < d.blocks().size(); b++) {
            String text = d.blocks().get(b).text();
            Matcher m = CODE.matcher(text);
            while (m.find()) {
                String prefix = m.group(1);
                Divisions.Division other = Divisions.get().byCode(prefix).orElse(null);
                if (other == null || other.level() != Divisions.Level.COUNTY || prefix.equals(issuer.divisionCode())
                        || !seen.add(m.group())) {
                    continue;
                }
                Finding f = finding(d, b, Evidence.sentence(text, m.start()),
                        "项目编码" + m.group() + "以" + other.province() + other.city() + other.name() + "的区划代码" + prefix
                                + "开头，而发布单位在" + issuer.county() + "（" + issuer.divisionCode() + "）",
                        "code " + m.group() + " starts with " + prefix + " (" + other.name() + "), not the issuer's county "
                                + issuer.county() + " (" + issuer.divisionCode() + ")");
                findings.add(f.withValues(issuer.divisionCode(), prefix));
            }
        }
        return findings;
    }
}

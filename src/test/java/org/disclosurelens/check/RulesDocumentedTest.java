package org.disclosurelens.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.disclosurelens.testing.Cli;
import org.junit.jupiter.api.Test;

/**
 * The catalogue ({@link RuleId}) is the one list of rules: `analyze --rules` prints it, every
 * per-document rule class answers for one of its ids and each id has one class, and every id is
 * documented in docs/rules.md.
 */
class RulesDocumentedTest {

    @Test
    void everyDocumentRuleOfTheCatalogueHasOneRuleObjectAndNoOtherIdIsChecked() {
        List<RuleId> checked = Rules.all().stream().map(Rule::rule).toList();
        assertEquals(checked.size(), new java.util.HashSet<>(checked).size(), "an id checked twice: " + checked);
        Set<RuleId> document = java.util.EnumSet.noneOf(RuleId.class);
        for (RuleId r : RuleId.values()) {
            if (r.scope() == RuleId.Scope.DOCUMENT) {
                document.add(r);
            }
        }
        assertEquals(document, java.util.EnumSet.copyOf(checked));
    }

    @Test
    void theListIsTheCatalogueInItsOrder() {
        Cli.Run run = Cli.run("analyze", "--rules");
        List<String> ids = run.out().lines().map(l -> l.split("\\s+")[0]).filter(id -> !id.isEmpty()).toList();
        assertEquals(java.util.Arrays.stream(RuleId.values()).map(RuleId::id).toList(), ids);
    }

    @Test
    void everyListedRuleIsDocumented() throws IOException {
        Cli.Run run = Cli.run("analyze", "--rules");
        assertEquals(0, run.code(), run.err());
        List<String> ids = run.out().lines().map(l -> l.split("\\s+")[0]).filter(id -> !id.isEmpty()).toList();
        assertEquals(ids.size(), new TreeSet<>(ids).size(), "an id listed twice: " + ids);
        assertTrue(ids.size() >= 45, "rules listed: " + ids.size());
        String doc = Files.readString(Path.of("docs", "rules.md"), StandardCharsets.UTF_8);
        // Where a rule is defined: a heading (## ID — …) or the first cell of a row of a rule table
        // (| ID (severity, …) |, | ID, ID (…) |), the id written out in full.
        Set<String> defined = new TreeSet<>();
        doc.lines().forEach(l -> {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(?:## |\\| )([^|—]*)").matcher(l);
            if (m.find()) {
                java.util.regex.Matcher id = java.util.regex.Pattern.compile("[A-Z]+(?:-[A-Z0-9]+)+").matcher(m.group(1));
                while (id.find()) {
                    defined.add(id.group());
                }
            }
        });
        Set<String> missing = new TreeSet<>(ids);
        missing.removeAll(defined);
        assertEquals(Set.of(), missing, "rules without a heading or a table row in docs/rules.md");
    }
}

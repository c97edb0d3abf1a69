package org.disclosurelens.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.disclosurelens.model.Location;
import org.disclosurelens.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rules file, --enable and --disable choose which rules run and at what severity; a finding its
 * rule lowered itself (info, possibly misread) keeps its severity.
 */
class RuleChoiceTest {

    @TempDir
    Path dir;

    @Test
    void readsARulesFileThenEnableThenDisable() throws Exception {
        Path config = Files.writeString(dir.resolve("rules.properties"), """
                # our audit office: a foreign place name is an error; drafting is not our business
                PLACE-FOREIGN = error
                DRAFT-TEMPLATE-TEXT = off
                ind-boilerplate = Info
                """, StandardCharsets.UTF_8);
        RuleChoice choice = RuleChoice.of(config, List.of(), List.of("ARITH-BALANCE"));
        assertFalse(choice.runs(RuleId.DRAFT_TEMPLATE_TEXT));
        assertFalse(choice.runs(RuleId.ARITH_BALANCE));
        assertTrue(choice.runs(RuleId.PLACE_FOREIGN));
        assertEquals(Map.of(RuleId.PLACE_FOREIGN, Severity.ERROR, RuleId.IND_BOILERPLATE, Severity.INFO), choice.severities());

        RuleChoice only = RuleChoice.of(config, List.of("DRAFT-TEMPLATE-TEXT", "PLACE-FOREIGN"), List.of());
        assertEquals(List.of(RuleId.PLACE_FOREIGN, RuleId.DRAFT_TEMPLATE_TEXT),
                java.util.Arrays.stream(RuleId.values()).filter(only::runs).toList(), "--enable runs a rule the file switched off");
        assertEquals(choice, RuleChoice.parse(choice.argument()), "the worker JVM gets the same choice");
    }

    @Test
    void givesTheUsersSeverityToFindingsAtTheRulesDefaultOnly() throws Exception {
        RuleChoice choice = RuleChoice.parse("PLACE-FOREIGN=error,COPY-RARE-PASSAGE=error");
        Finding warning = new Finding("PLACE-FOREIGN", Category.WRONG_PLACE, Severity.WARNING, "zh", "en", "", "", "", 1,
                new Location(1, 1), "");
        assertEquals(Severity.ERROR, choice.apply(warning).severity());
        assertEquals(Severity.INFO, choice.apply(warning.possiblyMisread("疑", "doubt")).severity());
        Finding sameKind = new Finding("COPY-RARE-PASSAGE", Category.COPY_PASTE, Severity.INFO, "zh", "en", "", "", "", 1,
                new Location(1, 1), "");
        assertEquals(Severity.INFO, choice.apply(sameKind).severity(), "a copy the step told at info stays info");
    }

    @Test
    void namesTheBadLine() throws IOException {
        Path config = Files.writeString(dir.resolve("bad.properties"), "PLACE-FOREIGN = severe\n", StandardCharsets.UTF_8);
        RuleChoice.Invalid e = assertThrows(RuleChoice.Invalid.class, () -> RuleChoice.of(config, List.of(), List.of()));
        assertTrue(e.getMessage().endsWith("PLACE-FOREIGN = severe: give off, info, warning or error"), e.getMessage());
        Path unknown = Files.writeString(dir.resolve("unknown.properties"), "PLACE-ABROAD = off\n", StandardCharsets.UTF_8);
        assertTrue(assertThrows(RuleChoice.Invalid.class, () -> RuleChoice.of(unknown, List.of(), List.of())).getMessage()
                .contains("unknown rule id PLACE-ABROAD"));
        Cli.Run run = Cli.run("analyze", "corpus/seed/000_2784683f1b3262b7.txt", "--out", dir.resolve("out").toString(),
                "--enable", "PLACE-ABROAD");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("unknown rule id(s) [PLACE-ABROAD]"), run.err());
    }

    /** The seed's findings by rule and severity under a rules file, in anomalies.csv and in documents.csv's counts. */
    @Test
    void analyzeWritesTheChosenSeverities() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Path.of("corpus/seed/000_2784683f1b3262b7.txt"), in.resolve("seed.txt"));
        Path config = Files.writeString(dir.resolve("rules.properties"),
                "PLACE-FOREIGN = error\nIND-BOILERPLATE = off\n", StandardCharsets.UTF_8);
        Path plain = dir.resolve("plain");
        Path chosen = dir.resolve("chosen");
        assertEquals(0, Cli.run("analyze", in.toString(), "--out", plain.toString(), "--in-process", "-q").code());
        Cli.Run run = Cli.run("analyze", in.toString(), "--out", chosen.toString(), "--rules-config", config.toString(), "-q");
        assertEquals(0, run.code(), run.err());

        Map<String, String> before = bySeverity(plain);
        Map<String, String> after = bySeverity(chosen);
        assertEquals("warning", before.get("PLACE-FOREIGN"));
        assertEquals("error", after.get("PLACE-FOREIGN"));
        assertEquals("warning", before.get("IND-BOILERPLATE"));
        assertFalse(after.containsKey("IND-BOILERPLATE"));
        Map<String, String> doc = Cli.documents(chosen).get("seed.txt");
        Map<String, String> plainDoc = Cli.documents(plain).get("seed.txt");
        assertEquals(Integer.parseInt(plainDoc.get("flags_error")) + 1, Integer.parseInt(doc.get("flags_error")));
    }

    private static Map<String, String> bySeverity(Path out) {
        Map<String, String> rules = new TreeMap<>();
        Cli.rows(out.resolve("anomalies.csv")).forEach(r -> rules.merge(r.get("rule"), r.get("severity"),
                (a, b) -> a.equals(b) ? a : a + "+" + b));
        return rules;
    }
}

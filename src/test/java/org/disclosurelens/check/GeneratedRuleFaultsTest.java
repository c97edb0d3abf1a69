package org.disclosurelens.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.disclosurelens.generate.CorpusGenerator;
import org.disclosurelens.generate.FaultKind;
import org.disclosurelens.generate.Template;
import org.disclosurelens.pipeline.Analyzer;
import org.disclosurelens.pipeline.DocumentResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator's table and text faults are found in every document they were planted in, and
 * their rules say nothing on the others: {@code cross-table} (a 基本支出经济分类表 of an earlier
 * draft, adding up on its own) by ARITH-CROSS-TABLE, {@code empty-table} (the 三公 table without its
 * rows, the text still giving the total) by TEXT-EMPTY-TABLE, {@code reason-direction} (an increase
 * put down to a cut, a decrease to an increase) by TEXT-REASON-DIRECTION, {@code doubled-punctuation}
 * (。。) by DRAFT-DOUBLED-PUNCTUATION, {@code compare-year} (the change on the year before stated
 * against the document's own year) by TEXT-COMPARISON-YEAR, {@code negative-amount} (a line of the
 * economic table with a minus sign) by CELL-NEGATIVE-AMOUNT, {@code share-over-100} (a share
 * indicator's digit typed twice) by CELL-SHARE-OVER-100, {@code toc-table} (a table the 目录 lists
 * left out) by COMPLETENESS-TOC-TABLE, {@code final-direction} (a 决算's 项 claiming the other
 * direction) by TEXT-FINAL-DIRECTION.
 */
class GeneratedRuleFaultsTest {

    @TempDir
    Path dir;

    @Test
    void findsEveryDraftTableAndNothingElse() throws IOException {
        assertFoundExactlyWherePlanted(FaultKind.CROSS_TABLE, "ARITH-CROSS-TABLE", Severity.ERROR);
    }

    @Test
    void findsEveryEmptiedThreePublicTableAndNothingElse() throws IOException {
        assertFoundExactlyWherePlanted(FaultKind.EMPTY_TABLE, "TEXT-EMPTY-TABLE", Severity.WARNING);
    }

    @Test
    void findsEveryReasonWordedForTheOtherMoveAndNothingElse() throws IOException {
        assertFoundExactlyWherePlanted(FaultKind.REASON_DIRECTION, "TEXT-REASON-DIRECTION", Severity.WARNING);
    }

    @Test
    void findsEveryDoubledFullStopAndNothingElse() throws IOException {
        assertFoundExactlyWherePlanted(FaultKind.DOUBLED_PUNCTUATION, "DRAFT-DOUBLED-PUNCTUATION", Severity.INFO);
    }

    @Test
    void findsEveryChangeStatedAgainstTheOwnYearAndNothingElse() throws IOException {
        assertFoundExactlyWherePlanted(FaultKind.COMPARE_YEAR, "TEXT-COMPARISON-YEAR", Severity.WARNING);
    }

    @Test
    void findsEveryNegativeAmountAndNothingElse() throws IOException {
        assertFoundExactlyWherePlanted(FaultKind.NEGATIVE_AMOUNT, "CELL-NEGATIVE-AMOUNT", Severity.WARNING);
    }

    @Test
    void findsEveryShareOver100AndNothingElse() throws IOException {
        assertFoundExactlyWherePlanted(FaultKind.SHARE_OVER_100, "CELL-SHARE-OVER-100", Severity.WARNING);
    }

    @Test
    void findsEveryTableTheContentsListAndTheBodyLeavesOut() throws IOException {
        // Jiangsu's template alone lists its tables in the 目录.
        assertFoundExactlyWherePlanted(FaultKind.TOC_TABLE, "COMPLETENESS-TOC-TABLE", Severity.WARNING, List.of(Template.JIANGSU_BUDGET));
    }

    @Test
    void findsEveryFinalAccountsClaimOfTheWrongDirectionAndNothingElse() throws IOException {
        assertFoundExactlyWherePlanted(FaultKind.FINAL_DIRECTION, "TEXT-FINAL-DIRECTION", Severity.ERROR, List.of(Template.FINAL_ACCOUNTS));
    }

    private void assertFoundExactlyWherePlanted(FaultKind kind, String rule, Severity severity) throws IOException {
        assertFoundExactlyWherePlanted(kind, rule, severity, Template.defaults());
    }

    private void assertFoundExactlyWherePlanted(FaultKind kind, String rule, Severity severity, List<Template> templates)
            throws IOException {
        var options = new CorpusGenerator.Options(40, 29, EnumSet.of(CorpusGenerator.Format.TXT), 0.5,
                EnumSet.of(kind), List.of(), templates, false, null, 1);
        new CorpusGenerator(options).generate(dir, null);
        JsonNode truth = new ObjectMapper().readTree(dir.resolve(CorpusGenerator.TRUTH).toFile());
        Set<String> planted = new HashSet<>();
        truth.get("faults").forEach(f -> planted.add(f.get("document").asText()));
        assertTrue(planted.size() >= 5, "planted in " + planted.size());

        Analyzer analyzer = new Analyzer();
        List<String> wrong = new ArrayList<>();
        int clean = 0;
        for (JsonNode d : truth.get("documents")) {
            DocumentResult r = analyzer.analyze(dir.resolve(d.get("files").get("txt").asText()), dir);
            boolean flagged = r.findings().stream().anyMatch(f -> f.rule().equals(rule) && f.severity() == severity);
            String id = d.get("id").asText();
            clean += planted.contains(id) ? 0 : 1;
            if (flagged != planted.contains(id)) {
                wrong.add(id + (flagged ? " flagged, nothing planted" : " planted, not flagged"));
            }
        }
        assertTrue(clean >= 5, "clean documents: " + clean);
        assertEquals(List.of(), wrong);
    }
}

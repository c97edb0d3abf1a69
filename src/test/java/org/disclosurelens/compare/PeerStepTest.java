package org.disclosurelens.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.disclosurelens.check.RuleChoice;
import org.disclosurelens.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The peer comparison on an output folder written by hand: twelve 2024 budgets of health bureaus
 * whose 三公 shares lie between 1.0% and 2.1%, one of them at 9%; a second file of that one (same_as)
 * that must not count as its peer; five statistics bureaus, too few to compare.
 */
class PeerStepTest {

    @TempDir
    Path dir;

    @Test
    void findsTheShareFarFromItsPeersAndNothingWhereThereAreTooFew() throws IOException {
        List<String> documents = new ArrayList<>(List.of("id,path,same_as"));
        List<String> panel = new ArrayList<>(List.of("document_id,path,issuer,department_kind,province,city,county,division_code,"
                + "year,kind,scope,measure,measure_zh,value,unit,source,page,line"));
        String[] shares = {"0.0100", "0.0110", "0.0120", "0.0130", "0.0140", "0.0150", "0.0160", "0.0170", "0.0180", "0.0190",
                "0.0210", "0.0900"};
        for (int i = 0; i < shares.length; i++) {
            add(documents, panel, "h" + i, "health/" + i + ".pdf", "", "health", shares[i]);
        }
        add(documents, panel, "h11copy", "elsewhere/11.pdf", "health/11.pdf", "health", "0.0900");
        for (int i = 0; i < 5; i++) {
            add(documents, panel, "s" + i, "statistics/" + i + ".pdf", "", "statistics", i == 4 ? "0.2" : "0.01");
        }
        Files.write(dir.resolve("documents.csv"), documents, StandardCharsets.UTF_8);
        Files.write(dir.resolve("panel.csv"), panel, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("anomalies.csv"), "document_id,path,rule\n", StandardCharsets.UTF_8);

        PeerStep.Summary s = new PeerStep().run(dir, RuleChoice.ALL);

        assertEquals(12, s.compared(), "the twelve health bureaus; the copy and the five statistics bureaus are not compared");
        assertEquals(1, s.outliers());
        List<Map<String, String>> rows = Cli.rows(dir.resolve("outliers.csv"));
        Map<String, String> far = rows.stream().filter(r -> r.get("document_id").equals("h11")).findFirst().orElseThrow();
        // All of one province, so compared within it. Median of the twelve: (0.0150 + 0.0160) / 2; MAD: 0.0030; z = 0.6745 × (0.09 - 0.0155) / 0.003.
        assertEquals("0.0155|0.003|11|16.75|yes|province", far.get("peer_median") + "|" + far.get("peer_mad") + "|" + far.get("peer_count")
                + "|" + far.get("robust_z") + "|" + far.get("outlier") + "|" + far.get("peer_scope"));
        assertTrue(!far.get("peers").contains("h11copy") && far.get("peers").startsWith("h0;h1;"), far.get("peers"));
        List<Map<String, String>> findings = Cli.rows(dir.resolve("anomalies.csv"));
        assertEquals(1, findings.size());
        assertEquals("PEER-OUTLIER|info|h11|0.0155|0.09", String.join("|", findings.get(0).get("rule"), findings.get(0).get("severity"),
                findings.get(0).get("document_id"), findings.get(0).get("expected"), findings.get(0).get("actual")));
        assertEquals("“三公”经费占支出比例为9%，河北省2024年同类部门（预算，11个）的中位数为1.55%，稳健z值16.8，明显偏离",
                findings.get(0).get("message_zh"));
    }

    /**
     * Nine shares close together (a MAD of 0.0045, small by chance in a group this size) and one 3.5
     * points below: z is -4.5, yet its odds are 0.77 times the median's, a difference nobody audits
     * (a clean generated corpus gave it, seed 70701). Eleven points below, the odds are under half: reported.
     */
    @Test
    void aSmallDifferenceIsNoOutlierHoweverTightThePeers() throws IOException {
        List<String> documents = new ArrayList<>(List.of("id,path,same_as"));
        List<String> panel = new ArrayList<>(List.of("document_id,path,issuer,department_kind,province,city,county,division_code,"
                + "year,kind,scope,measure,measure_zh,value,unit,source,page,line"));
        String[] shares = {"0.862", "0.865", "0.866", "0.869", "0.8705", "0.872", "0.874", "0.876", "0.879", "0.836", "0.76"};
        for (int i = 0; i < shares.length; i++) {
            add(documents, panel, "c" + i, "civil/" + i + ".pdf", "", "civil", shares[i]);
        }
        Files.write(dir.resolve("documents.csv"), documents, StandardCharsets.UTF_8);
        Files.write(dir.resolve("panel.csv"), panel, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("anomalies.csv"), "document_id,path,rule\n", StandardCharsets.UTF_8);

        PeerStep.Summary s = new PeerStep().run(dir, RuleChoice.ALL);

        assertEquals(1, s.outliers());
        List<Map<String, String>> rows = Cli.rows(dir.resolve("outliers.csv"));
        assertEquals(List.of("c9 -4.45 0.768 no", "c10 -14.70 0.477 yes"), rows.stream().filter(r -> Math.abs(Double.parseDouble(r.get("robust_z"))) >= 3.5)
                .map(r -> r.get("document_id") + " " + r.get("robust_z") + " " + r.get("odds_ratio") + " " + r.get("outlier")).toList());
    }

    private static void add(List<String> documents, List<String> panel, String id, String path, String sameAs, String kind,
            String share) {
        documents.add(id + "," + path + "," + sameAs);
        panel.add(id + "," + path + ",某" + kind + "局," + kind + ",河北省,保定市,某县,130600,2024,预算,部门,three_public_share,三公占比,"
                + share + ",share,computed,,");
    }
}

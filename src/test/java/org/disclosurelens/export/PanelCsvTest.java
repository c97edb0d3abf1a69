package org.disclosurelens.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.disclosurelens.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * panel.csv on the seed, whose figures were read by hand (110.93万元 in and out, 2万元 of 三公 all
 * on 公务接待, four projects of nine indicators each, sixteen of them 0 or empty), and on a notice,
 * which gets no rows.
 */
class PanelCsvTest {

    @TempDir
    Path dir;

    @Test
    void givesTheSeedsMeasuresWithWhoWhereAndWhen() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Path.of("corpus/seed/000_2784683f1b3262b7.txt"), in.resolve("seed.txt"));
        Files.writeString(in.resolve("notice.txt"), "关于开展2026年预算编制工作的通知\n惠府办函〔2026〕13号\n各单位：请按要求报送。\n特此通知。\n");
        Path out = dir.resolve("out");
        assertEquals(0, Cli.run("analyze", in.toString(), "--out", out.toString(), "--in-process", "-q", "--no-reuse").code());

        List<Map<String, String>> rows = Cli.rows(out.resolve("panel.csv"));
        assertEquals(List.of("seed.txt"), rows.stream().map(r -> r.get("path")).distinct().toList(), "the notice has no rows");
        Map<String, String> first = rows.get(0);
        assertEquals("中共涞源县委网络安全和信息化委员会办公室|cyberspace|河北省|保定市|涞源县|130630|2021|预算|部门",
                String.join("|", first.get("issuer"), first.get("department_kind"), first.get("province"), first.get("city"),
                        first.get("county"), first.get("division_code"), first.get("year"), first.get("kind"), first.get("scope")));
        Map<String, String> measures = rows.stream().collect(Collectors.toMap(r -> r.get("measure"),
                r -> r.get("value") + " " + r.get("unit") + " " + r.get("source") + (r.get("line").isEmpty() ? "" : " l" + r.get("line")),
                (a, b) -> a, java.util.LinkedHashMap::new));
        assertEquals("110.93 万元 prose", measures.get("income"));
        assertEquals("71.53 万元 prose", measures.get("basic"));
        assertEquals("2 万元 table", measures.get("three_public"));
        assertEquals("2 万元 table l142", measures.get("three_public_reception"));
        assertEquals("0 万元 table l124", measures.get("three_public_outbound"));
        assertEquals("4 count computed", measures.get("projects"));
        assertEquals("39.4 万元 computed", measures.get("projects_budget"));
        assertEquals("36 count computed", measures.get("indicators"));
        assertEquals("0.4444 share computed", measures.get("placeholder_indicator_share"));
        assertEquals("0.018 share computed", measures.get("three_public_share"));
        assertEquals("0.3552 share computed", measures.get("project_share"));
        assertEquals("0.9205 share computed", measures.get("personnel_share_of_basic"));
        assertEquals("91 % computed", measures.get("completeness"));
        Map<String, String> documents = Cli.documents(out).get("seed.txt");
        assertEquals(documents.get("flags_warning") + " count computed", measures.get("flags_warning"));
        assertTrue(measures.keySet().stream().allMatch(m -> m.matches("[a-z_]+")), measures.keySet().toString());
    }
}

package org.disclosurelens.series;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The change on last year's document in panel.csv: each amount both years print, after the document's own rows, once however often the step runs. */
class PanelChangesTest {

    private static final String HEADER = "document_id,path,issuer,department_kind,province,city,county,division_code,year,kind,scope,"
            + "measure,measure_zh,value,unit,source,page,line";

    @TempDir
    Path dir;

    @Test
    void addsEachAmountsChangeAfterTheDocumentsRowsAndReplacesItsOwnRowsOnARerun() throws IOException {
        Path panel = dir.resolve("panel.csv");
        Files.writeString(panel, "\uFEFF" + String.join("\n", HEADER,
                "a,a.pdf,某局,,上海市,上海市,普陀区,310107,2024,预算,部门,expenditure,支出总计,15621.1123,万元,table,,",
                "a,a.pdf,某局,,上海市,上海市,普陀区,310107,2024,预算,部门,three_public,“三公”经费,47.91,万元,table,,",
                "a,a.pdf,某局,,上海市,上海市,普陀区,310107,2024,预算,部门,project_share,项目支出占支出比例,0.2500,share,computed,,",
                "b,b.pdf,某局,,上海市,上海市,普陀区,310107,2023,预算,部门,expenditure,支出总计,16497.86,万元,table,,",
                "b,b.pdf,某局,,上海市,上海市,普陀区,310107,2023,预算,部门,three_public,“三公”经费,0,万元,table,,",
                "c,c.pdf,他局,,上海市,上海市,普陀区,310107,2024,预算,部门,expenditure,支出总计,10,万元,table,,") + "\n",
                StandardCharsets.UTF_8);

        assertEquals(1, PanelChanges.write(dir, Map.of("a", "b")));
        assertEquals(1, PanelChanges.write(dir, Map.of("a", "b")), "a rerun replaces the rows it wrote");

        List<String> rows = Files.readAllLines(panel, StandardCharsets.UTF_8);
        assertEquals(8, rows.size());
        // 15621.1123 / 16497.86 - 1, after a's own rows; none for the 三公 (last year's is 0) nor for b and c.
        assertEquals("a,a.pdf,某局,,上海市,上海市,普陀区,310107,2024,预算,部门,expenditure_change_on_last_year,支出总计比上年文件增减,"
                + "-0.0531,change,computed,,", rows.get(4));
        assertEquals("b,b.pdf,某局,,上海市,上海市,普陀区,310107,2023,预算,部门,expenditure,支出总计,16497.86,万元,table,,", rows.get(5));
    }
}

package org.disclosurelens.check;

import java.util.ArrayList;
import java.util.List;
import org.disclosurelens.data.DataExtractor;
import org.disclosurelens.data.DocumentData;
import org.disclosurelens.identify.DocumentIdentity;
import org.disclosurelens.model.Block;
import org.disclosurelens.model.Cell;
import org.disclosurelens.model.Location;
import org.disclosurelens.model.Paragraph;
import org.disclosurelens.model.Table;
import org.disclosurelens.structure.DocumentStructure;
import org.disclosurelens.structure.StructureParser;

/**
 * Disclosures written by hand for rule tests: a county budget's outline (第一部分 … 第三部分) around
 * the paragraphs and tables given, read by the same stages as a real file, of a 2026 budget.
 */
final class Disclosures {

    private final List<Block> blocks = new ArrayList<>(List.of(new Paragraph("第一部分 部门职责及机构设置情况", new Location(1, 1)),
            new Paragraph("第二部分 预算安排的总体情况", new Location(1, 2))));

    private DocumentIdentity identity = new DocumentIdentity("某局", "", "2026", "", "预算", "部门", "", "", "", "", "", null, "", "");

    /** The issuer, in place of 某局 of nowhere. */
    Disclosures issuer(String unit, String province, String city, String county, String code) {
        identity = new DocumentIdentity(unit, "", "2026", "", "预算", "部门", province, city, county, code, "", null, "", "");
        return this;
    }

    /** The document's year and kind (预算, 决算), in place of a 2026 budget. */
    Disclosures of(String year, String kind) {
        identity = new DocumentIdentity(identity.unit(), "", year, "", kind, "部门", identity.province(), identity.city(),
                identity.county(), identity.divisionCode(), "", null, "", "");
        return this;
    }

    Disclosures text(String... paragraphs) {
        for (String p : paragraphs) {
            blocks.add(new Paragraph(p, new Location(1, blocks.size() + 1)));
        }
        return this;
    }

    /** A table under its title and a 单位：万元 line. */
    Disclosures table(String title, List<List<String>> rows) {
        text(title, "单位：万元");
        List<List<Cell>> cells = rows.stream().map(r -> r.stream().map(Cell::new).toList()).toList();
        blocks.add(new Table(cells, new Location(1, blocks.size() + 1)));
        return this;
    }

    Disclosure build() {
        List<Block> all = new ArrayList<>(blocks);
        if (blocks.stream().noneMatch(b -> b.text().startsWith("第三部分"))) {
            all.add(new Paragraph("第三部分 机关运行经费安排情况", new Location(1, all.size() + 1)));
        }
        DocumentStructure structure = new StructureParser().parse(all);
        DocumentData data = new DataExtractor().extract(all, structure, "某局", "2026");
        return new Disclosure("test", identity, structure, all, data);
    }
}

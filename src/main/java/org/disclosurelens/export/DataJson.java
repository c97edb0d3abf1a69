package org.disclosurelens.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.disclosurelens.data.DocumentData;
import org.disclosurelens.data.Headline;
import org.disclosurelens.figure.Amount;
import org.disclosurelens.figure.ProseFigure;
import org.disclosurelens.model.Location;
import org.disclosurelens.table.AssetTable;
import org.disclosurelens.table.BudgetLine;
import org.disclosurelens.table.BudgetTable;
import org.disclosurelens.table.Indicator;
import org.disclosurelens.table.LocatedTable;
import org.disclosurelens.table.OrganisationTable;
import org.disclosurelens.table.PlanEntry;
import org.disclosurelens.table.Project;
import org.disclosurelens.table.ProjectTable;
import org.disclosurelens.table.TableData;
import org.disclosurelens.table.ThreePublicRow;
import org.disclosurelens.table.ThreePublicTable;

/**
 * The "data" object of the JSON export: headline totals, prose figures and what was read from
 * each table, with the values and names of the CSVs. Written compactly, since the corpus step
 * reads every JSON file: an amount is {@code [value, unit, written]} (value in 万元, or the
 * percentage when the unit is %), a location {@code [page, line]} (page 0 without pages), and
 * rows of many values are arrays whose fields a {@code *_fields} entry names once.
 */
final class DataJson {

    static final List<String> INDICATOR_FIELDS = List.of("level1", "level2", "level3", "description", "value", "basis", "location");
    static final List<String> LINE_FIELDS = List.of("row", "code", "name", "amounts", "location");

    private DataJson() {
    }

    static Map<String, Object> tree(DocumentData d) {
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, Object> headline = new LinkedHashMap<>();
        for (Headline.Total t : Headline.Total.values()) {
            headline.put(t.column(), d.headline().get(t).map(Amount::wanText).orElse(null));
        }
        m.put("headline", headline);
        m.put("figure_fields", List.of("part", "label_path", "label", "amount", "direction", "base", "location"));
        m.put("figures", d.figures().stream().map(DataJson::figure).toList());
        m.put("tables", d.tables().stream().map(t -> table(t, d.recognised(t.index()))).toList());
        return m;
    }

    private static List<Object> figure(ProseFigure f) {
        return list(f.part() == null ? null : f.part().number(), f.path(), f.label(), amount(Optional.of(f.amount())),
                f.direction().label(), f.base(), location(f.location()));
    }

    private static Map<String, Object> table(LocatedTable t, Optional<TableData> data) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("table", t.index());
        m.put("block", t.block());
        m.put("title", t.title());
        m.put("unit", t.unit().map(u -> u.written()).orElse(null));
        m.put("part", t.part() == null ? null : t.part().number());
        m.put("kind", data.map(x -> x.kind().label()).orElse(t.titleKind().label()));
        m.put("read", data.isPresent());
        m.put("location", location(t.location()));
        data.ifPresent(x -> read(x, m));
        return m;
    }

    private static void read(TableData data, Map<String, Object> m) {
        if (data instanceof BudgetTable b) {
            m.put("headers", b.headers());
            m.put("line_fields", LINE_FIELDS);
            m.put("lines", b.lines().stream().map(DataJson::line).toList());
        } else if (data instanceof ThreePublicTable t) {
            m.put("row_fields", List.of("item", "label", "previous_header", "previous", "current_header", "current",
                    "change", "reason", "location"));
            m.put("rows", t.rows().stream().map(DataJson::threePublic).toList());
        } else if (data instanceof ProjectTable p) {
            m.put("project", project(p.project()));
        } else if (data instanceof AssetTable a) {
            m.put("row_fields", List.of("item", "quantity", "value", "location"));
            m.put("rows", a.rows().stream().map(r -> list(r.item(), r.quantity(), amount(r.value()), location(r.location()))).toList());
        } else {
            m.put("row_fields", List.of("name", "nature", "grade", "funding", "location"));
            m.put("rows", ((OrganisationTable) data).units().stream()
                    .map(u -> list(u.name(), u.nature(), u.grade(), u.funding(), location(u.location()))).toList());
        }
    }

    private static List<Object> line(BudgetLine l) {
        List<Object> amounts = new ArrayList<>();
        l.amounts().forEach(a -> amounts.add(list(a.header(), a.amount().wanText(), a.amount().text())));
        return list(l.row(), l.code().map(c -> c.code()).orElse(null), l.name(), amounts, location(l.location()));
    }

    private static List<Object> threePublic(ThreePublicRow r) {
        return list(r.item().label(), r.label(), r.previousHeader(), amount(r.previous()), r.currentHeader(),
                amount(r.current()), amount(r.change()), r.reason(), location(r.location()));
    }

    private static Map<String, Object> project(Project p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", p.code());
        m.put("name", p.name());
        m.put("unit_name", p.unitName());
        m.put("budget", amount(p.budget()));
        m.put("fiscal", amount(p.fiscal()));
        m.put("other", amount(p.other()));
        m.put("purpose", p.purpose());
        m.put("goals", p.goals());
        m.put("plan_fields", List.of("period", "amount", "text", "location"));
        m.put("plan", p.plan().stream().map(DataJson::plan).toList());
        m.put("indicator_fields", INDICATOR_FIELDS);
        m.put("indicators", p.indicators().stream().map(DataJson::indicator).toList());
        return m;
    }

    private static List<Object> plan(PlanEntry e) {
        return list(e.period(), amount(e.amount()), e.text(), location(e.location()));
    }

    private static List<Object> indicator(Indicator i) {
        return list(i.level1(), i.level2(), i.level3(), i.description(), i.value(), i.basis(), location(i.location()));
    }

    /** [value, unit, written]: the value in 万元, or the percentage for %. */
    private static List<Object> amount(Optional<Amount> a) {
        if (a.isEmpty()) {
            return null;
        }
        Amount x = a.get();
        return list(x.unit().money() ? x.wanText() : x.percentText(), x.unit().written(), x.text());
    }

    private static List<Object> location(Location l) {
        return list(l.page(), l.line());
    }

    /** A list that may hold nulls (List.of may not). */
    private static List<Object> list(Object... values) {
        List<Object> out = new ArrayList<>(values.length);
        for (Object v : values) {
            out.add(v);
        }
        return out;
    }
}

package org.disclosurelens.export;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.disclosurelens.data.DocumentData;
import org.disclosurelens.data.Headline;
import org.disclosurelens.figure.Amount;
import org.disclosurelens.figure.ProseFigure;
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
 * each table, with the same values and names as the CSVs. Amounts are {wan, unit, written}.
 */
final class DataJson {

    private DataJson() {
    }

    static Map<String, Object> tree(DocumentData d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("headline", headline(d.headline()));
        m.put("figures", d.figures().stream().map(DataJson::figure).toList());
        m.put("tables", d.tables().stream().map(t -> table(t, d.recognised(t.index()))).toList());
        return m;
    }

    private static Map<String, Object> headline(Headline h) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Headline.Total t : Headline.Total.values()) {
            m.put(t.column(), h.get(t).map(Amount::wanText).orElse(null));
        }
        return m;
    }

    private static Map<String, Object> figure(ProseFigure f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("part", f.part() == null ? null : f.part().number());
        m.put("label_path", f.labelPath());
        m.put("label", f.label());
        m.put("amount", amount(Optional.of(f.amount())));
        m.put("direction", f.direction().label());
        m.put("base", f.base());
        m.put("location", JsonExport.location(f.location()));
        return m;
    }

    private static Map<String, Object> table(LocatedTable t, Optional<TableData> data) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("table", t.index());
        m.put("block", t.block());
        m.put("title", t.title());
        m.put("unit", t.unit().map(u -> u.written()).orElse(null));
        m.put("part", t.part() == null ? null : t.part().number());
        m.put("kind", data.map(x -> x.kind().label()).orElse(null));
        m.put("location", JsonExport.location(t.location()));
        data.ifPresent(x -> m.put("read", read(x)));
        return m;
    }

    private static Object read(TableData data) {
        if (data instanceof BudgetTable b) {
            return row("headers", b.headers(), "lines", b.lines().stream().map(DataJson::line).toList());
        }
        if (data instanceof ThreePublicTable t) {
            return t.rows().stream().map(DataJson::threePublic).toList();
        }
        if (data instanceof ProjectTable p) {
            return project(p.project());
        }
        if (data instanceof AssetTable a) {
            return a.rows().stream().map(r -> row("item", r.item(), "quantity", r.quantity(),
                    "value", amount(r.value()), "location", JsonExport.location(r.location()))).toList();
        }
        OrganisationTable o = (OrganisationTable) data;
        return o.units().stream().map(u -> row("name", u.name(), "nature", u.nature(),
                "grade", u.grade(), "funding", u.funding(), "location", JsonExport.location(u.location()))).toList();
    }

    private static Map<String, Object> line(BudgetLine l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("row", l.row());
        m.put("code", l.code().map(c -> c.code()).orElse(null));
        m.put("lei_name", l.leiName());
        m.put("kuan_name", l.kuanName());
        m.put("xiang_name", l.xiangName());
        m.put("name", l.name());
        m.put("amounts", l.amounts().stream().map(a -> row("column", a.header(), "amount", amount(Optional.of(a.amount())))).toList());
        m.put("location", JsonExport.location(l.location()));
        return m;
    }

    private static Map<String, Object> threePublic(ThreePublicRow r) {
        return row("item", r.item().label(), "label", r.label(), "previous_header", r.previousHeader(),
                "previous", amount(r.previous()), "current_header", r.currentHeader(), "current", amount(r.current()),
                "change", amount(r.change()), "reason", r.reason(), "location", JsonExport.location(r.location()));
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
        m.put("plan", p.plan().stream().map(DataJson::plan).toList());
        m.put("indicators", p.indicators().stream().map(DataJson::indicator).toList());
        return m;
    }

    private static Map<String, Object> plan(PlanEntry e) {
        return row("period", e.period(), "amount", amount(e.amount()), "text", e.text(), "location", JsonExport.location(e.location()));
    }

    private static Map<String, Object> indicator(Indicator i) {
        return row("level1", i.level1(), "level2", i.level2(), "level3", i.level3(), "description", i.description(),
                "value", i.value(), "basis", i.basis(), "location", JsonExport.location(i.location()));
    }

    private static Map<String, Object> amount(Optional<Amount> a) {
        if (a.isEmpty()) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("wan", a.get().wanText().isEmpty() ? null : a.get().wanText());
        m.put("percent", a.get().percentText().isEmpty() ? null : a.get().percentText());
        m.put("unit", a.get().unit().written());
        m.put("written", a.get().text());
        return m;
    }


    /** An ordered map from alternating keys and values. */
    private static Map<String, Object> row(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }
}

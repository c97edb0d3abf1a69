package org.disclosurelens.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.disclosurelens.check.DepartmentKinds;
import org.disclosurelens.check.Severity;
import org.disclosurelens.data.Headline;
import org.disclosurelens.data.Headline.Total;
import org.disclosurelens.figure.Amount;
import org.disclosurelens.identify.DocumentIdentity;
import org.disclosurelens.identify.IssuerName;
import org.disclosurelens.model.Location;
import org.disclosurelens.pipeline.DocumentResult;
import org.disclosurelens.table.Indicator;
import org.disclosurelens.table.Project;
import org.disclosurelens.table.ThreePublicItem;
import org.disclosurelens.table.ThreePublicRow;
import org.disclosurelens.table.ThreePublicTable;

/**
 * panel.csv: the figures researchers compare across counties, departments and years, long and
 * tidy: one row per disclosure and measure, each row carrying who issued it, where and for which
 * year, so that a panel is one read and one pivot away (docs/csv-schema.md, with the one-line
 * imports for pandas, R and Stata). Files that are not disclosures get no rows.
 */
public final class PanelCsv extends ItemsCsv<PanelCsv.Measure, PanelCsv.Column> {

    /** The file's name in an output folder. */
    public static final String FILE = "panel.csv";

    /** The columns after document_id and path; each header is the constant's name in lower case. */
    public enum Column {
        ISSUER, DEPARTMENT_KIND, PROVINCE, CITY, COUNTY, DIVISION_CODE, YEAR, KIND, SCOPE, MEASURE, MEASURE_ZH, VALUE, UNIT,
        SOURCE, PAGE, LINE
    }

    /** One measure of a document: its value as written in the CSV, its unit, where it comes from and where it is. */
    public record Measure(String name, String nameZh, String value, String unit, String source, Location location) {
    }

    private static final int SHARE_DIGITS = 4;

    public PanelCsv() {
        super(FILE, Column.class);
    }

    @Override
    String value(Column column, DocumentResult r, Measure m) {
        DocumentIdentity id = r.identity();
        return switch (column) {
            case ISSUER -> id.issuer();
            case DEPARTMENT_KIND -> DepartmentKinds.kindOf(IssuerName.normalForm(id.unit()));
            case PROVINCE -> id.province();
            case CITY -> id.city();
            case COUNTY -> id.county();
            case DIVISION_CODE -> id.divisionCode();
            case YEAR -> id.year();
            case KIND -> id.kind();
            case SCOPE -> id.scope();
            case MEASURE -> m.name();
            case MEASURE_ZH -> m.nameZh();
            case VALUE -> m.value();
            case UNIT -> m.unit();
            case SOURCE -> m.source();
            case PAGE -> CsvValues.page(m.location());
            case LINE -> m.location().equals(Location.UNKNOWN) ? "" : CsvValues.line(m.location());
        };
    }

    @Override
    List<Measure> items(DocumentResult r) {
        if (r.document() == null || !r.identity().type().disclosure()) {
            return List.of();
        }
        List<Measure> out = new ArrayList<>();
        Headline h = r.data().headline();
        for (Total t : Total.values()) {
            h.get(t).flatMap(Amount::wan).ifPresent(v -> out.add(new Measure(t.column().replace("_wan", ""), zh(t), plain(v), "万元",
                    h.source(t), Location.UNKNOWN)));
        }
        r.data().threePublic().stream().findFirst().ifPresent(t -> threePublic(t, out));
        List<Project> projects = r.data().projects();
        if (!projects.isEmpty()) {
            out.add(count("projects", "绩效目标表项目数", projects.size()));
            List<BigDecimal> budgets = projects.stream().map(p -> p.budget().flatMap(Amount::wan)).flatMap(Optional::stream).toList();
            if (!budgets.isEmpty()) {
                out.add(new Measure("projects_budget", "绩效目标表项目预算数合计", plain(budgets.stream().reduce(BigDecimal.ZERO, BigDecimal::add)),
                        "万元", "computed", Location.UNKNOWN));
            }
            List<Indicator> indicators = projects.stream().flatMap(p -> p.indicators().stream()).toList();
            out.add(count("indicators", "绩效指标数", indicators.size()));
            if (!indicators.isEmpty()) {
                long placeholders = indicators.stream().filter(PanelCsv::placeholder).count();
                out.add(share("placeholder_indicator_share", "指标描述或指标值为0或空的指标占比", BigDecimal.valueOf(placeholders),
                        BigDecimal.valueOf(indicators.size())));
            }
        }
        String completeness = DocumentsCsv.Column.COMPLETENESS.value(r);
        if (!completeness.isEmpty()) {
            out.add(new Measure("completeness", "公开完整度", completeness, "%", "computed", Location.UNKNOWN));
        }
        for (Severity s : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
            out.add(count("flags_" + s.label(), "问题数（" + s.label() + "）", r.findings().stream().filter(f -> f.severity() == s).count()));
        }
        ratio(out, h, Total.THREE_PUBLIC, Total.EXPENDITURE, "three_public_share", "“三公”经费占支出比例");
        ratio(out, h, Total.PROJECT, Total.EXPENDITURE, "project_share", "项目支出占支出比例");
        ratio(out, h, Total.PERSONNEL, Total.BASIC, "personnel_share_of_basic", "人员经费占基本支出比例");
        return out;
    }

    /** This year's amount of each item of the document's first 三公 table, where it is printed. */
    private static void threePublic(ThreePublicTable t, List<Measure> out) {
        for (ThreePublicRow row : t.rows()) {
            if (row.item() == ThreePublicItem.TOTAL) {
                continue; // the headline's three_public
            }
            row.current().flatMap(Amount::wan).ifPresent(v -> out.add(new Measure("three_public_" + row.item().label(),
                    row.item().title(), plain(v), "万元", "table", row.location())));
        }
    }

    private static boolean placeholder(Indicator i) {
        String d = i.description().strip();
        String v = i.value().strip();
        return d.isEmpty() || d.equals("0") || v.isEmpty() || v.equals("0");
    }

    private static Measure count(String name, String zh, long n) {
        return new Measure(name, zh, Long.toString(n), "count", "computed", Location.UNKNOWN);
    }

    private static void ratio(List<Measure> out, Headline h, Total part, Total whole, String name, String zh) {
        Optional<BigDecimal> p = h.get(part).flatMap(Amount::wan);
        Optional<BigDecimal> w = h.get(whole).flatMap(Amount::wan);
        if (p.isPresent() && w.isPresent() && w.get().signum() > 0) {
            out.add(share(name, zh, p.get(), w.get()));
        }
    }

    /** {@code part / whole} as a fraction to four decimals (0.0123); computed. */
    private static Measure share(String name, String zh, BigDecimal part, BigDecimal whole) {
        return new Measure(name, zh, plain(part.divide(whole, SHARE_DIGITS, RoundingMode.HALF_UP)), "share", "computed",
                Location.UNKNOWN);
    }

    private static String plain(BigDecimal v) {
        return Amount.plain(v);
    }

    private static String zh(Total t) {
        return switch (t) {
            case INCOME -> "收入总计";
            case EXPENDITURE -> "支出总计";
            case BASIC -> "基本支出";
            case PERSONNEL -> "人员经费";
            case PUBLIC_FUNDS -> "公用经费";
            case PROJECT -> "项目支出";
            case THREE_PUBLIC -> "“三公”经费";
            case OPERATING_COST -> "机关运行经费";
            case FIXED_ASSETS -> "固定资产";
        };
    }
}

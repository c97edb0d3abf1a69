package org.disclosurelens.generate;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.disclosurelens.structure.CanonicalPart;

/**
 * What the ground truth says about one generated document: its files, what {@code analyze} should
 * report (identity, layout, parts, top-level headings), the faults planted in it and, unless
 * details are off, every figure as printed. Amounts under {@code details} are in 元.
 *
 * @param parts the canonical parts (1-11) the document's headings were written to name
 * @param outline the top-level headings as written; for Shanghai, the number is the contents' number
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentTruth(String id, Map<String, String> files, Template template, String department,
        Identity identity, List<Integer> parts, List<Rendition.TopHeading> outline, Variation variation,
        String seriesOf, List<String> faults, Details details) {

    /** The identity documents.csv should report. */
    public record Identity(String unit, String year, String kind, String scope, String province, String city,
            String county, String divisionCode) {
    }

    /** The printed figures, in 元; see {@link Disclosure} for what adds up to what. */
    public record Details(Disclosure.Figures figures, List<Disclosure.Line> personnel, List<Disclosure.Project> projects,
            List<Disclosure.ThreePublicRow> threePublic, Disclosure.ThreePublicRow threePublicTotal,
            List<Disclosure.Line> operating, BigDecimal operatingTotal, List<Disclosure.AssetRow> assets,
            BigDecimal assetsTotal, Disclosure.Procurement procurement, List<BudgetTables.FunctionLine> functionLines) {
    }

    static DocumentTruth of(Disclosure d, Rendition r, Map<String, String> files, List<String> faults, boolean details) {
        var c = d.place().county();
        Identity identity = new Identity(d.unit(), Integer.toString(d.year()), d.template().kind(), d.scope(), c.province(), c.city(),
                c.name(), c.code());
        List<Integer> parts = r.parts().stream().map(CanonicalPart::number).sorted().toList();
        Details detail = !details ? null : new Details(d.figures(), d.personnelItems(), d.projects(), d.threePublic(),
                d.threePublicTotal(), d.operating(), d.operatingTotal(), d.assets(), d.assetsTotal(), d.procurement(),
                BudgetTables.functionLines(d));
        return new DocumentTruth(d.id(), files, d.template(), d.department().label(), identity, parts, r.outline(),
                d.variation(), d.seriesOf(), faults, detail);
    }
}

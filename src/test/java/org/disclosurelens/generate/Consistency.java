package org.disclosurelens.generate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.disclosurelens.generate.Disclosure.Figures;
import org.disclosurelens.generate.Disclosure.Line;
import org.disclosurelens.generate.Disclosure.Project;
import org.disclosurelens.generate.Disclosure.ThreePublicRow;

/**
 * Every relation a generated disclosure's figures should satisfy, checked from scratch: each
 * broken one is reported as "what: printed ≠ sum". A consistent disclosure has none; a
 * disclosure with faults has exactly one per planted arithmetic or plan fault.
 */
final class Consistency {

    private Consistency() {
    }

    static List<String> violations(Disclosure d) {
        List<String> v = new ArrayList<>();
        Figures f = d.figures();
        equal(v, "income", f.income(), f.incomeGeneral().add(f.incomeFund()).add(f.incomeOther()));
        equal(v, "income = expenditure", f.income(), f.expenditure());
        equal(v, "expenditure", f.expenditure(), BudgetTables.projectTotal(d).add(sum(d.personnelItems(), Line::amount))
                .add(sum(d.operating(), Line::amount)));
        equal(v, "basic", f.basic(), f.personnel().add(f.publicFunds()));
        equal(v, "personnel", f.personnel(), sum(d.personnelItems(), Line::amount));
        equal(v, "public funds", f.publicFunds(), sum(d.operating(), Line::amount));
        equal(v, "projects", f.projectTotal(), sum(d.projects(), Project::budget));
        equal(v, "other income", f.incomeOther(), sum(d.projects(), Project::other));
        equal(v, "operating", d.operatingTotal(), sum(d.operating(), Line::amount));
        equal(v, "three public last", d.threePublicTotal().last(), sum(d.threePublic(), ThreePublicRow::last));
        equal(v, "three public", d.threePublicTotal().current(), sum(d.threePublic(), ThreePublicRow::current));
        equal(v, "assets", d.assetsTotal(), sum(d.assets().stream().filter(a -> !a.within()).toList(), Disclosure.AssetRow::value));
        equal(v, "procurement", d.procurement().total(), d.procurement().goods().add(d.procurement().services()));
        equal(v, "goods", d.procurement().goods(), sum(d.projects().stream().filter(Project::buys).toList(), Project::budget));
        equal(v, "reception", item(d, "30217"), d.threePublic().get(3).current());
        equal(v, "car running", item(d, "30231"), d.threePublic().get(2).current());
        if (d.procurement().declaredNone() != (d.procurement().total().signum() == 0)) {
            v.add("procurement declared none: " + d.procurement().declaredNone() + " with total " + d.procurement().total());
        }
        for (Project p : d.projects()) {
            equal(v, "budget of " + p.code(), p.budget(), p.fiscal().add(p.other()));
            equal(v, "plan of " + p.code(), p.planTotal(), new BigDecimal("100.00"));
            if (!p.code().startsWith(d.place().county().code())) {
                v.add("code of " + p.name() + ": " + p.code() + " not in " + d.place().county().code());
            }
        }
        return v;
    }

    private static BigDecimal item(Disclosure d, String code) {
        return d.operating().stream().filter(l -> l.code().equals(code)).map(Line::amount).findFirst()
                .orElse(BigDecimal.ZERO.setScale(2));
    }

    private static void equal(List<String> v, String what, BigDecimal printed, BigDecimal sum) {
        if (printed.compareTo(sum) != 0) {
            v.add(what + ": " + printed.toPlainString() + " ≠ " + sum.toPlainString());
        }
    }

    private static <T> BigDecimal sum(List<T> items, Function<T, BigDecimal> amount) {
        return items.stream().map(amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}

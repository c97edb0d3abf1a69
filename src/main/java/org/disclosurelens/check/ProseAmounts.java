package org.disclosurelens.check;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurelens.figure.Amount;
import org.disclosurelens.figure.Direction;
import org.disclosurelens.figure.ProseFigure;

/**
 * The amounts a document's prose states for its own year, as the rules that compare prose with
 * prose or with tables read them ({@link Disclosure#prose()}): a plain amount, not a change, a
 * percentage or a comparison, and not labelled with another year.
 */
public final class ProseAmounts {

    private static final Pattern YEAR = Pattern.compile("(20\\d{2})\\s*年");
    private static final Pattern LAST_YEAR = Pattern.compile("去年|上一?年度?(预算|执行|决算|同期)");

    private final Disclosure document;

    ProseAmounts(Disclosure document) {
        this.document = document;
    }

    /**
     * Whether {@code f} is a plain amount of the document's year ("2016年度部门支出预算安排为8,648.07万元"
     * in a 2017 document is not).
     */
    public boolean current(ProseFigure f) {
        Amount a = f.amount();
        if (a == null || !a.unit().money() || f.direction() != Direction.NONE || !f.base().isEmpty()) {
            return false;
        }
        if (LAST_YEAR.matcher(f.label()).find()) {
            return false;
        }
        String year = document.identity().year();
        Matcher m = YEAR.matcher(f.label());
        while (m.find()) {
            if (!year.isEmpty() && !m.group(1).equals(year)) {
                return false;
            }
        }
        return true;
    }

    /** The first plain amount of the document's year stated for each label path (支出/基本支出 → 71.53万元). */
    public Map<String, ProseFigure> first() {
        Map<String, ProseFigure> first = new LinkedHashMap<>();
        for (ProseFigure f : document.data().figures()) {
            if (current(f)) {
                first.putIfAbsent(f.path(), f);
            }
        }
        return first;
    }
}

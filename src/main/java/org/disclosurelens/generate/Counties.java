package org.disclosurelens.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.disclosurelens.identify.Divisions;

/**
 * The county-level divisions of the GB/T 2260 list that disclosures are generated for: counties,
 * districts, county-level cities and banners, in code order so that a seed always picks the same.
 * Oddities of the list (群岛, 管委会, development zones, two-character names such as 城区 or 郊区)
 * are left out.
 */
final class Counties {

    /** Development and pilot zones have codes in the list but publish as parts of their host county. */
    private static final java.util.regex.Pattern NOT_COUNTIES = java.util.regex.Pattern.compile("开发区|管理区|园区|示范区|实验区|合作区|高新");

    private final List<Divisions.Division> all;

    private Counties(List<Divisions.Division> all) {
        this.all = List.copyOf(all);
    }

    static Counties load() {
        Divisions divisions = Divisions.get();
        List<Divisions.Division> found = new ArrayList<>();
        for (String name : divisions.names()) {
            for (Divisions.Division d : divisions.named(name)) {
                if (d.level() == Divisions.Level.COUNTY && name.length() >= 3 && name.matches(".+[县区市旗]") && !NOT_COUNTIES.matcher(name).find()
                        && !d.province().isEmpty()) {
                    found.add(d);
                }
            }
        }
        found.sort(Comparator.comparing(Divisions.Division::code));
        return new Counties(found);
    }

    /** The divisions whose code starts with {@code prefix} ("" for all, "31" for Shanghai). */
    List<Divisions.Division> under(String prefix) {
        return all.stream().filter(d -> d.code().startsWith(prefix)).toList();
    }

    /** True when another division of the list has the same name (普陀区, 鼓楼区). */
    static boolean ambiguous(Divisions.Division county) {
        return Divisions.get().named(county.name()).size() > 1;
    }
}

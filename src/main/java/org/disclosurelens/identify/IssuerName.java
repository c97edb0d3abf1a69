package org.disclosurelens.identify;

import java.util.List;
import java.util.regex.Pattern;
import org.disclosurelens.text.Normalizer;

/**
 * One normal form of an issuer's name, so that the ways one unit is written are one issuer:
 * 中国共产党X省委员会办公厅, 中共X省委办公厅 and X省委办公厅; X市人民政府办公厅 and X市政府办公厅;
 * X省人民代表大会常务委员会办公厅 and X省人大常委会办公厅; 中国人民政治协商会议X委员会 and 政协X委员会;
 * and a unit's own budget (X局（本级）) with its department (X局). The forms are the official
 * abbreviations of these bodies' names, not guesses: the rest of the name is kept as written
 * (widths, brackets and spaces folded).
 */
public final class IssuerName {

    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern OWN_LEVEL = Pattern.compile("[(（]本级[)）]$");
    /** 中国共产党X委员会… → 中共X委…; 中国共产党X省委… → 中共X省委… */
    private static final Pattern PARTY_COMMITTEE = Pattern.compile("^中国共产党(.+?(?:省|市|县|区|自治区|自治州|州|盟|旗))委员会");
    /** X省委办公厅 (a party committee written without 中共) → 中共X省委办公厅. */
    private static final Pattern BARE_PARTY = Pattern.compile("^(?!中共)(\\p{IsHan}{2,12}?(?:省|市|县|区|自治区|自治州|州|盟|旗))委(?![员会])");

    private IssuerName() {
    }

    public static String normalForm(String unit) {
        if (unit == null || unit.isBlank()) {
            return "";
        }
        String n = SPACE.matcher(Normalizer.normalize(unit)).replaceAll("").replace('(', '（').replace(')', '）');
        n = OWN_LEVEL.matcher(n).replaceAll("");
        n = PARTY_COMMITTEE.matcher(n).replaceAll("中共$1委");
        n = n.replace("中国共产党", "中共");
        n = BARE_PARTY.matcher(n).replaceAll("中共$1委");
        n = n.replace("人民代表大会常务委员会", "人大常委会").replace("中国人民政治协商会议", "政协");
        n = n.replace("人民政府", "政府");
        return n;
    }

    /**
     * The name from the unit's own level: a province's or city's name written before the name of
     * the city or county the unit belongs to is dropped (苏州市虎丘区司法局 and 江苏省苏州市虎丘区司法局
     * are 虎丘区司法局; 中共苏州市虎丘区委网信办 is 中共虎丘区委网信办), since the division says where it
     * is. A unit of the province or city itself keeps its name (苏州市财政局).
     *
     * @param name a name in normal form ({@link #normalForm(String)})
     */
    public static String ownLevel(String name, String province, String city, String county) {
        if (name.isEmpty()) {
            return name;
        }
        String party = name.startsWith("中共") ? "中共" : "";
        String n = name.substring(party.length());
        List<String> counties = forms(county);
        List<String> below = new java.util.ArrayList<>(forms(city));
        below.addAll(counties);
        n = dropBefore(n, forms(province), below);
        n = dropBefore(n, forms(city), counties);
        return party + n;
    }

    /** {@code n} without a leading name of {@code above} when one of {@code below} follows it. */
    private static String dropBefore(String n, List<String> above, List<String> below) {
        for (String a : above) {
            if (n.startsWith(a) && below.stream().anyMatch(b -> n.startsWith(b, a.length()) && n.length() > a.length() + b.length())) {
                return n.substring(a.length());
            }
        }
        return n;
    }

    /** A place's name as written, and without its 省/市 (江苏省, 江苏), longest first; none for "". */
    private static List<String> forms(String place) {
        String p = place == null ? "" : place.strip();
        if (p.length() < 2) {
            return List.of();
        }
        return p.length() >= 3 && (p.endsWith("省") || p.endsWith("市")) ? List.of(p, p.substring(0, p.length() - 1)) : List.of(p);
    }
}

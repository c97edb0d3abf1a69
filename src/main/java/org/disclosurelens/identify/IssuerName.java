package org.disclosurelens.identify;

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
}

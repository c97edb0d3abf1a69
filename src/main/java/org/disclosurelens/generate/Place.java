package org.disclosurelens.generate;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurelens.identify.Divisions;

/**
 * The county-level division a disclosure is issued in, and the words its text uses for it:
 * 全县 or 全区, 本县, 县委. {@code cityInName} puts the city before the county in the unit's name
 * (南京市鼓楼区统计局), as real units do and as they must when the county's name is not unique.
 */
public record Place(Divisions.Division county, boolean cityInName) {

    private static final Pattern NUMBER = Pattern.compile("\\{n:(\\d+)-(\\d+)\\}");

    /** 县, 区, 市 or 旗: the last character of the county's name. */
    public String seat() {
        return county.name().substring(county.name().length() - 1);
    }

    /** The county's name as the unit's name carries it: 涞源县, or 保定市涞源县. */
    public String prefix() {
        boolean city = cityInName && !county.city().isEmpty();
        return (city ? county.city() : "") + county.name();
    }

    /**
     * Fills a catalog template: {county}, {seat}, {all} (全县), {here} (本县), {short} and
     * {n:a-b}, a whole number drawn from a to b.
     */
    public String fill(String template, String shortName, Random random) {
        String text = template.replace("{county}", prefix()).replace("{all}", "全" + seat())
                .replace("{here}", "本" + seat()).replace("{seat}", seat()).replace("{short}", shortName);
        Matcher m = NUMBER.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            int from = Integer.parseInt(m.group(1));
            int to = Integer.parseInt(m.group(2));
            m.appendReplacement(sb, Integer.toString(from + random.nextInt(to - from + 1)));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}

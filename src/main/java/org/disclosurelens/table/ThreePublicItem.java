package org.disclosurelens.table;

import java.util.Optional;
import java.util.regex.Pattern;
import org.disclosurelens.text.Normalizer;

/** The items of a “三公” table, recognised from the labels tables use for them. */
public enum ThreePublicItem {
    OUTBOUND("outbound", "因公出国（境）费", "出国|出境"),
    VEHICLE("vehicle", "公务用车购置及运行费", "车.*购置.*运行|车.*运行.*购置|^购置及运行"),
    VEHICLE_PURCHASE("vehicle_purchase", "公务用车购置费", "车.*购置(?!.*运行)|^购置费$"),
    VEHICLE_OPERATION("vehicle_operation", "公务用车运行费", "车.*运行(?!.*购置)|^运行(维护)?费$"),
    RECEPTION("reception", "公务接待费", "接待"),
    OPERATING_COST("operating_cost", "机关运行经费", "机关运行"),
    MEETING("meeting", "会议费", "会议"),
    TRAINING("training", "培训费", "培训"),
    /** The 三公 total. */
    TOTAL("total", "合计", "^(合计|总计|小计|三公经费(合计|小计)?)$"),
    /** A total that also counts 会议费 and 培训费 (Jiangsu's 公开表九). */
    TOTAL_WITH_MEETINGS("total_with_meetings", "合计（含会议费、培训费）", "(?!)");

    private final String label;
    private final String title;
    private final Pattern pattern;

    ThreePublicItem(String label, String title, String pattern) {
        this.label = label;
        this.title = title;
        this.pattern = Pattern.compile(pattern);
    }

    public String label() {
        return label;
    }

    /** The standard name of the item. */
    public String title() {
        return title;
    }

    /** The item a label names: "公务用车运行经费" is VEHICLE_OPERATION. */
    public static Optional<ThreePublicItem> of(String text) {
        String t = Normalizer.normalize(text).replaceAll("[\\s\"“”]", "").replaceAll("^[一二三四五六七八九十\\d]+[、.)）]|^[(（][一二三四五六七八九十\\d]+[)）]", "");
        for (ThreePublicItem item : values()) {
            if (item.pattern.matcher(t).find()) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }
}

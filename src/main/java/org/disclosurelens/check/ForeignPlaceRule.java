package org.disclosurelens.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosurelens.identify.Divisions;
import org.disclosurelens.identify.DocumentIdentity;
import org.disclosurelens.identify.PlaceMentions;

/**
 * PLACE-FOREIGN: the text names a province, city or county other than the issuer's — a sign of
 * text copied from another region's disclosure (湖南省委"九条规定" in a Hebei county's file). The
 * issuer's own county, city and province are not flagged, nor any place when the issuer's
 * province is unknown. A warning when the place is named as an authority (湖南省委, 阜平县人民政府,
 * 某市财政局: a seat of power the issuer answers to, in its own text) or when another county is
 * named at all; otherwise only worth knowing, since provinces and cities are named for many
 * reasons — a partner or a route (深化与上海港合作, 加密至北京航班), a strategy (融入上海（长三角）
 * 国际科技创新中心), an institution's name (北京西藏中学, 新疆生产建设兵团) — and so is a place
 * visited, aided or learnt from (赴山西视察, 对口支援新疆, 学习浙江经验).
 */
final class ForeignPlaceRule extends BaseRule {

    /** Words before a place that make its mention legitimate: a visit, aid, a lesson learnt. */
    private static final java.util.regex.Pattern VISIT = java.util.regex.Pattern.compile("赴|前往|到|至|对口|援助|支援|帮扶|学习|考察|合作|协作|对接|驻");
    /** Words right after a place that name an authority of it: its party committee, government, congress or a department. */
    private static final java.util.regex.Pattern AUTHORITY = java.util.regex.Pattern.compile(
            "^(省|市|县|区|州|盟|旗|自治区|自治州|自治县)?(委|党委|人民政府|政府|人大|政协|纪委|监委|[\\p{IsHan}]{0,8}?(局|厅|委员会|办公室))");

    ForeignPlaceRule() {
        super(RuleId.PLACE_FOREIGN);
    }

    @Override
    public List<Finding> check(Disclosure d) {
        DocumentIdentity issuer = d.identity();
        if (issuer.province().isEmpty()) {
            return List.of();
        }
        Map<String, Finding> first = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int b = 0; b < d.blocks().size(); b++) {
            String text = d.blocks().get(b).text();
            for (Place place : places(PlaceMentions.get().find(text, c -> ours(c, issuer)))) {
                counts.merge(place.name, 1, Integer::sum);
                if (!first.containsKey(place.name)) {
                    first.put(place.name, found(d, b, text, place, issuer));
                }
            }
        }
        List<Finding> findings = new ArrayList<>();
        first.forEach((name, f) -> findings.add(counts.get(name) == 1 ? f : f.withMessages(
                f.messageZh() + "（共" + counts.get(name) + "处）", f.messageEn() + " (" + counts.get(name) + " times)")));
        return findings;
    }

    private Finding found(Disclosure d, int block, String text, Place mention, DocumentIdentity issuer) {
        Divisions.Division place = mention.candidates.get(0);
        String name = mention.name;
        boolean otherProvince = mention.candidates.stream().noneMatch(c -> c.province().equals(issuer.province()));
        String where = place.province() + ("".equals(place.city()) || place.city().equals(place.province()) ? "" : place.city())
                + (place.level() == Divisions.Level.COUNTY ? place.name() : "");
        String zh = "文中出现" + (otherProvince ? "外省" : "本省其他地区") + "地名“" + name + "”（" + where + "），与发布单位所在地"
                + issuer.province() + issuer.city() + issuer.county() + "不符";
        String en = "names " + name + " (" + where + "), " + (otherProvince ? "another province" : "another place in the province")
                + " than the issuer's " + issuer.province() + issuer.city() + issuer.county();
        Finding f = finding(d, block, Evidence.sentence(text, mention.offset), zh, en);
        boolean county = mention.candidates.stream().allMatch(c -> c.level() == Divisions.Level.COUNTY);
        String before = text.substring(Math.max(0, mention.offset - 4), mention.offset);
        boolean visit = VISIT.matcher(before).find();
        String after = text.substring(Math.min(text.length(), mention.offset + name.length()));
        boolean authority = AUTHORITY.matcher(after).find();
        return (authority || county) && !visit ? f : f.withSeverity(Severity.INFO);
    }

    /** The issuer's own county, its city, its province, or a place that contains the issuer. */
    static boolean ours(Divisions.Division place, DocumentIdentity issuer) {
        if (!place.province().equals(issuer.province())) {
            return false;
        }
        return switch (place.level()) {
            case PROVINCE -> true;
            case CITY -> issuer.city().isEmpty() || place.name().equals(issuer.city());
            case COUNTY -> issuer.county().isEmpty() ? issuer.city().isEmpty() || place.city().equals(issuer.city())
                    : place.code().equals(issuer.divisionCode());
        };
    }

    /** One name in the text with every division it may stand for. */
    private record Place(String name, int offset, List<Divisions.Division> candidates) {
    }

    private static List<Place> places(List<PlaceMentions.Mention> mentions) {
        Map<Integer, Place> byOffset = new LinkedHashMap<>();
        for (PlaceMentions.Mention m : mentions) {
            byOffset.computeIfAbsent(m.offset(), k -> new Place(m.name(), m.offset(), new ArrayList<>()))
                    .candidates.add(m.division());
        }
        return List.copyOf(byOffset.values());
    }
}

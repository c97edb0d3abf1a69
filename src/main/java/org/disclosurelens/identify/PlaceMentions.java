package org.disclosurelens.identify;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Finds the provinces, cities and counties a text names, by full name (湖南省, 保定市, 涞源县) or
 * by the short name of a province or city (湖南, 保定). A quick scan against the division names
 * (HanLP's Aho-Corasick trie, one pass over the text) picks the texts worth segmenting; HanLP's
 * segmenter with place recognition then decides whether the name is a word there, so 新建 in
 * 新建工程 is not 新建区 and 城区 in 老城区 is not a county. HanLP knows under half of the county
 * names, so all of them are added to its dictionary. Segmenting is most of the cost, so a caller
 * that ignores some places (a document's own county, city and province) says so, and a text that
 * names only those is not segmented at all.
 */
public final class PlaceMentions {

    /** A place named in a text: the division, the name as written, and where it starts. */
    public record Mention(Divisions.Division division, String name, int offset) {
    }

    private static final Pattern SUFFIX = Pattern.compile(
            "(省|市|特别行政区|壮族自治区|回族自治区|维吾尔自治区|自治区|地区|盟|自治州|[\\p{IsHan}]{2,6}族自治州)$");
    /** County names that are everyday words too (an old town, a mining area): places only with 委, 政府 …. */
    private static final java.util.Set<String> COMMON_WORDS = java.util.Set.of(
            "老城区", "新城区", "城关区", "市中区", "城中区", "城东区", "城西区", "城南区", "城北区", "郊区", "矿区", "城区", "东区", "西区");
    private static final Pattern PLACE_FOLLOWER = Pattern.compile("市|县|区|州|省|盟|旗|委|政府|人民|地区");
    private static final PlaceMentions INSTANCE = new PlaceMentions();

    private final Map<String, List<Divisions.Division>> names = new HashMap<>();
    private final AhoCorasickDoubleArrayTrie<List<Divisions.Division>> scan;
    /** HanLP segmenters keep state while segmenting; one per thread. */
    private final ThreadLocal<Segment> segment = ThreadLocal.withInitial(() -> HanLP.newSegment().enablePlaceRecognize(true).enableOffset(true));

    private PlaceMentions() {
        Divisions divisions = Divisions.get();
        for (String name : divisions.names()) {
            for (Divisions.Division d : divisions.named(name)) {
                add(name, d);
                String shortName = SUFFIX.matcher(name).replaceAll("");
                if (d.level() != Divisions.Level.COUNTY && shortName.length() >= 2 && !shortName.equals(name)) {
                    add(shortName, d);
                }
            }
        }
        // Only names HanLP does not know: for a word it knows (日照, 城区) its own judgement stays.
        names.keySet().stream().filter(n -> CoreDictionary.get(n) == null).forEach(n -> CustomDictionary.insert(n, "ns 1024"));
        scan = new AhoCorasickDoubleArrayTrie<>(new TreeMap<>(names));
    }

    public static PlaceMentions get() {
        return INSTANCE;
    }

    private void add(String name, Divisions.Division d) {
        names.computeIfAbsent(name, k -> new ArrayList<>()).add(d);
    }

    /** Every division named in {@code text}; a name several divisions share yields each of them. */
    public List<Mention> find(String text) {
        return find(text, d -> false);
    }

    /**
     * Every division named in {@code text} except names of which some division is {@code ignored}
     * (all the divisions of a name are then dropped: 朝阳 is ignored wherever one 朝阳 is ours).
     */
    public List<Mention> find(String text, Predicate<Divisions.Division> ignored) {
        if (!mayName(text, ignored)) {
            return List.of();
        }
        List<Mention> mentions = new ArrayList<>();
        for (Term term : segment.get().seg(text)) {
            List<Divisions.Division> ds = term.nature != null && term.nature.startsWith("ns") ? names.get(term.word) : null;
            if (ds == null || ds.stream().anyMatch(ignored)) {
                continue;
            }
            int end = Math.min(text.length(), term.offset + term.word.length());
            for (Divisions.Division d : ds) {
                if (plausible(d, term.word, text, end)) {
                    mentions.add(new Mention(d, term.word, term.offset));
                }
            }
        }
        return mentions;
    }

    /**
     * Provinces count by full or short name. Cities and counties count by a full name of three
     * characters or more, or by a short or two-character name followed by what follows a place
     * (市, 县, 委, 政府 …): 日照 and 城区 are words too.
     */
    private static boolean plausible(Divisions.Division d, String name, String text, int end) {
        if (d.level() == Divisions.Level.PROVINCE) {
            return true;
        }
        if (name.length() >= 3 && name.equals(d.name()) && !COMMON_WORDS.contains(name)) {
            return true;
        }
        return PLACE_FOLLOWER.matcher(text).region(end, text.length()).lookingAt();
    }

    /**
     * A cheap prefilter: does the text contain a division name, not ignored, where it would be
     * plausible as a place (成县 in 完成县级 is not)? Every word the segmenter could return as a
     * mention is such a substring, so a text without one has no mention and is not segmented.
     */
    private boolean mayName(String text, Predicate<Divisions.Division> ignored) {
        boolean[] found = {false};
        scan.parseText(text, (begin, end, ds) -> found[0] |= !found[0] && ds.stream().noneMatch(ignored)
                && ds.stream().anyMatch(d -> plausible(d, text.substring(begin, end), text, end)));
        return found[0];
    }
}

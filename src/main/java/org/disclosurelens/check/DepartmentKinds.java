package org.disclosurelens.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The lexicon of department kinds (resource department-kinds.txt): how to tell a kind from a
 * unit's name, and the terms characteristic of its work. Documented in docs/rules.md.
 */
public final class DepartmentKinds {

    /** A kind of department; {@code general} kinds (governments, congresses) span every field. */
    record Kind(String id, String name, Pattern unitName, List<String> terms, boolean general) {
    }

    private static final List<Kind> KINDS = load();
    /**
     * The kinds of the unit names asked before. Copy detection asks for the same few hundred names
     * again and again, twice a candidate pair and once a shared passage, and each answer runs every
     * kind's pattern: at 10,000 documents that was a tenth of the step's serial thread (JFR). The
     * answer depends on the name alone; past {@link #REMEMBERED} names the memory starts again.
     */
    private static final Map<String, List<Kind>> BY_UNIT = new ConcurrentHashMap<>();
    private static final int REMEMBERED = 50_000;

    private DepartmentKinds() {
    }

    static List<Kind> all() {
        return KINDS;
    }

    /** Every term of every kind, in the lexicon's order (for tests that keep other texts apart from it). */
    public static List<String> allTerms() {
        return KINDS.stream().flatMap(k -> k.terms().stream()).toList();
    }

    /**
     * Every kind whose unit-name pattern matches: a merged department (文化广电和旅游局) has the
     * kinds of all it merges. Specific kinds first, so 网信办 is not taken for an office (办) only.
     */
    static List<Kind> ofUnit(String unit) {
        List<Kind> known = BY_UNIT.get(unit);
        if (known != null) {
            return known;
        }
        List<Kind> kinds = KINDS.stream().filter(k -> k.unitName().matcher(unit).find()).toList();
        List<Kind> specific = kinds.stream().filter(k -> !k.general()).toList();
        List<Kind> found = specific.isEmpty() ? kinds : specific;
        if (BY_UNIT.size() >= REMEMBERED) {
            BY_UNIT.clear();
        }
        BY_UNIT.put(unit, found);
        return found;
    }

    /**
     * True when both units are departments of one specific kind (two 统计局, two 网信办): the kind of
     * pair that adapts one provincial model text. Unknown or general units (政府, 人大) never match.
     */
    public static boolean sameKind(String unitA, String unitB) {
        List<Kind> a = ofUnit(unitA).stream().filter(k -> !k.general()).toList();
        return !a.isEmpty() && ofUnit(unitB).stream().anyMatch(a::contains);
    }

    /**
     * True when the text names the unit's own field: its kind's name as units carry it
     * (网络安全和信息化 for a 网信办) or one of its kind's terms. Such a text is the unit's own subject.
     */
    public static boolean speaksOf(String unit, String text) {
        return ofUnit(unit).stream().filter(k -> !k.general())
                .anyMatch(k -> k.unitName().matcher(text).find() || k.terms().stream().anyMatch(text::contains));
    }

    /** The id of the unit's first specific kind ("statistics"); "" when it names none or only a general one. */
    public static String kindOf(String unit) {
        return ofUnit(unit).stream().filter(k -> !k.general()).map(Kind::id).findFirst().orElse("");
    }

    /**
     * True when both units are departments of a specific kind and of no kind in common (a 统计局 and
     * a 网信办): the duties of one are no model of the other's. Unknown or general units never are.
     */
    public static boolean otherKinds(String unitA, String unitB) {
        List<Kind> a = ofUnit(unitA).stream().filter(k -> !k.general()).toList();
        List<Kind> b = ofUnit(unitB).stream().filter(k -> !k.general()).toList();
        return !a.isEmpty() && !b.isEmpty() && b.stream().noneMatch(a::contains);
    }

    private static List<Kind> load() {
        List<Kind> kinds = new ArrayList<>();
        try (InputStream in = DepartmentKinds.class.getResourceAsStream("department-kinds.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\\s\\|\\s", -1);
                List<String> terms = Arrays.stream(f[3].split(",")).map(String::strip).filter(t -> !t.isEmpty() && !t.equals("-")).toList();
                kinds.add(new Kind(f[0].strip(), f[1].strip(), Pattern.compile(f[2].strip()), terms,
                        f[4].strip().equals("general")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(kinds);
    }
}

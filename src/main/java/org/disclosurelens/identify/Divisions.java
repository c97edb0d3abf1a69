package org.disclosurelens.identify;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * China's administrative divisions (GB/T 2260 codes: province, city, county), from the
 * china-division list bundled in resources (see SOURCE.md there). Loaded once; immutable.
 */
public final class Divisions {

    /** A division at any level: its six-digit code, name, and the names of its city and province. */
    public record Division(String code, String name, Level level, String city, String province) {
    }

    /** The level of a division. */
    public enum Level { PROVINCE, CITY, COUNTY }

    /** Cities that are placeholders in the list, not real prefectures. */
    private static final List<String> PLACEHOLDER_CITIES = List.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");
    private static final Divisions INSTANCE = load();

    private final Map<String, Division> byCode;
    private final Map<String, List<Division>> byName;
    /** Finds every name in a text in one pass (3,000 names: a contains() per name was a hot spot). */
    private final AhoCorasickDoubleArrayTrie<String> scan;

    private Divisions(Map<String, Division> byCode) {
        this.byCode = Collections.unmodifiableMap(byCode);
        Map<String, List<Division>> names = new HashMap<>();
        for (Division d : byCode.values()) {
            if (!d.name().isEmpty()) {
                names.computeIfAbsent(d.name(), k -> new ArrayList<>()).add(d);
            }
        }
        names.values().forEach(list -> list.sort((a, b) -> a.code().compareTo(b.code())));
        this.byName = Collections.unmodifiableMap(names);
        TreeMap<String, String> keys = new TreeMap<>();
        names.keySet().forEach(n -> keys.put(n, n));
        this.scan = new AhoCorasickDoubleArrayTrie<>(keys);
    }

    public static Divisions get() {
        return INSTANCE;
    }

    /** The division with this six-digit code (130630), if the list has it. */
    public Optional<Division> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** Every division with exactly this name; several counties share names such as 普陀区. */
    public List<Division> named(String name) {
        return byName.getOrDefault(name, List.of());
    }

    /** The distinct division names that occur in {@code text}, in order of first occurrence. */
    public java.util.Set<String> namesIn(String text) {
        java.util.Set<String> found = new java.util.LinkedHashSet<>();
        scan.parseText(text, (begin, end, name) -> found.add(name));
        return found;
    }

    /** All names, for scanning text. */
    public java.util.Set<String> names() {
        return byName.keySet();
    }

    private static Divisions load() {
        Map<String, String> provinces = new HashMap<>();
        for (String[] row : read("provinces.csv")) {
            provinces.put(row[0], row[1]);
        }
        Map<String, String[]> cities = new HashMap<>();
        for (String[] row : read("cities.csv")) {
            cities.put(row[0], row);
        }
        Map<String, Division> byCode = new HashMap<>();
        provinces.forEach((code, name) -> byCode.put(code + "0000", new Division(code + "0000", name, Level.PROVINCE, "", name)));
        for (String[] city : cities.values()) {
            String province = provinces.getOrDefault(city[2], "");
            String name = PLACEHOLDER_CITIES.contains(city[1]) ? "" : city[1];
            byCode.put(city[0] + "00", new Division(city[0] + "00", name, Level.CITY, name, province));
        }
        for (String[] area : read("areas.csv")) {
            String province = provinces.getOrDefault(area[3], "");
            String[] city = cities.get(area[2]);
            String cityName = city == null ? "" : PLACEHOLDER_CITIES.contains(city[1])
                    ? (city[1].equals("市辖区") ? province : "") : city[1];
            byCode.put(area[0], new Division(area[0], area[1], Level.COUNTY, cityName, province));
        }
        return new Divisions(byCode);
    }

    private static List<String[]> read(String resource) {
        try (InputStream in = Divisions.class.getResourceAsStream(resource);
             CSVReader reader = new CSVReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String[]> rows = new ArrayList<>();
            reader.readNext();
            for (String[] row = reader.readNext(); row != null; row = reader.readNext()) {
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CsvValidationException e) {
            throw new IllegalStateException("bad divisions resource " + resource, e);
        }
    }
}

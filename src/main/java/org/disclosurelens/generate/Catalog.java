package org.disclosurelens.generate;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The department kinds the generator writes for (departments.json in resources): how each names
 * its unit, its duties, projects with goals and indicators, and its budget classification. Data,
 * not code, so that a kind can be added without touching the generator.
 */
public record Catalog(List<Department> kinds, List<List<String>> satisfaction, List<List<String>> effects,
        List<String> placeholder,
        Map<String, String> classification, List<List<String>> safeguards, Map<String, List<String>> glossary,
        List<String> goalTargets, List<String> otherMatters) {

    /** One kind of department (网信办, 统计局, …) with the text pools its disclosures draw on. */
    public record Department(String key, String label, @JsonProperty("short") String shortName, String unit,
            String nature, String grade, FunctionClass function, List<String> duties, List<String> goalOpenings,
            List<String> goalClauses, List<String> changeReasons, List<ProjectTemplate> projects) {
    }

    /**
     * Where the kind's spending sits in the functional classification: the seven-digit 项 of its
     * administration (行政运行) and the one its projects are booked to; their 类 and 款 are the
     * first three and five digits.
     */
    public record FunctionClass(String admin, String project) {
    }

    /** A project a department of the kind runs; indicator rows are 二级指标, 三级指标, 描述, 指标值. */
    public record ProjectTemplate(String name, String purpose, boolean procurement, List<String> goals,
            List<List<String>> outputs, List<List<String>> effects) {
    }

    private static final Catalog INSTANCE = load();

    public static Catalog get() {
        return INSTANCE;
    }

    /** The name of a functional (201, 20105, 2010501) or economic (302, 30201) classification code. */
    public String name(String code) {
        String name = classification.get(code);
        if (name == null) {
            throw new IllegalArgumentException("no classification code " + code);
        }
        return name;
    }

    public Department kind(String key) {
        return kinds.stream().filter(k -> k.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no department kind " + key));
    }

    private static Catalog load() {
        ObjectMapper mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        try (InputStream in = Catalog.class.getResourceAsStream("departments.json")) {
            return mapper.readValue(in, Catalog.class);
        } catch (IOException e) {
            throw new UncheckedIOException("bad departments.json resource", e);
        }
    }
}

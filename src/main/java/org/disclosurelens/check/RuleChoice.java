package org.disclosurelens.check;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which rules run and at what severity: the rules switched off, and the severity a user gives a
 * rule in place of its default (auditors differ on what is an error). A finding the rule itself
 * gave another severity than its default (info when its input is doubtful, info for a copy
 * between two departments of one kind) keeps it; one at the default gets the user's.
 *
 * <p>A rules file ({@code --rules-config}) has one line per rule, {@code RULE-ID = off}, or
 * {@code = info}, {@code warning}, {@code error}; {@code #} starts a comment (Java properties
 * syntax, read as UTF-8). docs/rules.md shows one.
 *
 * @param off rules that do not run
 * @param severities the severity of each rule given one
 */
public record RuleChoice(Set<RuleId> off, Map<RuleId, Severity> severities) {

    /** Every rule, at its default severity. */
    public static final RuleChoice ALL = new RuleChoice(Set.of(), Map.of());

    public RuleChoice {
        off = off.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(off));
        severities = Map.copyOf(severities);
    }

    /** A bad rules file or option: the message says which line or id. */
    public static final class Invalid extends Exception {
        public Invalid(String message) {
            super(message);
        }
    }

    /**
     * What a user chose: the rules file (or none), then {@code enable} (when not empty, only those
     * rules run), then {@code disable}.
     */
    public static RuleChoice of(Path config, Collection<String> enable, Collection<String> disable) throws Invalid, IOException {
        Set<RuleId> off = EnumSet.noneOf(RuleId.class);
        Map<RuleId, Severity> severities = new EnumMap<>(RuleId.class);
        if (config != null) {
            read(config, off, severities);
        }
        if (!enable.isEmpty()) {
            Set<RuleId> on = parseIds(enable, EnumSet.noneOf(RuleId.class));
            off.addAll(EnumSet.complementOf(EnumSet.copyOf(on)));
            off.removeAll(on);
        }
        off.addAll(parseIds(disable, EnumSet.noneOf(RuleId.class)));
        return new RuleChoice(off, severities);
    }

    private static void read(Path config, Set<RuleId> off, Map<RuleId, Severity> severities) throws Invalid, IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(config, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        for (String key : new TreeSet<>(p.stringPropertyNames())) {
            RuleId rule = RuleId.of(key).orElseThrow(() -> new Invalid(config + ": unknown rule id " + key + "; see --rules"));
            String value = p.getProperty(key).strip().toLowerCase(Locale.ROOT);
            if (value.equals("off")) {
                off.add(rule);
            } else {
                severities.put(rule, Severity.of(value)
                        .orElseThrow(() -> new Invalid(config + ": " + key + " = " + value
                                + ": give off, info, warning or error")));
            }
        }
    }

    private static Set<RuleId> parseIds(Collection<String> ids, Set<RuleId> into) throws Invalid {
        List<String> unknown = new ArrayList<>();
        for (String id : ids) {
            RuleId.of(id).ifPresentOrElse(into::add, () -> unknown.add(id));
        }
        if (!unknown.isEmpty()) {
            throw new Invalid("unknown rule id(s) " + new TreeSet<>(unknown) + "; see --rules");
        }
        return into;
    }

    public boolean runs(RuleId rule) {
        return !off.contains(rule);
    }

    /** Whether the rule of this id runs (an id the catalogue does not know runs: it is no choice of the user's). */
    public boolean runs(String id) {
        return RuleId.of(id).map(this::runs).orElse(true);
    }

    /** The finding at the severity the user gave its rule, if it had the rule's default severity. */
    public Finding apply(Finding f) {
        return RuleId.of(f.rule()).filter(severities::containsKey).filter(r -> f.severity() == r.severity())
                .map(r -> f.withSeverity(severities.get(r))).orElse(f);
    }

    /**
     * The choice as one command-line argument for a worker JVM: {@code ID} for a rule switched off,
     * {@code ID=severity} for one given a severity, comma-separated, sorted. {@link #parse} reads it.
     */
    public String argument() {
        List<String> parts = new ArrayList<>();
        off.stream().sorted().forEach(r -> parts.add(r.id()));
        severities.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> parts.add(e.getKey().id() + "=" + e.getValue().label()));
        return String.join(",", parts);
    }

    /** The choice of an {@link #argument}. */
    public static RuleChoice parse(String argument) {
        Set<RuleId> off = EnumSet.noneOf(RuleId.class);
        Map<RuleId, Severity> severities = new EnumMap<>(RuleId.class);
        for (String part : argument.isBlank() ? new String[0] : argument.split(",")) {
            String[] kv = part.split("=", 2);
            RuleId rule = RuleId.of(kv[0]).orElseThrow(() -> new IllegalArgumentException("unknown rule " + kv[0]));
            if (kv.length == 1) {
                off.add(rule);
            } else {
                severities.put(rule, Severity.of(kv[1])
                        .orElseThrow(() -> new IllegalArgumentException("unknown severity " + kv[1])));
            }
        }
        return new RuleChoice(off, severities);
    }
}

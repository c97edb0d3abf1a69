package org.disclosurelens.data;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.disclosurelens.figure.Amount;

/**
 * The totals a reader looks for first, each taken from the tables when they state it, else from
 * the prose (documented per total in docs/csv-schema.md).
 */
public record Headline(Map<Total, Amount> totals, Set<Total> fromProse) {

    public static final Headline NONE = new Headline(Map.of(), Set.of());

    /** The headline totals, as named in documents.csv. */
    public enum Total {
        INCOME("income_wan"),
        EXPENDITURE("expenditure_wan"),
        BASIC("basic_wan"),
        PERSONNEL("personnel_wan"),
        PUBLIC_FUNDS("public_funds_wan"),
        PROJECT("project_wan"),
        THREE_PUBLIC("three_public_wan"),
        OPERATING_COST("operating_cost_wan"),
        FIXED_ASSETS("fixed_assets_wan");

        private final String column;

        Total(String column) {
            this.column = column;
        }

        public String column() {
            return column;
        }
    }

    /**
     * @param fromProse the totals read from the prose, for want of a table stating them
     */
    public Headline {
        Map<Total, Amount> copy = new EnumMap<>(Total.class);
        copy.putAll(totals);
        totals = java.util.Collections.unmodifiableMap(copy);
        fromProse = fromProse.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(fromProse));
    }

    /** Where a total was read: "table" or "prose"; "" when it was not found. */
    public String source(Total total) {
        return !totals.containsKey(total) ? "" : fromProse.contains(total) ? "prose" : "table";
    }

    public Optional<Amount> get(Total total) {
        return Optional.ofNullable(totals.get(total));
    }

    /** The total in 万元 as plain digits; "" when not found. */
    public String wan(Total total) {
        return get(total).map(Amount::wanText).orElse("");
    }
}

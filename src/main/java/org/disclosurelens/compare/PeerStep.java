package org.disclosurelens.compare;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.disclosurelens.check.Finding;
import org.disclosurelens.check.RuleChoice;
import org.disclosurelens.check.RuleId;
import org.disclosurelens.export.AnomaliesCsv;
import org.disclosurelens.export.CsvFile;
import org.disclosurelens.model.Location;

/**
 * The peer comparison (corpus step, after the batch): each document's shares (三公 / 支出, 项目支出 /
 * 支出, 人员经费 / 基本支出, the share of placeholder indicators: panel.csv) against those of its
 * peers, the documents of the same kind of department, year and 预算/决算 (of the same province when
 * there are enough of them). Robust statistics, as a few wrong documents must not move the
 * yardstick: the peers' median and median absolute deviation (MAD), and the modified z-score of
 * Iglewicz and Hoaglin, 0.6745 (x - median) / MAD; |z| of 3.5 or more is an outlier (their
 * threshold) when it is also large in itself: the odds of the share (p / (1 - p)) at least twice
 * or at most half its peers' median's ({@link #ODDS}). Nine shares are few, and their MAD is
 * small by chance as often as not: on a clean generated corpus (seed 70701, 300 documents) the z
 * alone flagged a 人员经费 share of 83.6% among peers of 87.1% (z -5.2), a difference nobody would
 * audit. Reported as PEER-OUTLIER at info: a department may have its reasons, an auditor wants to
 * know. Below {@link #MIN_PEERS} peers, or with a MAD of 0 (most peers print the same
 * share), nothing is said. A file that is another copy of a document (documents.csv
 * {@code same_as}) is no peer of it and is left out. Writes outliers.csv: every comparison made.
 */
public final class PeerStep {

    public static final String RULE = RuleId.PEER_OUTLIER.id();
    public static final String FILE = "outliers.csv";
    /** The measures of panel.csv compared, with their names for messages. */
    static final Map<String, String> MEASURES = Map.of("three_public_share", "“三公”经费占支出比例", "project_share",
            "项目支出占支出比例", "personnel_share_of_basic", "人员经费占基本支出比例", "placeholder_indicator_share",
            "指标描述或指标值为0或空的指标占比");
    /** Fewest peers (other documents) for a comparison. */
    public static final int MIN_PEERS = 8;
    /** |modified z| from which a share is an outlier (Iglewicz and Hoaglin). */
    static final double LIMIT = 3.5;
    /** Fewest times the share's odds differ from the median's (either way) for an outlier. */
    static final double ODDS = 2.0;
    private static final int LISTED_PEERS = 20;

    /** What a run did, for the command's summary line. */
    public record Summary(int documents, int groups, int compared, int outliers) {
    }

    /** A document's value of one measure, with what makes its peers. */
    record Value(String id, String path, String issuer, String kind, String province, String year, String documentKind,
            String measure, BigDecimal value) {
    }

    /** One comparison: a value against its peers. */
    record Comparison(Value value, String scope, BigDecimal median, BigDecimal mad, int peers, double z, List<String> peerIds) {

        boolean outlier() {
            double odds = oddsRatio();
            return Math.abs(z) >= LIMIT && (odds >= ODDS || odds <= 1 / ODDS);
        }

        /** The share's odds over the median's; shares of 0 and 1 held a hair inside, so the ratio stays finite. */
        double oddsRatio() {
            return odds(value.value().doubleValue()) / odds(median.doubleValue());
        }

        private static double odds(double share) {
            double p = Math.min(Math.max(share, 1e-4), 1 - 1e-4);
            return p / (1 - p);
        }
    }

    public Summary run(Path folder, RuleChoice rules) throws IOException {
        Map<String, String> units = new HashMap<>();
        Set<String> copies = copies(folder, units);
        List<Value> values = values(folder, copies);
        Map<String, List<Value>> groups = new LinkedHashMap<>();
        for (Value v : values) {
            groups.computeIfAbsent(v.measure() + "|" + v.kind() + "|" + v.year() + "|" + v.documentKind(), k -> new ArrayList<>()).add(v);
        }
        List<Comparison> comparisons = new ArrayList<>();
        for (List<Value> group : groups.values()) {
            compare(group, comparisons);
        }
        try (CsvFile out = new CsvFile(folder.resolve(FILE), OutliersCsv.header())) {
            comparisons.forEach(c -> out.write(OutliersCsv.row(c)));
            out.commit();
        }
        List<AnomaliesCsv.Row> rows = new ArrayList<>();
        if (rules.runs(RULE)) {
            comparisons.stream().filter(Comparison::outlier).forEach(c -> rows.add(
                    new AnomaliesCsv.Row(c.value().id(), c.value().path(), units.getOrDefault(c.value().path(), c.value().issuer()),
                            c.value().year(), rules.apply(finding(c)))));
        }
        AnomaliesCsv.merge(folder, Set.of(RULE), rows);
        return new Summary((int) values.stream().map(Value::id).distinct().count(), groups.size(), comparisons.size(),
                (int) comparisons.stream().filter(Comparison::outlier).count());
    }

    /** Each value of a group against the group, or against its province's part of it when that is large enough. */
    private static void compare(List<Value> group, List<Comparison> out) {
        if (group.size() < MIN_PEERS + 1) {
            return;
        }
        Map<String, List<Value>> byProvince = new LinkedHashMap<>();
        group.forEach(v -> byProvince.computeIfAbsent(v.province(), k -> new ArrayList<>()).add(v));
        for (Value v : group) {
            List<Value> province = byProvince.get(v.province());
            boolean local = !v.province().isEmpty() && province.size() >= MIN_PEERS + 1;
            List<Value> peers = local ? province : group;
            BigDecimal[] sorted = peers.stream().map(Value::value).sorted().toArray(BigDecimal[]::new);
            BigDecimal median = median(sorted);
            BigDecimal[] deviations = Arrays.stream(sorted).map(x -> x.subtract(median).abs()).sorted().toArray(BigDecimal[]::new);
            BigDecimal mad = median(deviations);
            if (mad.signum() == 0) {
                continue;
            }
            double z = 0.6745 * v.value().subtract(median).doubleValue() / mad.doubleValue();
            List<String> ids = peers.stream().map(Value::id).filter(id -> !id.equals(v.id())).limit(LISTED_PEERS).toList();
            out.add(new Comparison(v, local ? "province" : "all", median, mad, peers.size() - 1, z, ids));
        }
    }

    private static BigDecimal median(BigDecimal[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : sorted[n / 2 - 1].add(sorted[n / 2]).divide(BigDecimal.valueOf(2), 6, RoundingMode.HALF_UP);
    }

    private static Finding finding(Comparison c) {
        Value v = c.value();
        String name = MEASURES.get(v.measure());
        String scope = c.scope().equals("province") ? v.province() + v.year() + "年同类部门" : v.year() + "年同类部门";
        String zh = name + "为" + percent(v.value()) + "，" + scope + "（" + v.kind() + "，" + c.peers() + "个）的中位数为"
                + percent(c.median()) + "，稳健z值" + String.format(Locale.ROOT, "%.1f", c.z()) + "，明显偏离";
        String en = v.measure() + " is " + percent(v.value()) + "; its " + c.peers() + " peers (" + v.kind() + ", " + v.year()
                + (c.scope().equals("province") ? ", " + v.province() : "") + ") have a median of " + percent(c.median())
                + ": robust z " + String.format(Locale.ROOT, "%.1f", c.z());
        return new Finding(RULE, RuleId.PEER_OUTLIER.category(), RuleId.PEER_OUTLIER.severity(), zh, en, plain(c.median()),
                plain(v.value()), name + " " + percent(v.value()), 0, Location.UNKNOWN, String.join(" ", c.peerIds()));
    }

    private static String percent(BigDecimal share) {
        return share.movePointRight(2).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
    }

    static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    /** The paths of files documents.csv says hold a document listed before them; each file's unit into {@code units}. */
    private static Set<String> copies(Path folder, Map<String, String> units) throws IOException {
        Set<String> copies = new HashSet<>();
        CsvFile.forEach(folder.resolve("documents.csv"), row -> {
            units.put(row.get("path"), row.getOrDefault("unit", ""));
            if (!row.getOrDefault("same_as", "").isEmpty()) {
                copies.add(row.get("path"));
            }
        });
        return copies;
    }

    private static List<Value> values(Path folder, Set<String> copies) throws IOException {
        // Streamed: panel.csv has a row per measure and document (25 rows a document), of which
        // four measures are compared.
        List<Value> values = new ArrayList<>();
        CsvFile.forEach(folder.resolve("panel.csv"), r -> {
            if (MEASURES.containsKey(r.get("measure")) && !r.get("department_kind").isEmpty() && !copies.contains(r.get("path"))
                    && !r.get("year").isEmpty()) {
                values.add(new Value(r.get("document_id"), r.get("path"), r.get("issuer"), r.get("kind"), r.get("province"),
                        r.get("year"), r.get("department_kind"), r.get("measure"), new BigDecimal(r.get("value"))));
            }
        });
        return values;
    }
}

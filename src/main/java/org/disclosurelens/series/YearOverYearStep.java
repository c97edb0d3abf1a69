package org.disclosurelens.series;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvValidationException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.disclosurelens.check.Category;
import org.disclosurelens.check.Evidence;
import org.disclosurelens.check.Finding;
import org.disclosurelens.check.Severity;
import org.disclosurelens.check.Sums;
import org.disclosurelens.check.RuleChoice;
import org.disclosurelens.export.AnomaliesCsv;
import org.disclosurelens.export.CsvFile;
import org.disclosurelens.identify.DocumentType;

/**
 * The corpus-level year-over-year checks, run on an output folder that {@code analyze} filled: for
 * each series (one issuer, one kind: 部门预算, 单位预算 and 决算 are separate series) it compares
 * what the document of year Y states for Y-1 with what the document of Y-1 prints for its own year,
 * writes every comparison to year_over_year.csv and the disagreements, as ARITH-YEAR-OVER-YEAR,
 * into anomalies.csv; and it looks for paragraphs with figures that an earlier document of the
 * series printed word for word (COPY-STALE-TEXT, {@link StaleText}; every earlier year, the latest
 * first). Series are found from documents.csv; only documents with another year in their series are
 * read, one series at a time, so memory grows with the longest series, not the corpus.
 */
public final class YearOverYearStep {

    /** The rule of the amount comparisons this step merges into anomalies.csv (docs/rules.md). */
    public static final String RULE = org.disclosurelens.check.RuleId.ARITH_YEAR_OVER_YEAR.id();
    /** The rule of the paragraphs not updated since last year's document (docs/rules.md). */
    public static final String STALE_RULE = StaleText.RULE;

    /**
     * What a run found, for the command's summary line.
     *
     * @param stale paragraphs repeated from last year's document (findings of COPY-STALE-TEXT, before --disable)
     */
    public record Summary(int documents, int pairs, int compared, int differ, int flaggedDocuments, int stale) {
    }

    /** A document of a series; {@code division} its division code, empty when the name did not tell it. */
    public record Member(String id, String path, int year, String division) implements java.io.Serializable {
    }

    /**
     * What the pairs of one series gave: the rows of year_over_year.csv, the disagreements to flag
     * (ARITH-YEAR-OVER-YEAR), the paragraphs repeated from an earlier year (COPY-STALE-TEXT), and
     * how many pairs with last year's document were compared.
     */
    public record Found(List<List<String>> rows, List<AnomaliesCsv.Row> differ, List<AnomaliesCsv.Row> stale, int pairs)
            implements java.io.Serializable {
    }

    public Summary run(Path folder) throws IOException {
        return run(folder, RuleChoice.ALL);
    }

    /**
     * Rules of this step that {@code rules} switches off get no rows in anomalies.csv, the others
     * theirs at the severity it gives; year_over_year.csv is written whatever it holds.
     */
    public Summary run(Path folder, RuleChoice rules) throws IOException {
        return run(folder, rules, SeriesWork.LOCAL);
    }

    /** The same, with the series compared by {@code work}. */
    public Summary run(Path folder, RuleChoice rules, SeriesWork work) throws IOException {
        Map<String, List<Member>> series = series(folder);
        List<AnomaliesCsv.Row> differ = new ArrayList<>();
        List<AnomaliesCsv.Row> stale = new ArrayList<>();
        int pairs = 0;
        int comparisons = 0;
        // Each series' comparisons are written and dropped before the next series is read.
        try (java.util.stream.Stream<Found> founds = work.compare(folder, List.copyOf(series.values()));
                CsvFile out = new CsvFile(folder.resolve(YearOverYearCsv.FILE), YearOverYearCsv.header())) {
            for (java.util.Iterator<Found> compared = founds.iterator(); compared.hasNext();) {
                Found found = compared.next();
                pairs += found.pairs();
                comparisons += found.rows().size();
                found.rows().forEach(out::write);
                differ.addAll(found.differ());
                stale.addAll(found.stale());
            }
            out.commit();
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        PanelChanges.write(folder, earlierOf(series));
        List<AnomaliesCsv.Row> merged = new ArrayList<>();
        if (rules.runs(RULE)) {
            merged.addAll(differ);
        }
        if (rules.runs(STALE_RULE)) {
            merged.addAll(stale);
        }
        merged.replaceAll(r -> r.with(rules.apply(r.finding())));
        AnomaliesCsv.merge(folder, Set.of(RULE, STALE_RULE), merged);
        return new Summary(series.values().stream().mapToInt(List::size).sum(), pairs, comparisons, differ.size(),
                (int) merged.stream().filter(r -> r.finding().rule().equals(RULE)).map(AnomaliesCsv.Row::documentId).distinct().count(),
                stale.size());
    }

    /** Each document's series member of the year before (document id to document id), where the series has one. */
    private static Map<String, String> earlierOf(Map<String, List<Member>> series) {
        Map<String, String> earlier = new java.util.HashMap<>();
        for (List<Member> members : series.values()) {
            for (Member m : members) {
                members.stream().filter(e -> e.year() == m.year() - 1).findFirst().ifPresent(e -> earlier.put(m.id(), e.id()));
            }
        }
        return earlier;
    }

    /** The documents of documents.csv by series, in its order, leaving out those alone in their series' years. */
    private static Map<String, List<Member>> series(Path folder) throws IOException {
        Map<String, List<Member>> series = new LinkedHashMap<>();
        Path documents = folder.resolve("documents.csv");
        try (Reader in = Files.newBufferedReader(documents, StandardCharsets.UTF_8); CSVReader csv = CsvFile.reader(in)) {
            List<String> header = Arrays.asList(csv.readNext());
            header.set(0, header.get(0).replace("\uFEFF", ""));
            int issuer = header.indexOf("issuer") >= 0 ? header.indexOf("issuer") : header.indexOf("unit");
            int type = header.indexOf("document_type");
            int path = header.indexOf("path");
            int division = header.indexOf("division_code");
            int[] at = {header.indexOf("id"), issuer, header.indexOf("year"), header.indexOf("kind"), header.indexOf("scope")};
            Set<String> seen = new HashSet<>();
            for (String[] row = csv.readNext(); row != null; row = csv.readNext()) {
                boolean disclosure = type < 0 || row.length <= type || DocumentType.of(row[type]).disclosure();
                // A file with the bytes of one listed before is that document again (same_as).
                if (row.length > at[4] && disclosure && !row[at[1]].isBlank() && !row[at[3]].isBlank() && row[at[2]].matches("\\d{4}")
                        && seen.add(row[at[0]])) {
                    series.computeIfAbsent(SeriesReader.fold(row[at[1]]) + "|" + row[at[4]] + row[at[3]], k -> new ArrayList<>())
                            .add(new Member(row[at[0]], path >= 0 && path < row.length ? row[path] : "", Integer.parseInt(row[at[2]]),
                                    division >= 0 && division < row.length ? row[division] : ""));
                }
            }
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(documents.toString(), null, "no documents.csv: run analyze on this folder first");
        } catch (CsvValidationException e) {
            throw new IOException(documents + " is not a valid CSV: " + e.getMessage(), e);
        }
        series = byDivision(series);
        // Kept: documents with another year in their series (last year's for the amounts, any
        // earlier one for the text).
        series.values().forEach(m -> m.removeIf(x -> m.stream().noneMatch(o -> o.year() != x.year())));
        series.values().removeIf(List::isEmpty);
        return series;
    }

    /**
     * One name, one series per division: 普陀区民政局 is Shanghai's and 舟山's, 鼓楼区 four cities' (two
     * of them in 江苏), and one's budget is no last year of the other's (a generated corpus put the
     * two 普陀区民政局 in one series and warned that their 三公 disagreed). A document whose name
     * gave no division joins its name's series when only one division has it, and none when two do.
     */
    static Map<String, List<Member>> byDivision(Map<String, List<Member>> series) {
        Map<String, List<Member>> out = new LinkedHashMap<>();
        series.forEach((name, members) -> {
            Set<String> divisions = new java.util.TreeSet<>();
            members.forEach(m -> divisions.add(m.division()));
            divisions.remove("");
            for (Member m : members) {
                if (divisions.size() <= 1 || !m.division().isEmpty()) {
                    out.computeIfAbsent(name + "|" + (divisions.size() <= 1 ? "" : m.division()), k -> new ArrayList<>()).add(m);
                }
            }
        });
        return out;
    }

    /**
     * Compares each document of the series with each of the year before. A paragraph repeated from
     * several documents of the year before (renditions of one document) is reported once, against
     * the first. Reads the series' JSON from {@code folder}/json; needs nothing of other series.
     */
    public static Found compare(Path folder, List<Member> members) throws IOException {
        Map<String, SeriesDocument> read = new HashMap<>();
        for (Member m : members) {
            Path json = folder.resolve("json").resolve(m.id() + ".json");
            if (Files.exists(json)) {
                SeriesReader.read(json).ifPresent(d -> read.put(m.id(), d.withPath(m.path())));
            }
        }
        List<Comparison> comparisons = new ArrayList<>();
        Map<String, AnomaliesCsv.Row> stale = new LinkedHashMap<>();
        int pairs = 0;
        // Nearest earlier years first: a paragraph is reported against the latest document printing it.
        List<Member> newestFirst = members.stream().sorted(java.util.Comparator.comparingInt(Member::year).reversed()).toList();
        for (Member later : members) {
            SeriesDocument d = read.get(later.id());
            // The amounts are compared with last year's documents only; the text with every earlier
            // year's (last year's document may be missing, or the text be older than it).
            for (Member earlier : newestFirst) {
                SeriesDocument e = read.get(earlier.id());
                if (d == null || e == null || earlier.year() >= later.year()) {
                    continue;
                }
                if (earlier.year() == later.year() - 1) {
                    pairs++;
                    compare(d, e, comparisons);
                }
                for (StaleText.Stale s : StaleText.find(d, e)) {
                    stale.putIfAbsent(d.id() + "|" + s.paragraph().location(), finding(d, e, s));
                }
            }
        }
        return new Found(comparisons.stream().map(YearOverYearCsv::row).toList(),
                disagreements(comparisons).stream().map(YearOverYearStep::finding).toList(), List.copyOf(stale.values()), pairs);
    }

    private static void compare(SeriesDocument d, SeriesDocument e, List<Comparison> out) {
        for (Figure stated : d.lastYear()) {
            List<Figure> printed = e.current(stated.item());
            if (!printed.isEmpty()) {
                out.add(Comparison.of(d, stated, e, printed));
            }
        }
    }

    /**
     * The comparisons to flag: those of a stated amount that no document of the year before agrees
     * with. A unit may publish two documents for one year (the full text and its tables alone, or a
     * corrected version); agreeing with one of them is agreeing with last year.
     */
    private static List<Comparison> disagreements(List<Comparison> comparisons) {
        Set<String> agreed = new HashSet<>();
        comparisons.stream().filter(Comparison::agrees).forEach(c -> agreed.add(key(c)));
        return comparisons.stream().filter(c -> !c.agrees() && !agreed.contains(key(c))).toList();
    }

    private static String key(Comparison c) {
        return c.document().id() + "|" + c.stated().item() + "|" + c.stated().wan().stripTrailingZeros().toPlainString();
    }

    /**
     * A budget's "上年" may be last year's adjusted budget rather than the one published at the start
     * of that year, so a budget's disagreement is a warning; final accounts report what was spent
     * and should not change, so theirs is an error.
     */
    private static AnomaliesCsv.Row finding(Comparison c) {
        Figure s = c.stated();
        Figure p = c.printed();
        String item = s.item();
        String zh = "文中“" + item + "”上年数为" + Sums.show(s.wan()) + "万元（" + s.how() + "），但" + c.earlier().labelZh()
                + "列" + c.earlier().year() + "年" + Sums.show(p.wan()) + "万元（" + p.how() + "），相差"
                + Sums.show(s.wan().subtract(p.wan())) + "万元";
        String en = item + ": last year's amount is " + Sums.show(s.wan()) + "万元 here (" + s.how() + "), but "
                + c.earlier().labelEn() + " prints " + Sums.show(p.wan()) + "万元 for " + c.earlier().year() + " (" + p.how()
                + "), a difference of " + Sums.show(s.wan().subtract(p.wan())) + "万元";
        Severity severity = c.document().kind().endsWith("决算") ? Severity.ERROR : Severity.WARNING;
        Finding f = new Finding(RULE, Category.ARITHMETIC, severity, zh, en, Sums.show(p.wan()), Sums.show(s.wan()),
                s.evidence().isEmpty() ? s.how() : s.evidence(), s.part(), s.location(), c.earlier().id() + " " + p.location());
        if (c.document().readByOcr(s) || c.earlier().readByOcr(p)) {
            // A digit misread on a scan disagrees with last year as well as a changed figure does (OcrDoubt).
            f = f.possiblyMisread("数额取自扫描页，由OCR识别", "an amount was read by OCR from a scanned page");
        }
        return new AnomaliesCsv.Row(c.document().id(), c.document().path(), c.document().unit(),
                Integer.toString(c.document().year()), f);
    }

    /**
     * Warning when the repeated paragraph states amounts this year's document prints otherwise (the
     * text was not updated); info when it agrees with them or they cannot be compared: the same
     * figures two years running may be true, and an auditor still wants to know the text was kept.
     */
    private static AnomaliesCsv.Row finding(SeriesDocument d, SeriesDocument e, StaleText.Stale s) {
        String repeated = String.join("", s.repeated().stream().map(FiguredParagraph.Sentence::text).toList());
        String zh = "本段含金额或百分比的语句与" + e.labelZh() + "逐字相同（年份除外）";
        String en = "sentences with amounts or percentages repeated word for word (years aside) from " + e.labelEn();
        String expected = "";
        String actual = "";
        if (!s.differs().isEmpty()) {
            zh += "，所列金额未按本年更新：" + String.join("；", s.differs().stream().map(x -> "文中" + x.stated().item() + "为"
                    + x.stated().how() + "，本年另列" + x.printed().how()).toList());
            en += ", its amounts not updated: " + String.join("; ", s.differs().stream().map(x -> x.stated().item() + " "
                    + x.stated().how() + " here, " + x.printed().how() + " printed elsewhere for this year").toList());
            expected = Sums.show(s.differs().get(0).printed().wan());
            actual = Sums.show(s.differs().get(0).stated().wan());
        } else {
            zh += "；本年表中数与之一致或无可比之数，请确认是否沿用上年文字";
            en += "; this year's tables agree with it or print nothing to compare: check the text was meant to stay";
        }
        Severity severity = s.differs().isEmpty() ? Severity.INFO : Severity.WARNING;
        Finding f = new Finding(STALE_RULE, Category.COPY_PASTE, severity, zh, en, expected, actual, Evidence.cap(repeated),
                s.paragraph().part(), s.paragraph().location(), e.id() + " " + s.earlierAt());
        return new AnomaliesCsv.Row(d.id(), d.path(), d.unit(), Integer.toString(d.year()), f);
    }
}

package org.disclosurelens.report;

import static org.disclosurelens.export.HtmlRenderer.escape;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.disclosurelens.export.CsvFile;

/**
 * The auditor's report: {@code <out>/report/index.html} (the documents counted by status, region,
 * kind and year; the findings by rule and severity; every finding in one table an auditor sorts by
 * any column and filters by severity, rule, region, kind and text; the documents likewise) and one
 * page per document ({@code doc/<id>.html}: its identity, its findings, each
 * linked to the paragraph or table it stands in, and its text and tables with those places marked).
 * Made from the output folder of analyze alone (documents.csv, anomalies.csv, json/), offline: no
 * script or style is fetched, the filter is a few lines of inline script, and every text of a
 * document is escaped. The index's two tables are drawn in the browser a hundred rows at a time
 * (report.js) from data.js beside it, so the page opens as fast at 10,000 documents as at ten
 * (BENCHMARKS.md); the filter and sort are kept in the address. A document's page links its
 * annotated PDF when {@code annotate} has written one. The charts of the shares and the copy-paste
 * network are {@link ReportCharts}'.
 */
public final class ReportWriter {

    private static final String STYLE = "body{font-family:sans-serif;margin:1.5em}table{border-collapse:collapse}"
            + "td,th{border:1px solid #bbb;padding:2px 6px;vertical-align:top}th{background:#eee}"
            + ".error{background:#fdd}.warning{background:#ffe9b3}.info{background:#e3eeff}"
            + "p.flagged,table.flagged{outline:3px solid #e68a00}";
    /** The index's table script, hand-written (a table that pages, sorts and filters; no library of ours does it offline). */
    private static final String SCRIPT = "org/disclosurelens/report/report.js";
    /** The rows of the index's tables, a script beside it. */
    static final String DATA = "data.js";
    static final ObjectMapper JSON = new ObjectMapper();

    /** What was written: the documents' pages and the findings listed. */
    public record Summary(int documents, int findings, Path index) {
    }

    public Summary write(Path out) throws IOException {
        List<Map<String, String>> documents = CsvFile.rows(out.resolve("documents.csv"));
        List<Map<String, String>> anomalies = CsvFile.rows(out.resolve("anomalies.csv"));
        Map<String, List<Map<String, String>>> byDocument = new LinkedHashMap<>();
        anomalies.forEach(a -> byDocument.computeIfAbsent(a.get("document_id"), k -> new ArrayList<>()).add(a));
        Path report = Files.createDirectories(out.resolve("report"));
        Path pages = Files.createDirectories(report.resolve("doc"));
        // The pages of an earlier run go: a document no longer in the batch keeps no page.
        try (var old = Files.list(pages)) {
            for (Path page : old.filter(p -> p.getFileName().toString().endsWith(".html")).toList()) {
                Files.delete(page);
            }
        }
        for (Map<String, String> d : documents) {
            document(out, pages.resolve(d.get("id") + ".html"), d, byDocument.getOrDefault(d.get("id"), List.of()));
        }
        Path index = report.resolve("index.html");
        index(index, documents, anomalies, ReportCharts.section(out, report));
        return new Summary(documents.size(), anomalies.size(), index);
    }

    private static void index(Path index, List<Map<String, String>> documents, List<Map<String, String>> anomalies, String charts)
            throws IOException {
        Map<String, Integer> byRule = new TreeMap<>();
        Map<String, Integer> bySeverity = new TreeMap<>();
        anomalies.forEach(a -> {
            byRule.merge(a.get("rule"), 1, Integer::sum);
            bySeverity.merge(a.get("severity"), 1, Integer::sum);
        });
        data(index.resolveSibling(DATA), documents, anomalies);
        copy(SCRIPT, index.resolveSibling("report.js"));
        try (Writer w = Files.newBufferedWriter(index, StandardCharsets.UTF_8)) {
            head(w, "Disclosure Lens 报告 / report");
            w.write("<h1>Disclosure Lens 报告 / report</h1>\n<p>" + documents.size() + " 个文件 documents, " + anomalies.size()
                    + " 个问题 findings: " + counts(bySeverity) + "</p>\n<h2>概况 / overview</h2>\n<table>\n");
            for (String[] by : new String[][] {{"status", "状态 status"}, {"province", "地区 region"}, {"kind", "类型 kind"}, {"year", "年度 year"}}) {
                Map<String, Integer> n = new TreeMap<>();
                documents.forEach(d -> n.merge(d.getOrDefault(by[0], "").isEmpty() ? "?" : d.get(by[0]), 1, Integer::sum));
                w.write("<tr><th>" + by[1] + "</th><td>" + escape(String.join(" · ", n.entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue()).toList())) + "</td></tr>\n");
            }
            w.write("</table>\n<h2>问题 / findings</h2>\n<p>" + select("findings-sev", "级别 severity") + select("findings-rule", "规则 rule")
                    + select("findings-province", "地区 region") + select("findings-kind", "类型 kind")
                    + " <input id=\"findings-q\" placeholder=\"搜索 search\"></p>\n<table id=\"findings\"></table>\n<p id=\"findings-pager\"></p>\n");
            w.write("<h2>按规则 / by rule</h2>\n<table><tr><th>rule</th><th>n</th></tr>\n");
            for (var e : byRule.entrySet()) {
                w.write("<tr><td><a href=\"#findings.rule=" + escape(e.getKey()) + "\">"
                        + escape(e.getKey()) + "</a></td><td>" + e.getValue() + "</td></tr>\n");
            }
            w.write("</table>\n" + charts);
            w.write("<h2>文件 / documents</h2>\n<p>" + select("documents-status", "状态 status") + select("documents-province", "地区 region")
                    + " <input id=\"documents-q\" placeholder=\"搜索 search\"></p>\n<table id=\"documents\"></table>\n<p id=\"documents-pager\"></p>\n");
            w.write("<noscript><p>The tables need JavaScript; anomalies.csv and documents.csv hold the same rows.</p></noscript>\n"
                    + "<script src=\"" + DATA + "\"></script>\n<script src=\"report.js\"></script>\n</body>\n</html>\n");
        }
    }

    private static String select(String id, String label) {
        return "<select id=\"" + id + "\" title=\"" + label + "\"><option value=\"\">" + label + ": 全部 all</option></select> ";
    }

    /**
     * The rows the index's tables draw, as a script (a page opened from the disk may not fetch a
     * JSON file, but may load a script): documents as arrays in report.js's column order, findings
     * as [document's index, rule, severity, message, page]. Streamed: any corpus size.
     */
    private static void data(Path file, List<Map<String, String>> documents, List<Map<String, String>> anomalies) throws IOException {
        Map<String, Integer> at = new LinkedHashMap<>();
        List<Map<String, String>> listed = new ArrayList<>(documents);
        listed.forEach(d -> at.putIfAbsent(d.get("id"), at.size()));
        // A finding of a document documents.csv does not list (it should not happen) keeps a row of its own.
        anomalies.stream().map(a -> a.get("document_id")).filter(id -> !at.containsKey(id)).distinct().forEach(id -> {
            at.put(id, listed.size());
            listed.add(Map.of("id", id, "path", id));
        });
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             JsonGenerator g = JSON.getFactory().createGenerator(w)) {
            w.write("window.DL=");
            g.writeStartObject();
            g.writeArrayFieldStart("documents");
            for (Map<String, String> d : listed) {
                g.writeStartArray();
                for (String column : List.of("id", "path", "unit", "year", "kind", "province", "status")) {
                    g.writeString(d.getOrDefault(column, ""));
                }
                for (String column : List.of("flags_error", "flags_warning", "flags_info")) {
                    g.writeNumber(d.getOrDefault(column, "").matches("\\d+") ? Integer.parseInt(d.get(column)) : 0);
                }
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("findings");
            for (Map<String, String> a : anomalies) {
                g.writeStartArray();
                g.writeNumber(at.get(a.get("document_id")));
                g.writeString(a.get("rule"));
                g.writeString(a.get("severity"));
                g.writeString(a.get("message_zh"));
                g.writeString(a.getOrDefault("page", ""));
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.flush();
            w.write(";\n");
        }
    }

    /** Copies a resource of the report next to index.html. */
    static void copy(String resource, Path to) throws IOException {
        try (InputStream in = ReportWriter.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is missing from the classpath");
            }
            Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A document's page: identity, findings linked to their blocks, then the blocks with those marked. */
    private void document(Path out, Path page, Map<String, String> d, List<Map<String, String>> findings) throws IOException {
        Path saved = out.resolve("json").resolve(d.get("id") + ".json");
        JsonNode blocks = Files.exists(saved) ? JSON.readTree(saved.toFile()).path("blocks") : JSON.createArrayNode();
        Map<String, Integer> blockAt = new LinkedHashMap<>();
        for (int b = 0; b < blocks.size(); b++) {
            blockAt.putIfAbsent(place(blocks.get(b).path("location")), b);
        }
        Map<Integer, List<Map<String, String>>> marked = new TreeMap<>();
        try (Writer w = Files.newBufferedWriter(page, StandardCharsets.UTF_8)) {
            head(w, d.get("path"));
            w.write("<p><a href=\"../index.html\">报告 report</a></p>\n<h1>" + escape(d.get("unit")) + " " + escape(d.get("year")) + " "
                    + escape(d.get("kind")) + "</h1>\n<p>" + escape(d.get("path")) + " · " + escape(d.get("format")) + " · " + escape(d.get("status"))
                    + (d.get("message").isEmpty() ? "" : " · " + escape(d.get("message")))
                    + (Files.exists(out.resolve("annotated").resolve(d.get("path"))) ? " · <a href=\"../../annotated/" + escape(d.get("path"))
                            + "\">标注的PDF annotated PDF</a>" : "") + "</p>\n");
            w.write("<h2>问题 / findings</h2>\n<table><tr><th>rule</th><th>severity</th><th>说明 message</th><th>依据 evidence</th><th>place</th></tr>\n");
            for (Map<String, String> f : findings) {
                Integer b = blockAt.get(f.get("page") + ":" + f.get("line"));
                if (b != null) {
                    marked.computeIfAbsent(b, k -> new ArrayList<>()).add(f);
                }
                String place = f.get("page").isEmpty() ? "l" + f.get("line") : "p" + f.get("page") + ":l" + f.get("line");
                w.write("<tr class=\"" + escape(f.get("severity")) + "\"><td>" + escape(f.get("rule")) + "</td><td>" + escape(f.get("severity"))
                        + "</td><td>" + escape(f.get("message_zh")) + "<br>" + escape(f.get("message_en")) + "</td><td>" + escape(f.get("evidence"))
                        + "</td><td>" + (b == null ? escape(f.get("line").isEmpty() ? "" : place) : "<a href=\"#b" + b + "\">" + escape(place) + "</a>")
                        + "</td></tr>\n");
            }
            w.write("</table>\n<h2>正文 / text</h2>\n");
            for (int b = 0; b < blocks.size(); b++) {
                JsonNode block = blocks.get(b);
                List<Map<String, String>> here = marked.getOrDefault(b, List.of());
                String flag = here.isEmpty() ? "" : " class=\"flagged\" title=\""
                        + escape(String.join("\n", here.stream().map(f -> f.get("rule") + ": " + f.get("message_zh")).toList())) + "\"";
                if ("table".equals(block.path("type").asText())) {
                    w.write("<table id=\"b" + b + "\"" + flag + ">\n");
                    for (JsonNode row : block.path("rows")) {
                        w.write("<tr>");
                        for (JsonNode cell : row) {
                            boolean spans = cell.isObject();
                            w.write("<td" + (spans && cell.path("colspan").asInt(1) > 1 ? " colspan=\"" + cell.path("colspan").asInt() + "\"" : "")
                                    + (spans && cell.path("rowspan").asInt(1) > 1 ? " rowspan=\"" + cell.path("rowspan").asInt() + "\"" : "") + ">"
                                    + escape(spans ? cell.path("text").asText() : cell.asText()) + "</td>");
                        }
                        w.write("</tr>\n");
                    }
                    w.write("</table>\n");
                } else {
                    w.write("<p id=\"b" + b + "\"" + flag + ">" + escape(block.path("text").asText()) + "</p>\n");
                }
            }
            w.write("</body>\n</html>\n");
        }
    }

    private static String place(JsonNode location) {
        return (location.has("page") ? location.path("page").asText() : "") + ":" + location.path("line").asText();
    }

    private static String counts(Map<String, Integer> bySeverity) {
        List<String> parts = new ArrayList<>();
        for (String s : List.of("error", "warning", "info")) {
            parts.add(bySeverity.getOrDefault(s, 0) + " " + s);
        }
        return String.join(", ", parts);
    }

    private static void head(Writer w, String title) throws IOException {
        w.write("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"UTF-8\">\n<title>" + escape(title) + "</title>\n<style>"
                + STYLE + "</style>\n</head>\n<body>\n");
    }
}

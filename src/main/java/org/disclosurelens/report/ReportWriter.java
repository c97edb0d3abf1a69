package org.disclosurelens.report;

import static org.disclosurelens.export.HtmlRenderer.escape;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.disclosurelens.export.CsvFile;

/**
 * The auditor's report, first slice: {@code <out>/report/index.html} (the documents, the findings
 * counted by rule and severity, and every finding in one table an auditor filters by severity, rule
 * and text) and one page per document ({@code doc/<id>.html}: its identity, its findings, each
 * linked to the paragraph or table it stands in, and its text and tables with those places marked).
 * Made from the output folder of analyze alone (documents.csv, anomalies.csv, json/), offline: no
 * script or style is fetched, the filter is a few lines of inline script, and every text of a
 * document is escaped. A document's page links its annotated PDF when {@code annotate} has written
 * one. The charts of the shares and the copy-paste network are {@link ReportCharts}'. Not yet:
 * paging for very large corpora.
 */
public final class ReportWriter {

    private static final String STYLE = "body{font-family:sans-serif;margin:1.5em}table{border-collapse:collapse}"
            + "td,th{border:1px solid #bbb;padding:2px 6px;vertical-align:top}th{background:#eee}"
            + ".error{background:#fdd}.warning{background:#ffe9b3}.info{background:#e3eeff}"
            + "p.flagged,table.flagged{outline:3px solid #e68a00}tr.hidden{display:none}";
    private static final String FILTER = "<script>function filter(){var s=document.getElementById('sev').value,"
            + "r=document.getElementById('rule').value,q=document.getElementById('q').value.toLowerCase();"
            + "document.querySelectorAll('#findings tbody tr').forEach(function(t){var ok=(!s||t.dataset.sev===s)"
            + "&&(!r||t.dataset.rule===r)&&(!q||t.textContent.toLowerCase().indexOf(q)>=0);t.className=ok?'':'hidden';});}</script>";

    private final ObjectMapper json = new ObjectMapper();

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
        try (Writer w = Files.newBufferedWriter(index, StandardCharsets.UTF_8)) {
            head(w, "Disclosure Lens 报告 / report");
            w.write("<h1>Disclosure Lens 报告 / report</h1>\n<p>" + documents.size() + " 个文件 documents, " + anomalies.size()
                    + " 个问题 findings: " + counts(bySeverity) + "</p>\n");
            w.write("<h2>按规则 / by rule</h2>\n<table><tr><th>rule</th><th>n</th></tr>\n");
            for (var e : byRule.entrySet()) {
                w.write("<tr><td>" + escape(e.getKey()) + "</td><td>" + e.getValue() + "</td></tr>\n");
            }
            w.write("</table>\n" + charts + "<h2>问题 / findings</h2>\n<p><select id=\"sev\" onchange=\"filter()\"><option value=\"\">全部 all</option>");
            for (String s : List.of("error", "warning", "info")) {
                w.write("<option>" + s + "</option>");
            }
            w.write("</select> <select id=\"rule\" onchange=\"filter()\"><option value=\"\">全部 all</option>");
            for (String rule : byRule.keySet()) {
                w.write("<option>" + escape(rule) + "</option>");
            }
            w.write("</select> <input id=\"q\" placeholder=\"搜索 search\" oninput=\"filter()\"></p>\n");
            w.write("<table id=\"findings\"><thead><tr><th>文件 document</th><th>rule</th><th>severity</th><th>说明 message</th>"
                    + "<th>page</th></tr></thead><tbody>\n");
            Map<String, String> paths = new LinkedHashMap<>();
            documents.forEach(d -> paths.put(d.get("id"), d.get("path")));
            for (Map<String, String> a : anomalies) {
                String id = a.get("document_id");
                w.write("<tr data-sev=\"" + escape(a.get("severity")) + "\" data-rule=\"" + escape(a.get("rule")) + "\"><td><a href=\"doc/"
                        + escape(id) + ".html\">" + escape(paths.getOrDefault(id, id)) + "</a></td><td>" + escape(a.get("rule"))
                        + "</td><td class=\"" + escape(a.get("severity")) + "\">" + escape(a.get("severity")) + "</td><td>"
                        + escape(a.get("message_zh")) + "</td><td>" + escape(a.get("page")) + "</td></tr>\n");
            }
            w.write("</tbody></table>\n<h2>文件 / documents</h2>\n<table><tr><th>文件 document</th><th>单位 unit</th><th>年度 year</th>"
                    + "<th>kind</th><th>status</th><th>error</th><th>warning</th><th>info</th></tr>\n");
            for (Map<String, String> d : documents) {
                w.write("<tr><td><a href=\"doc/" + escape(d.get("id")) + ".html\">" + escape(d.get("path")) + "</a></td><td>"
                        + escape(d.get("unit")) + "</td><td>" + escape(d.get("year")) + "</td><td>" + escape(d.get("kind")) + "</td><td>"
                        + escape(d.get("status")) + "</td><td>" + escape(d.get("flags_error")) + "</td><td>" + escape(d.get("flags_warning"))
                        + "</td><td>" + escape(d.get("flags_info")) + "</td></tr>\n");
            }
            w.write("</table>\n" + FILTER + "\n</body>\n</html>\n");
        }
    }

    /** A document's page: identity, findings linked to their blocks, then the blocks with those marked. */
    private void document(Path out, Path page, Map<String, String> d, List<Map<String, String>> findings) throws IOException {
        Path saved = out.resolve("json").resolve(d.get("id") + ".json");
        JsonNode blocks = Files.exists(saved) ? json.readTree(saved.toFile()).path("blocks") : json.createArrayNode();
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

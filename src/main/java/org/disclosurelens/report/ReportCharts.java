package org.disclosurelens.report;

import static org.disclosurelens.export.HtmlRenderer.escape;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.disclosurelens.export.CsvFile;

/**
 * The report's charts, drawn by ECharts (the library Chinese finance dashboards use; its bundled
 * script comes from the org.webjars.npm:echarts jar and is copied next to the report, so nothing is
 * fetched): each share the peer step compares, across the documents in rank order, the outliers of
 * outliers.csv in red; and the copy-paste network of reuse.csv, issuers as nodes and the passages two
 * issuers share (neither template text nor the same issuer's years) as edges. A click opens the
 * document's page. The data is written into the page as JSON, its text HTML-escaped (tooltips render
 * HTML) and "&lt;/" broken so no value closes the script. The share charts draw without animation and
 * in ECharts' large mode (above 2,000 points): with 10,000 documents the animated scatter kept
 * headless Chromium busy for minutes; drawn so, the index opens in under 2 s (BENCHMARKS.md).
 */
final class ReportCharts {

    private static final String SCRIPT = "META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";
    /** The shares of panel.csv the peer step compares, with their Chinese names. */
    private static final Map<String, String> RATIOS = new LinkedHashMap<>();

    static {
        RATIOS.put("three_public_share", "“三公”经费占支出比例 / 三公 share of spending");
        RATIOS.put("project_share", "项目支出占支出比例 / project share of spending");
        RATIOS.put("personnel_share_of_basic", "人员经费占基本支出比例 / personnel share of basic spending");
    }
    private static final String DRAW = "<script>\nfunction page(id){window.location.href='doc/'+id+'.html';}\n"
            + "function none(id){document.getElementById(id).outerHTML='<p>无数据 / none</p>';}\n"
            + "Object.keys(DATA.ratios).forEach(function(m){var r=DATA.ratios[m];if(!r.points.length){none('chart-'+m);return;}"
            + "var c=echarts.init(document.getElementById('chart-'+m));c.setOption({animation:false,title:{text:r.name,textStyle:{fontSize:13}},"
            + "legend:{right:0},tooltip:{formatter:function(p){return p.data[3]+'<br>'+p.data[1];}},xAxis:{type:'value',name:'rank'},"
            + "yAxis:{type:'value'},series:[{type:'scatter',name:'文件 documents',symbolSize:5,large:true,data:r.points.filter(function(p){return !p[4];})},"
            + "{type:'scatter',name:'离群 outliers',symbolSize:9,itemStyle:{color:'#d33'},data:r.points.filter(function(p){return p[4];})}]});"
            + "c.on('click',function(p){page(p.data[2]);});});\n"
            + "if(DATA.network.links.length){var n=echarts.init(document.getElementById('network'));n.setOption({tooltip:{},"
            + "series:[{type:'graph',layout:'force',roam:true,label:{show:true},force:{repulsion:150,edgeLength:90},"
            + "data:DATA.network.nodes,links:DATA.network.links}]});"
            + "n.on('click',function(p){if(p.dataType==='edge')page(p.data.doc);});}else{none('network');}\n</script>\n";

    private ReportCharts() {
    }

    /** Copies ECharts next to the report and returns the charts' section of the index. */
    static String section(Path out, Path report) throws IOException {
        ReportWriter.copy(SCRIPT, report.resolve("echarts.min.js"));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("ratios", ratios(out));
        data.put("network", network(out));
        StringBuilder html = new StringBuilder("<h2>比例 / shares</h2>\n");
        for (String m : RATIOS.keySet()) {
            html.append("<div id=\"chart-").append(m).append("\" style=\"height:300px;max-width:900px\"></div>\n");
        }
        html.append("<h2>复制网络 / copy-paste network</h2>\n<div id=\"network\" style=\"height:460px;max-width:900px\"></div>\n")
                .append("<script src=\"echarts.min.js\"></script>\n<script>var DATA=")
                .append(ReportWriter.JSON.writeValueAsString(data).replace("</", "<\\/").replace("<!--", "<\\!--"))
                .append(";</script>\n").append(DRAW);
        return html.toString();
    }

    /** Each share's points in rank order: [rank, value, id, path, outlier]. */
    private static Map<String, Object> ratios(Path out) throws IOException {
        Set<String> outliers = new HashSet<>();
        rows(out.resolve("outliers.csv"), r -> {
            if ("yes".equals(r.get("outlier"))) {
                outliers.add(r.get("document_id") + "|" + r.get("measure"));
            }
        });
        Map<String, List<Object[]>> values = new TreeMap<>();
        rows(out.resolve("panel.csv"), r -> {
            if (RATIOS.containsKey(r.get("measure")) && r.get("value").matches("-?\\d+(\\.\\d+)?")) {
                values.computeIfAbsent(r.get("measure"), k -> new ArrayList<>()).add(new Object[] {0, new BigDecimal(r.get("value")),
                        r.get("document_id"), escape(r.get("path")), outliers.contains(r.get("document_id") + "|" + r.get("measure"))});
            }
        });
        Map<String, Object> ratios = new LinkedHashMap<>();
        for (var e : RATIOS.entrySet()) {
            List<Object[]> points = values.getOrDefault(e.getKey(), new ArrayList<>());
            points.sort(Comparator.comparing(p -> (BigDecimal) p[1]));
            for (int i = 0; i < points.size(); i++) {
                points.get(i)[0] = i + 1;
            }
            ratios.put(e.getKey(), ordered("name", e.getValue(), "points", points));
        }
        return ratios;
    }

    /** Issuers as nodes; a link per pair of issuers sharing passages that are no template and not one issuer's years. */
    private static Map<String, Object> network(Path out) throws IOException {
        Map<String, Map<String, Object>> links = new LinkedHashMap<>();
        Set<String> nodes = new java.util.TreeSet<>();
        rows(out.resolve("reuse.csv"), r -> {
            if ("yes".equals(r.get("template")) || "yes".equals(r.get("same_series")) || r.get("unit_a").equals(r.get("unit_b"))) {
                return;
            }
            String a = escape(r.get("unit_a").isEmpty() ? r.get("path_a") : r.get("unit_a"));
            String b = escape(r.get("unit_b").isEmpty() ? r.get("path_b") : r.get("unit_b"));
            nodes.add(a);
            nodes.add(b);
            Map<String, Object> link = links.computeIfAbsent(a + "\u0000" + b, k -> ordered("source", a, "target", b, "value", 0,
                    "doc", r.get("document_a")));
            link.put("value", (Integer) link.get("value") + 1);
        });
        return ordered("nodes", nodes.stream().map(n -> Map.of("name", n)).toList(), "links", new ArrayList<>(links.values()));
    }

    /** A map of the keys and values given in turn, in that order: the page's bytes are the same from run to run (Map.of's order is not). */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** Streams a CSV of the output folder, if it is there (a corpus step may not have run). */
    private static void rows(Path file, Consumer<Map<String, String>> each) throws IOException {
        if (Files.exists(file)) {
            CsvFile.forEach(file, each);
        }
    }
}

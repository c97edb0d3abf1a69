package org.disclosurelens.reuse;

import java.util.List;

/** indicator_clusters.csv: one row per indicator row that several issuers print word for word. */
final class IndicatorClustersCsv {

    static final String FILE = "indicator_clusters.csv";

    private IndicatorClustersCsv() {
    }

    static List<String> header() {
        return List.of("cluster", "third_level", "description", "value", "issuers", "documents", "template", "document_ids", "paths");
    }

    static List<String> row(int number, IndicatorIndex.Cluster c, int templateIssuers) {
        return List.of(Integer.toString(number), c.thirdLevel(), c.description(), c.value(), Integer.toString(c.issuers()),
                Integer.toString(c.documents()), ReuseCsv.yes(c.issuers() > templateIssuers), String.join(";", c.documentIds()),
                String.join(";", c.paths()));
    }
}

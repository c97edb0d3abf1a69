package org.disclosurelens.compare;

import java.util.List;
import java.util.Locale;

/** outliers.csv: one row per share compared with its peers' (PeerStep). Columns in docs/csv-schema.md. */
final class OutliersCsv {

    private OutliersCsv() {
    }

    static List<String> header() {
        return List.of("document_id", "path", "issuer", "department_kind", "year", "kind", "measure", "value", "peer_scope",
                "peer_median", "peer_mad", "peer_count", "robust_z", "odds_ratio", "outlier", "peers");
    }

    static List<String> row(PeerStep.Comparison c) {
        PeerStep.Value v = c.value();
        return List.of(v.id(), v.path(), v.issuer(), v.documentKind(), v.year(), v.kind(), v.measure(), PeerStep.plain(v.value()),
                c.scope(), PeerStep.plain(c.median()), PeerStep.plain(c.mad()), Integer.toString(c.peers()),
                String.format(Locale.ROOT, "%.2f", c.z()), String.format(Locale.ROOT, "%.3g", c.oddsRatio()), c.outlier() ? "yes" : "no", String.join(";", c.peerIds()));
    }
}

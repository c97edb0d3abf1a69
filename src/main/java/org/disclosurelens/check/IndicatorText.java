package org.disclosurelens.check;

import java.util.List;
import java.util.stream.Collectors;
import org.disclosurelens.table.Indicator;
import org.disclosurelens.text.Normalizer;

/** How the indicator rules read a row: cells compared normalised, rows quoted whole, names listed. */
final class IndicatorText {

    private IndicatorText() {
    }

    /** A cell as compared: normalised, without spaces, stops and commas. */
    static String key(String text) {
        return Normalizer.normalize(text == null ? "" : text).replaceAll("[\\s。.，,]", "");
    }

    /** A row as evidence: every cell, 一级指标 to 依据. */
    static String row(Indicator i) {
        return String.join(" | ", List.of(i.level1(), i.level2(), i.level3(), i.description(), i.value(), i.basis()));
    }

    /** The 三级指标 of the rows, each once, joined by 、. */
    static String names(List<Indicator> indicators) {
        return indicators.stream().map(Indicator::level3).distinct().collect(Collectors.joining("、"));
    }
}

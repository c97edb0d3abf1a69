package org.disclosurelens.series;

import java.util.List;
import java.util.Set;

/**
 * What the year-over-year checks keep of a saved document: who issued it, for which year, the few
 * amounts they compare, and the paragraphs that state figures (for the stale-text check) — no
 * other text.
 *
 * @param kind scope and kind as a title names them: 部门预算, 单位预算, 部门决算
 * @param series the issuer's folded name with the kind: documents of one series differ in year only
 * @param year the budget year
 * @param current amounts of the document's own year
 * @param lastYear amounts the document states, or implies, for the year before
 * @param paragraphs the paragraphs with sentences stating amounts or percentages
 * @param path the file's path as documents.csv lists it
 */
record SeriesDocument(String id, String unit, String kind, String series, int year, List<Figure> current,
        List<Figure> lastYear, List<FiguredParagraph> paragraphs, String path, Set<Integer> ocrPages) {

    SeriesDocument {
        current = List.copyOf(current);
        lastYear = List.copyOf(lastYear);
        paragraphs = List.copyOf(paragraphs);
        ocrPages = Set.copyOf(ocrPages);
    }

    /** A document whose pages all came from a text layer. */
    SeriesDocument(String id, String unit, String kind, String series, int year, List<Figure> current, List<Figure> lastYear,
            List<FiguredParagraph> paragraphs, String path) {
        this(id, unit, kind, series, year, current, lastYear, paragraphs, path, Set.of());
    }

    /** Whether the figure was read by OCR (its page was a scan): it may be misread. */
    boolean readByOcr(Figure figure) {
        return ocrPages.contains(figure.location().page());
    }

    /**
     * The document's amounts of {@code item} for its own year, in the order found (headline first).
     * 收支 (预算收支安排 X) is both totals, which a document may state under either name.
     */
    List<Figure> current(String item) {
        List<String> items = item.equals("收支") ? List.of("收支", "支出", "收入") : List.of(item);
        return items.stream().flatMap(i -> current.stream().filter(f -> f.item().equals(i))).toList();
    }

    /** The same document read from the file at {@code path} (files with the same bytes share one JSON). */
    SeriesDocument withPath(String path) {
        return new SeriesDocument(id, unit, kind, series, year, current, lastYear, paragraphs, path, ocrPages);
    }

    /** The issuer, year and kind for a Chinese message: 江苏省政协办公厅（2018年部门预算）. */
    String labelZh() {
        return unit + "（" + year + "年" + kind + "）";
    }

    /** The issuer, year and kind for an English message: 江苏省政协办公厅 (2018 部门预算). */
    String labelEn() {
        return unit + " (" + year + " " + kind + ")";
    }
}

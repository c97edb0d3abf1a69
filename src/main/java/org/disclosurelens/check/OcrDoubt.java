package org.disclosurelens.check;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.disclosurelens.model.ExtractedDocument;
import org.disclosurelens.model.OcrReading;

/**
 * Findings that rest on a page read by OCR: a sum that fails there is more often a digit misread
 * than a printing error (on the scans of 012, every failing sum was), so such a finding is
 * "possibly misread" info, unless the OCR engine was sure of every character of the page (a
 * table's sums span its rows) or, for a finding about one line of text, of that line.
 */
public final class OcrDoubt {

    /**
     * Sure: the engine's lowest character score. PP-OCRv3 scores the digits it reads right from 0.5
     * up (0.50-0.99 on the amounts of 012's scans), so only a score above this excludes a misread.
     */
    static final float SURE = 0.95f;

    /** Categories whose findings rest on the figures of a whole table or section, not one line. */
    private static final Set<Category> FIGURES = Set.of(Category.ARITHMETIC, Category.CELL, Category.TEXT_VS_TABLE,
            Category.COMPLETENESS);

    private OcrDoubt() {
    }

    public static List<Finding> apply(List<Finding> findings, ExtractedDocument document) {
        if (document.ocrPages().isEmpty()) {
            return findings;
        }
        return findings.stream().map(f -> doubted(f, document)).toList();
    }

    private static Finding doubted(Finding finding, ExtractedDocument document) {
        Optional<OcrReading> page = document.ocrAt(finding.location());
        if (page.isEmpty() || !finding.doubt().isEmpty()) {
            return finding;
        }
        OcrReading reading = page.get();
        float confidence = FIGURES.contains(finding.category()) ? reading.lowest() : reading.confidence(finding.location().line());
        if (confidence >= SURE) {
            return finding;
        }
        String score = String.format(Locale.ROOT, "%.2f", confidence);
        return finding.possiblyMisread("第" + reading.page() + "页为扫描件，由OCR识别，最低置信度" + score,
                "page " + reading.page() + " is a scan read by OCR, lowest confidence " + score);
    }
}

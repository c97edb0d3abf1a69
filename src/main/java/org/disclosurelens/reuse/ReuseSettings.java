package org.disclosurelens.reuse;

/**
 * Thresholds of the corpus step.
 *
 * @param templateIssuers a passage shared by more issuers than this is template, not copying
 * @param minLength the fewest characters (ideographs, letters, digits) a reported passage matches
 * @param minSimilarity the lowest share of a passage's characters that must match in the other document
 * @param copySimilarity the lowest similarity of a copy; below it, two issuers adapted the same model
 * @param templates model text the user names (--templates FILE): passages within it are template
 */
public record ReuseSettings(int templateIssuers, int minLength, double minSimilarity, double copySimilarity,
        ModelTexts templates) implements java.io.Serializable {

    public static final ReuseSettings DEFAULT = new ReuseSettings(10, 24, 0.6, 0.9, ModelTexts.NONE);

    /** Chunks (sentences, clause groups) shorter than this are not indexed. */
    static final int MIN_CHUNK = 12;
    static final int MAX_CHUNK = 120;
    /** Characters from which a nearly identical passage without copied specifics counts as an edited copy. */
    static final int LONG_PASSAGE = 100;
    /** Characters from which a nearly identical passage of departments of other kinds counts as a copy. */
    static final int SENTENCE_ACROSS_KINDS = 40;
    /** Share of a kind's model sentence that must match in the other kind's document (全县 for 全市 aside). */
    static final double MODEL_COVER = 0.8;
    /**
     * Share of a model sentence of one kind the alignment must cover when the other document, of
     * another kind, prints the same model sentence (its names and seat words aside).
     */
    static final double SAME_MODEL_COVER = 0.5;
    /** Issuers of one kind that make a sentence their kind's model; kinds that make it everybody's. */
    static final int KIND_MODEL_ISSUERS = 3;
    /**
     * Issuers of other kinds that may print one kind's model text (or a quarter as many as of its
     * own kind) before it counts as theirs too.
     */
    static final int MAX_OTHER_KIND_ISSUERS = 2;
    /** Estimated similarity above which two chunks count as one passage when counting issuers. */
    static final double SAME_PASSAGE = 0.6;
    /** Share of sentences two files of one issuer, year and kind hold word for word to be one document. */
    static final double SAME_DOCUMENT = 0.8;
    /** The same share for two files whose headline totals are the same. */
    static final double SAME_DOCUMENT_TOTALS = 0.5;

    public ReuseSettings {
        if (templateIssuers < 2 || minLength < Aligner.SEED || minSimilarity <= 0 || minSimilarity > 1
                || copySimilarity < minSimilarity || copySimilarity > 1 || templates == null) {
            throw new IllegalArgumentException("bad reuse settings");
        }
    }

    public ReuseSettings withTemplateIssuers(int n) {
        return new ReuseSettings(n, minLength, minSimilarity, copySimilarity, templates);
    }
}

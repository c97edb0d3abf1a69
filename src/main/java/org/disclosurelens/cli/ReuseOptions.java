package org.disclosurelens.cli;

import org.disclosurelens.reuse.ModelTexts;
import org.disclosurelens.reuse.ReuseSettings;
import picocli.CommandLine.Option;

/** The reuse thresholds, shared by the reuse and analyze commands. */
public final class ReuseOptions {

    @Option(names = "--template-issuers", paramLabel = "<n>",
            description = "A passage used by more issuers than this is template, not copying (default: ${DEFAULT-VALUE}).")
    int templateIssuers = ReuseSettings.DEFAULT.templateIssuers();

    @Option(names = "--min-length", paramLabel = "<chars>",
            description = "Shortest shared passage reported, in characters without punctuation (default: ${DEFAULT-VALUE}).")
    int minLength = ReuseSettings.DEFAULT.minLength();

    @Option(names = "--copy-similarity", paramLabel = "<share>",
            description = {"Least share of identical characters for a shared passage to count as a copy; below it,",
                    "two issuers adapted the same model (default: ${DEFAULT-VALUE})."})
    double copySimilarity = ReuseSettings.DEFAULT.copySimilarity();

    @Option(names = "--templates", paramLabel = "<file>",
            description = {"Model text every unit may print, one per line (UTF-8, # for comments): a shared passage",
                    "within one is template, whatever the corpus's size (docs/rules.md, COPY-RARE-PASSAGE)."})
    java.nio.file.Path templates;

    /** The settings chosen; an IllegalArgumentException naming the bad option otherwise. */
    public ReuseSettings settings() {
        if (templateIssuers < 2) {
            throw new IllegalArgumentException("--template-issuers must be at least 2");
        }
        if (minLength < 6) {
            throw new IllegalArgumentException("--min-length must be at least 6");
        }
        if (copySimilarity < ReuseSettings.DEFAULT.minSimilarity() || copySimilarity > 1) {
            throw new IllegalArgumentException("--copy-similarity must be between " + ReuseSettings.DEFAULT.minSimilarity() + " and 1");
        }
        ModelTexts models = ModelTexts.NONE;
        if (templates != null) {
            try {
                models = ModelTexts.read(templates);
            } catch (java.io.IOException | java.io.UncheckedIOException e) {
                throw new IllegalArgumentException("--templates " + templates + " cannot be read: " + e.getMessage(), e);
            }
        }
        return new ReuseSettings(templateIssuers, minLength, ReuseSettings.DEFAULT.minSimilarity(), copySimilarity, models);
    }
}

package org.disclosurelens.reuse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Model text a user knows every unit may print (`--templates FILE`): the province's standard
 * sentences, its 名词解释, the forms of its 批复 — one text per line, UTF-8, lines starting with #
 * left out. A shared passage that lies within one of them, or that one of them makes most (80%) of,
 * is template (reuse.csv `template_reason` user-template), whatever the corpus's size: a corpus of
 * two documents cannot tell a model from a copy by counting its users. Texts are compared folded as
 * copy detection folds them (punctuation, spacing, list numbers aside).
 */
public final class ModelTexts implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public static final ModelTexts NONE = new ModelTexts(List.of());

    /** Texts shorter than this, folded, are no model of a passage (a heading, a word). */
    static final int MIN_LENGTH = 12;
    /** Share of a passage one model text must make for the passage to be that model. */
    static final double COVER = 0.8;

    private final List<String> folded;

    private ModelTexts(List<String> folded) {
        this.folded = List.copyOf(folded);
    }

    /** The model texts of a file; an unreadable file is an error the command reports. */
    public static ModelTexts read(Path file) throws IOException {
        return new ModelTexts(Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .map(l -> l.replace("\uFEFF", "").strip())
                .filter(l -> !l.startsWith("#"))
                .map(FoldedText::fold)
                .filter(l -> l.length() >= MIN_LENGTH).toList());
    }

    public int size() {
        return folded.size();
    }

    /** True when the passage (folded) lies within a model text, or a model text makes most of it. */
    boolean covers(String passage) {
        return !passage.isEmpty() && folded.stream().anyMatch(m -> m.contains(passage)
                || passage.contains(m) && m.length() >= COVER * passage.length());
    }
}

package org.disclosurelens.generate;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A passage two generated documents share verbatim: {@code target} took {@code text} from
 * {@code source}. Copies are planted faults; a series (the same unit in a later year) reuses its
 * earlier text as real units do, which the copy-paste analysis should report apart.
 *
 * @param sourcePart the canonical part the text is in, in the source
 * @param targetPart the canonical part it was put in, in the target
 */
public record SharedPassage(String source, String target, Reason reason, int sourcePart, int targetPart, String text) {

    /** Why the two documents share the passage. */
    public enum Reason {
        SERIES("series"),
        COPIED_FROM_COUNTY("copied-from-county"),
        COPIED_FROM_KIND("copied-from-kind"),
        COPIED_DUTY("copied-duty"),
        COPIED_INDICATORS("copied-indicators"),
        CHOSEN_PAIR("chosen-pair");

        private final String label;

        Reason(String label) {
            this.label = label;
        }

        @JsonValue
        public String label() {
            return label;
        }
    }
}

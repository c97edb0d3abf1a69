package org.disclosurelens.reuse;

import org.disclosurelens.model.Location;

/**
 * A passage two documents share: one row of reuse.csv.
 *
 * @param passage 1-based number of the passage within its pair, in the order of the first document
 * @param length characters of the first document's span (ideographs, letters and digits)
 * @param similarity matched characters over the longer of the two spans; 1 for an exact copy
 * @param issuers issuers whose documents use the passage (its rarest sentence), at least those of the pair
 * @param template not a sign of copying: shared by more than the template threshold of issuers,
 *     repeating template parts, a form each filled in, standard text ({@link TemplateReason})
 * @param templateReason why it is template; "" when it is not
 * @param series both documents come from the same issuer (other years, other renditions)
 * @param home the index of the document whose kind of department the passage is the model text
 *     of (the other, of another kind, printed it too), -1 when neither is
 */
public record SharedPassage(
        String pairId,
        int passage,
        DocInfo first,
        DocInfo second,
        int firstPart,
        int secondPart,
        Location firstLocation,
        Location secondLocation,
        int length,
        int secondLength,
        double similarity,
        boolean exact,
        int issuers,
        boolean template,
        String templateReason,
        boolean series,
        String firstText,
        String secondText,
        int home) implements java.io.Serializable {

    /** Rare enough to point at copying: across issuers and not template. */
    public boolean suspicious() {
        return !series && !template;
    }
}

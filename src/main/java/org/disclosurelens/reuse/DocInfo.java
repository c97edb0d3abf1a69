package org.disclosurelens.reuse;

import org.disclosurelens.identify.DocumentIdentity;

/**
 * What the corpus step keeps of each document between its passes: a few strings, never the text.
 *
 * @param index position of the document in the corpus (documents.csv order)
 * @param issuer index of the issuer: same unit name (folded) and division code
 * @param identity the document's identity, for the names it fills its forms with and its province
 * @param totals the headline totals read ({@code SavedDocument.totals}), "" when fewer than two
 * @param path the file's path as documents.csv gives it (byte-identical files share an id, not a path)
 */
record DocInfo(int index, String id, String unit, String divisionCode, String year, int issuer, DocumentIdentity identity,
        String totals, String path) implements java.io.Serializable {

    DocInfo(int index, String id, String unit, String divisionCode, String year, int issuer, DocumentIdentity identity) {
        this(index, id, unit, divisionCode, year, issuer, identity, "", "");
    }

    DocInfo(int index, String id, String unit, String divisionCode, String year, int issuer) {
        this(index, id, unit, divisionCode, year, issuer, new DocumentIdentity(unit, "", year, "", "", "", "", "", "", divisionCode,
                "", null, "", ""));
    }

    /** The issuer and year for a Chinese message: 阜平县统计局（2021年）. */
    String labelZh() {
        return (unit.isEmpty() ? id : unit) + (year.isEmpty() ? "" : "（" + year + "年）");
    }

    /** The issuer and year for an English message: 阜平县统计局 (2021). */
    String labelEn() {
        return (unit.isEmpty() ? id : unit) + (year.isEmpty() ? "" : " (" + year + ")");
    }
}

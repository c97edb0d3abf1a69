package org.disclosurelens.identify;

/**
 * Who issued a disclosure, for which year, of which kind, and where. Each field says where it was
 * read ({@code *Source}), since researchers need to know which values were inferred.
 *
 * @param kind 预算 (budget) or 决算 (final accounts), "" when unknown
 * @param scope 部门 (a department with its subordinate units) or 单位 (one unit), "" when unknown
 * @param divisionCode the GB/T 2260 code of the most specific division known (130630, 320000)
 * @param type what the file is: a budget or final-accounts disclosure, or another document
 * @param typeEvidence the words the type was told by (部门预算, 惠府办函〔2026〕13号)
 * @param issuer the unit's name in one normal form ({@link IssuerName}), from its own level
 *     ({@link IssuerName#ownLevel}), so one issuer written several ways is one issuer to the corpus steps
 */
public record DocumentIdentity(
        String unit,
        String unitSource,
        String year,
        String yearSource,
        String kind,
        String scope,
        String province,
        String city,
        String county,
        String divisionCode,
        String regionSource,
        DocumentType type,
        String typeEvidence,
        String issuer) implements java.io.Serializable {

    public static final DocumentIdentity UNKNOWN = new DocumentIdentity("", "", "", "", "", "", "", "", "", "", "",
            DocumentType.OTHER, "", "");

    public DocumentIdentity {
        type = type == null ? DocumentType.BUDGET : type;
        typeEvidence = typeEvidence == null ? "" : typeEvidence;
        issuer = IssuerName.ownLevel(issuer == null || issuer.isEmpty() ? IssuerName.normalForm(unit) : issuer, province, city, county);
    }

    /** The same identity, typed. */
    public DocumentIdentity withType(DocumentType newType, String evidence) {
        return new DocumentIdentity(unit, unitSource, year, yearSource, kind, scope, province, city, county, divisionCode,
                regionSource, newType, evidence, issuer);
    }
}

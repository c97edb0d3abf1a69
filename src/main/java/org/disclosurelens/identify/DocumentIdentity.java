package org.disclosurelens.identify;

/**
 * Who issued a disclosure, for which year, of which kind, and where. Each field says where it was
 * read ({@code *Source}), since researchers need to know which values were inferred.
 *
 * @param kind 预算 (budget) or 决算 (final accounts), "" when unknown
 * @param scope 部门 (a department with its subordinate units) or 单位 (one unit), "" when unknown
 * @param divisionCode the GB/T 2260 code of the most specific division known (130630, 320000)
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
        String regionSource) {

    public static final DocumentIdentity UNKNOWN = new DocumentIdentity("", "", "", "", "", "", "", "", "", "", "");
}

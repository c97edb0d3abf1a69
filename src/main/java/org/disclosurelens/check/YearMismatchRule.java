package org.disclosurelens.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurelens.model.Paragraph;

/**
 * TEXT-YEAR-MISMATCH: a year that is not the document's, where only its year can stand. A title or
 * heading naming the document's own kind for another year ("第三部分 …2023年度部门决算情况说明" in a
 * 2024 决算: last year's heading left in, ../shared/corpus-real 007), and the date assets are
 * counted at: a 决算 reports the end of its own year (截至2024年12月31日 in a 2024 决算), a budget
 * the end of the year before (截至2025年12月31日 in a 2026 budget). Titles are the section headings
 * and the paragraphs of at most {@link #TITLE} characters without a comma or full stop that end as
 * titles do (…表, …情况说明, …部门预算); sentences name other years' budgets rightly (与2024年预算
 * 持平, 2025年部门预算含中央基建资金). Budgets compiled before the year ends that count assets at
 * another date (截至2025年6月30日) are not read: only 12月31日 is.
 */
final class YearMismatchRule extends BaseRule {

    /** Characters up to which a paragraph may be a heading or a title. */
    static final int TITLE = 80;
    /** "2023年度部门决算", "2026年单位预算": a year, then the document's kind; not 预算执行, 预算调整. */
    private static final Pattern TITLE_YEAR = Pattern.compile("(?<![\\d上比较])(\\d{4})\\s*年度?\\s*(?:部门|单位)?\\s*(预算|决算)(?!执行|调整|数|批复)");
    /** How a title ends, before a page number or a bracketed note: 表, 说明, 情况, 公开, 预算, 决算. */
    private static final Pattern TITLE_END = Pattern.compile("(表|说明|情况|公开|预算|决算)\\s*(?:[（(][^）)]*[）)])?[\\s.…·\\d]*$");
    private static final Pattern SENTENCE = Pattern.compile("[，,。；;]");
    private static final Pattern COUNTED_AT = Pattern.compile("截[至止]\\s*(\\d{4})\\s*年\\s*12\\s*月\\s*31\\s*日");

    YearMismatchRule() {
        super(RuleId.TEXT_YEAR_MISMATCH);
    }

    @Override
    public List<Finding> check(Disclosure d) {
        List<Finding> findings = new ArrayList<>();
        java.util.OptionalInt own = yearOfKind(d);
        if (own.isEmpty()) {
            return findings;
        }
        String kind = d.identity().kind();
        int year = own.getAsInt();
        int countedAt = kind.equals("决算") ? year : year - 1;
        java.util.Set<Integer> headings = new java.util.HashSet<>();
        d.structure().sections().forEach(s -> headings.add(s.startBlock()));
        for (int b = 0; b < d.blocks().size(); b++) {
            if (!(d.blocks().get(b) instanceof Paragraph p)) {
                continue;
            }
            String text = p.text();
            boolean title = headings.contains(b) || text.length() <= TITLE && !SENTENCE.matcher(text).find()
                    && TITLE_END.matcher(text.strip()).find();
            Matcher m = TITLE_YEAR.matcher(text);
            while (title && m.find()) {
                if (m.group(2).equals(kind) && Integer.parseInt(m.group(1)) != year) {
                    findings.add(finding(d, b, Evidence.cap(text.strip()), "标题所列年份" + m.group(1) + "年与本文件年份" + year + "年不符",
                            "the title names " + m.group(1) + " while the document is of " + year).withValues(Integer.toString(year), m.group(1)));
                    break;
                }
            }
            Matcher at = COUNTED_AT.matcher(text);
            if (at.find() && Integer.parseInt(at.group(1)) != countedAt) {
                findings.add(finding(d, b, Evidence.sentence(text, at.start()), "资产统计截止日期为" + at.group(1) + "年12月31日，" + year + "年"
                        + kind + "应为" + countedAt + "年12月31日", "assets are counted at 31 December " + at.group(1) + "; a " + year + " "
                        + (kind.equals("决算") ? "决算 counts them at the end of its year" : "budget counts them at the end of the year before")
                        + ", 31 December " + countedAt).withValues(Integer.toString(countedAt), at.group(1)));
            }
        }
        return findings;
    }
}

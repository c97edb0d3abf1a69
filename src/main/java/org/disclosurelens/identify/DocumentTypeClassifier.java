package org.disclosurelens.identify;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurelens.data.DocumentData;
import org.disclosurelens.model.Block;
import org.disclosurelens.model.Paragraph;
import org.disclosurelens.text.Normalizer;

/**
 * Tells a budget or final-accounts disclosure from the other files a scraper collects under the
 * same name: gazette notices, work reports, evaluation reports, forms, portal pages. A disclosure
 * says what it is (部门预算, 单位决算, 预算公开 in its title or opening lines) or shows it (budget
 * tables, a 三公 table, 绩效目标表 read from it); anything else is typed by what it says it is:
 * a notice by its document number (惠府办函〔2026〕13号) or its closing formula (特此通知), an
 * evaluation by 绩效评价, a portal page by its navigation and footer.
 */
public final class DocumentTypeClassifier {

    /** The opening paragraphs read for a title. */
    private static final int HEAD = 25;
    private static final Pattern DISCLOSURE = Pattern.compile("(部门|单位)(预算|决算)|(预算|决算)(信息)?公开|(预算|决算)情况说明|(预算|决算)报表");
    private static final Pattern FINAL = Pattern.compile("(?<!预)决算");
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("[\\p{IsHan}]{1,10}[〔\\[［(（]\\s*20\\d{2}\\s*[〕\\]］)）]\\s*\\d{1,4}\\s*号");
    private static final Pattern NOTICE = Pattern.compile("通知|公告|通告|决定|意见|办法|细则|规定|方案|批复|函$|特此");
    /** The formula a notice ends with. */
    private static final Pattern CLOSING = Pattern.compile("特此(通知|公告|通告|批复|函告)");
    private static final Pattern EVALUATION = Pattern.compile("绩效评价报告|评价报告|评价结论|综合评价得分|评价得分");
    private static final Pattern STATISTICS = Pattern.compile("统计公报|统计年鉴|统计快报|统计月报");
    private static final Pattern FORM = Pattern.compile("(申请|登记|报名|审批|申报|备案)表");
    private static final Pattern WEB = Pattern.compile("网站地图|版权所有|ICP备|技术支持|联系我们|无障碍|当前位置|主办单位|网站标识码|公网安备");

    /** The type, and the words it was told by. */
    public record Verdict(DocumentType type, String evidence) {
    }

    /** Words in the title that say what kind of other document a file is. */
    private record Cue(DocumentType type, Pattern pattern) {
    }

    private static final List<Cue> CUES = List.of(new Cue(DocumentType.EVALUATION_REPORT, EVALUATION),
            new Cue(DocumentType.STATISTICS, STATISTICS), new Cue(DocumentType.FORM, FORM));

    public Verdict classify(List<Block> blocks, DocumentData data, String kind) {
        String head = head(blocks);
        DocumentType disclosure = FINAL.matcher(head).find() && !head.contains("预算") || "决算".equals(kind)
                ? DocumentType.FINAL_ACCOUNTS : DocumentType.BUDGET;
        Matcher named = DISCLOSURE.matcher(head);
        if (named.find()) {
            return new Verdict(disclosure, named.group());
        }
        int tables = data.budgetTables().size() + data.threePublic().size() + data.projects().size();
        if (tables >= 2) {
            return new Verdict(disclosure, tables + " budget tables read");
        }
        String all = text(blocks);
        int web = count(WEB, all);
        if (web >= 2) {
            return new Verdict(DocumentType.WEB_PAGE, first(WEB, all).orElse(""));
        }
        Optional<String> number = first(DOCUMENT_NUMBER, head);
        Optional<String> closing = first(CLOSING, all);
        if (number.isPresent() && NOTICE.matcher(head).find() || closing.isPresent()) {
            return new Verdict(DocumentType.NOTICE, number.or(() -> closing).orElseThrow());
        }
        for (Cue cue : CUES) {
            Optional<String> found = first(cue.pattern(), head);
            if (found.isPresent()) {
                return new Verdict(cue.type(), found.get());
            }
        }
        if (!kind.isEmpty() && tables == 1) {
            return new Verdict(disclosure, "预算 in the title, a budget table read");
        }
        return new Verdict(DocumentType.OTHER, "no budget title and no budget table");
    }

    private static String head(List<Block> blocks) {
        StringBuilder sb = new StringBuilder();
        for (Block b : blocks.subList(0, Math.min(blocks.size(), HEAD))) {
            if (b instanceof Paragraph p) {
                sb.append(Normalizer.normalize(p.text()).replaceAll("\\s+", "")).append('\n');
            }
        }
        return sb.toString();
    }

    private static String text(List<Block> blocks) {
        StringBuilder sb = new StringBuilder();
        for (Block b : blocks) {
            sb.append(b.text().replaceAll("\\s+", "")).append('\n');
        }
        return sb.toString();
    }

    private static int count(Pattern p, String text) {
        Matcher m = p.matcher(text);
        java.util.Set<String> found = new java.util.HashSet<>();
        while (m.find()) {
            found.add(m.group());
        }
        return found.size();
    }

    private static Optional<String> first(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }
}

package org.disclosurelens.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurelens.model.Block;
import org.disclosurelens.model.Paragraph;
import org.disclosurelens.structure.DocumentStructure;
import org.disclosurelens.structure.Section;

/**
 * Finds the amounts stated in sentences and what each is the amount of. The label is the words
 * just before the amount. A classification written out (“一般公共服务支出（类）统计信息事务（款）
 * 专项普查活动（项）”, 一般公共服务（类）支出) is what the amount after it, and the rest of its
 * paragraph, is about. 其中 (or "X中，") puts the items after it under the item before it
 * (机关运行经费 … 其中办公费), also over the following lines of a list. 比/较/与…相比 with
 * 增加/减少 makes an amount a change of the item before it; 占…的 makes it a share of it.
 */
public final class ProseFigureExtractor {

    private static final Pattern SENTENCES = Pattern.compile("[^。！？!?\\n]+[。！？!?]?");
    private static final Pattern DELIMITER = Pattern.compile("[，,；;：:、]");
    private static final Pattern THRESHOLD = Pattern.compile("^\\s*([（(]含[）)])?\\s*(以上|以下|以内|及以上|及以下)");
    /** A classification written with its levels marked: 名称（类）名称（款）名称（项）. */
    private static final Pattern CLASSIFICATION = Pattern.compile("(?:[^，,。；;：:、“”\"（()）\\s]+[（(][类款项][）)]){1,3}");
    private static final Pattern CLASS_PART = Pattern.compile("([^（()）]+)[（(][类款项][）)]");
    /** Words between a classification and its amount ("支出", "预算数为"). */
    private static final int CLASS_GAP = 12;
    private static final Pattern CHANGE = Pattern.compile(
            "^(?<label>.*?)(?:(?:与|和|同)(?<base2>.*?)相比|(?:比|较|同比)(?<base>.*?))?"
                    + "(?<dir>增加|增长|上升|提高|减少|下降|降低|压减|新增|核减|增幅|涨幅|降幅|减幅)(?:了|为|达到|达)?"
                    + "(?<undecided>[（(](减少|增加|下降)[)）])?$");
    /**
     * Words that name the amount after them as last year's, the base of the comparison that
     * follows (与上年预算568.43万元相比, 以上年预算626.39万元为基数, 比2023年预算数): the subject's amount
     * of last year, with that base, and no change.
     */
    private static final Pattern BASE_AMOUNT = Pattern.compile(
            "^(?:与|和|同|比|较|以)(?<base>(?:上年度?|上一年度?|去年|\\d{4}年度?)(?:年?初)?(?:预算)?(?:收入|支出)?(?:执行数|决算数|同期|预算数)?数?)(?:为)?$");
    private static final Pattern LEADING = Pattern.compile(
            "^(其中|另外|另|包括|含|以及|主要原因是|原因是|主要是|主要用于|分别为)?[:：]?\\s*"
                    + "([（(][一二三四五六七八九十\\d]+[)）]|[一二三四五六七八九十]+、|\\d+[.、．](?!\\d))?\\s*");
    private static final Pattern YEAR = Pattern.compile("\\d{4}\\s*(?:年度?|度)(末|底|初)?");
    private static final Pattern TRAILING = Pattern.compile("(为|是|达到|达|共计|共|合计|总计|计|约|安排)+$");
    private static final Pattern ISSUER = Pattern.compile(
            "^.{2,}?(办公室|办公厅|办事处|委员会|局|院|所|中心|厅|委|办|站|队|馆)(?=本年|收入|支出|收支|机关运行|\"?三公|“三公|固定资产|政府采购)");
    private static final Pattern SHARE = Pattern.compile("^占");
    /** "财政拨款支出预算中，…": the items after it are parts of the item before 中. */
    private static final Pattern IN_WHICH = Pattern.compile("([^，,。；;]*)中[，,：:]");
    /** A line this short holding one amount is a line of a list (基本支出71.53万元). */
    private static final int LIST_LINE = 30;

    private ProseFigureExtractor() {
    }

    /** The figures of every paragraph inside the outline's sections, in document order. */
    public static List<ProseFigure> extract(List<Block> blocks, DocumentStructure structure, String issuer) {
        int first = structure.sections().stream().mapToInt(Section::startBlock).min().orElse(blocks.size());
        List<ProseFigure> out = new ArrayList<>();
        State state = new State(issuer == null ? "" : issuer);
        for (int b = first; b < blocks.size(); b++) {
            if (blocks.get(b) instanceof Paragraph p) {
                state.paragraph(p, structure, b, out);
            } else {
                state.listParent = null;
                state.lastTop = null;
            }
        }
        return out;
    }

    /** One amount's label, read from the words before it. */
    /**
     * @param change true when the words state a change (增加, 减少), also when the template's
     *     "增加（减少）" was left undecided, which gives direction NONE
     */
    private record Label(String raw, String words, Direction direction, String base, boolean change) {

        static Label read(String raw, String issuer) {
            String words = LEADING.matcher(raw.strip()).replaceFirst("").replaceAll("\\s+", "");
            Matcher named = BASE_AMOUNT.matcher(words);
            if (named.matches()) {
                return new Label(raw.strip(), "", Direction.NONE, named.group("base"), false);
            }
            Matcher change = CHANGE.matcher(words);
            if (!mayChange(words) || !change.matches()) {
                return new Label(raw.strip(), clean(raw, issuer), Direction.NONE, "", false);
            }
            Direction d = change.group("undecided") != null ? Direction.NONE
                    : change.group("dir").matches("增加|增长|上升|提高|新增|增幅|涨幅") ? Direction.UP : Direction.DOWN;
            String base = change.group("base") != null ? change.group("base") : change.group("base2") != null ? change.group("base2") : "";
            return new Label(raw.strip(), clean(change.group("label"), issuer), d, base.strip(), true);
        }

        /** Every change word has one of these characters; without one the change pattern cannot match. */
        private static boolean mayChange(String words) {
            for (int i = 0; i < words.length(); i++) {
                if ("增减升降提压".indexOf(words.charAt(i)) >= 0) {
                    return true;
                }
            }
            return false;
        }

        private static String clean(String raw, String issuer) {
            String t = LEADING.matcher(raw.strip()).replaceFirst("");
            t = YEAR.matcher(t).replaceAll("");
            if (!issuer.isEmpty()) {
                t = t.replace(issuer, "");
            }
            t = t.length() > 6 ? ISSUER.matcher(t).replaceFirst("") : t;
            t = TRAILING.matcher(t.strip()).replaceFirst("");
            return t.replaceAll("\\s+", "").strip();
        }
    }

    /** What reading the paragraphs so far has established: the list being continued, the last item named. */
    private static final class State {
        private final String issuer;
        private List<String> listParent;
        private List<String> lastTop;

        State(String issuer) {
            this.issuer = issuer;
        }

        void paragraph(Paragraph p, DocumentStructure structure, int block, List<ProseFigure> out) {
            String text = p.text();
            if (!hasDigit(text)) {
                listParent = null;
                return;
            }
            boolean listLine = text.strip().length() <= LIST_LINE && Amounts.find(text).size() == 1;
            Context c = new Context();
            Matcher sm = SENTENCES.matcher(text);
            while (sm.find()) {
                sentence(sm.group(), listLine, c, structure, block, p, out);
            }
            listParent = c.endedInList ? c.parent : listLine && listParent != null && continues(c.lastPath) ? listParent : null;
        }

        private void sentence(String sentence, boolean listLine, Context c, DocumentStructure structure, int block,
                Paragraph p, List<ProseFigure> out) {
            boolean inList = false;
            int previousEnd = 0;
            for (Amounts.Found f : Amounts.find(sentence)) {
                String between = sentence.substring(previousEnd, f.start());
                previousEnd = f.end();
                if (THRESHOLD.matcher(sentence.substring(f.end())).find()) {
                    continue;
                }
                Optional<List<String>> classification = classification(between);
                classification.ifPresent(k -> c.subject = k);
                Optional<List<String>> list = listParent(between, c);
                if (list.isPresent()) {
                    inList = true;
                    c.parent = list.get();
                }
                Label label = Label.read(segment(between), issuer);
                List<String> path = classification.isPresent() ? classification.get()
                        : path(label, inList ? c.parent : null, listLine ? listParent : null, c);
                boolean child = inList || listLine && listParent != null && continues(path);
                if (!label.change() && !SHARE.matcher(label.words()).find()) {
                    c.lastPath = path;
                    lastTop = child ? lastTop : path;
                } else if (label.change() && !label.words().isEmpty() && !path.isEmpty()) {
                    // 收支安排比上年增加203.93万元，达到639.49万元: the change names the subject of what follows.
                    c.lastPath = path;
                }
                out.add(new ProseFigure(structure.partAt(block), path, label.raw(), f.amount(), label.direction(),
                        label.base(), sentence.strip(), p.location()));
            }
            c.endedInList = inList;
        }

        /** Most paragraphs state no amount; they are passed over without running any pattern. */
        private static boolean hasDigit(String text) {
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                if (ch >= '0' && ch <= '9' || ch >= '０' && ch <= '９') {
                    return true;
                }
            }
            return false;
        }

        /** The parent a 其中 (or "X中，") before the amount puts it under; empty when there is none. */
        private Optional<List<String>> listParent(String between, Context c) {
            if (between.contains("其中")) {
                return Optional.ofNullable(lastTop != null ? lastTop : c.lastPath);
            }
            Matcher m = IN_WHICH.matcher(between);
            if (between.indexOf('中') >= 0 && m.find() && !m.group(1).isEmpty()) {
                Optional<List<String>> named = Labels.path(Label.clean(m.group(1), issuer));
                return named.isPresent() ? named : Optional.ofNullable(lastTop != null ? lastTop : c.lastPath);
            }
            return Optional.empty();
        }

        private boolean continues(List<String> path) {
            return path != null && listParent != null && path.size() > listParent.size()
                    && path.subList(0, listParent.size()).equals(listParent);
        }

        private static List<String> path(Label label, List<String> qizhong, List<String> list, Context c) {
            List<String> subject = c.subject != null ? c.subject : c.lastPath;
            Optional<List<String>> standard = label.words().isEmpty() ? Optional.empty() : Labels.path(label.words());
            boolean aboutSubject = label.words().isEmpty() || SHARE.matcher(label.words()).find()
                    || label.change() && standard.isEmpty();
            if (aboutSubject) {
                return subject == null ? List.of() : subject;
            }
            List<String> parent = qizhong != null ? qizhong : list;
            if (standard.isPresent() && (parent == null || parent.isEmpty() || compatible(parent, standard.get()))) {
                return standard.get();
            }
            if (c.subject != null) {
                return c.subject;
            }
            if (parent == null || parent.isEmpty()) {
                return standard.orElse(List.of(label.words()));
            }
            List<String> child = new ArrayList<>(parent);
            child.add(label.words());
            return child;
        }

        /** A standard path fits under a list's parent when it shares its root (收支 holds both 收入 and 支出). */
        private static boolean compatible(List<String> parent, List<String> standard) {
            String root = parent.get(0);
            String other = standard.get(0);
            return root.equals(other) || "收支".equals(root) && ("收入".equals(other) || "支出".equals(other));
        }

        /**
         * The label's text: from the last delimiter before the amount (or the amount before it).
         * "收、支" is one word (收、支预算总计), not two items.
         */
        private static String segment(String between) {
            int cut = -1;
            Matcher d = DELIMITER.matcher(between);
            while (d.find()) {
                boolean shouZhi = d.group().equals("、") && d.start() > 0 && between.charAt(d.start() - 1) == '收'
                        && d.end() < between.length() && between.charAt(d.end()) == '支';
                cut = shouZhi ? cut : d.end();
            }
            String seg = cut < 0 ? between : between.substring(cut);
            return seg.replace("收、支", "收支");
        }

        /** The classification written just before the amount, as [类, 款, 项] names. */
        private static Optional<List<String>> classification(String between) {
            if (between.indexOf('类') < 0 && between.indexOf('款') < 0 && between.indexOf('项') < 0) {
                return Optional.empty();
            }
            Matcher m = CLASSIFICATION.matcher(between);
            java.util.regex.MatchResult last = null;
            while (m.find()) {
                last = m.toMatchResult();
            }
            if (last == null || between.length() - last.end() > CLASS_GAP
                    || DELIMITER.matcher(between.substring(last.end())).find()) {
                return Optional.empty();
            }
            List<String> names = new ArrayList<>();
            Matcher part = CLASS_PART.matcher(last.group());
            while (part.find()) {
                names.add(LEADING.matcher(part.group(1).strip()).replaceFirst(""));
            }
            return Optional.of(names);
        }
    }

    /** What one paragraph has established so far. */
    private static final class Context {
        List<String> subject;
        List<String> lastPath;
        List<String> parent;
        boolean endedInList;
    }
}

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
 * just before the amount; 其中 puts the items after it under the item before it (机关运行经费 …
 * 其中办公费), also over the following lines of a list; a classification in quotes
 * (“一般公共服务支出（类）统计信息事务（款）专项普查活动（项）”) is what every amount of its
 * paragraph is about; 比/较…增加/减少 makes an amount a change of the item before it.
 */
public final class ProseFigureExtractor {

    private static final Pattern SENTENCES = Pattern.compile("[^。！？!?\\n]+[。！？!?]?");
    private static final Pattern DELIMITER = Pattern.compile("[，,；;：:、（(）)”\"]");
    private static final Pattern THRESHOLD = Pattern.compile("^\\s*([（(]含[）)])?\\s*(以上|以下|以内|及以上|及以下)");
    private static final Pattern CLASSIFICATION = Pattern.compile(
            "[“\"]?([^“”\"（()）]+)[（(]类[）)]([^“”\"（()）]+)[（(]款[）)]([^“”\"（()）]+)[（(]项[）)]");
    private static final Pattern CHANGE = Pattern.compile(
            "^(?<label>.*?)(?:(?:比|较|同比|与)(?<base>.*?))?(?<dir>增加|增长|上升|提高|减少|下降|降低|压减|新增|核减)了?$");
    private static final Pattern LEADING = Pattern.compile(
            "^(其中|另外|另|包括|含|和|及|与|以及|主要是|主要为|分别为)?[:：]?\\s*([（(][一二三四五六七八九十\\d]+[)）]|[一二三四五六七八九十]+、|\\d+[.、．](?!\\d))?\\s*");
    private static final Pattern YEAR = Pattern.compile("\\d{4}\\s*年(度)?(末|底|初)?");
    private static final Pattern TRAILING = Pattern.compile("(为|是|达到|达|共计|共|合计|总计|计|约|安排)+$");
    private static final Pattern ISSUER = Pattern.compile(
            "^.{2,}?(办公室|办事处|委员会|局|院|所|中心|厅|委|办|站|队|馆)(?=收入|支出|收支|机关运行|\"?三公|“三公|固定资产|政府采购)");
    /** A line this short holding one amount is a line of a list (基本支出71.53万元). */
    private static final int LIST_LINE = 30;

    private ProseFigureExtractor() {
    }

    /** The figures of every paragraph inside the outline's sections, in document order. */
    public static List<ProseFigure> extract(List<Block> blocks, DocumentStructure structure, String issuer) {
        int first = structure.sections().stream().mapToInt(Section::startBlock).min().orElse(blocks.size());
        List<ProseFigure> out = new ArrayList<>();
        State state = new State(issuer);
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

    /** What reading the paragraphs so far has established: the list being continued. */
    private static final class State {
        private final String issuer;
        private List<String> listParent;
        private List<String> lastTop;

        State(String issuer) {
            this.issuer = issuer == null ? "" : issuer;
        }

        void paragraph(Paragraph p, DocumentStructure structure, int block, List<ProseFigure> out) {
            String text = p.text();
            Matcher cls = CLASSIFICATION.matcher(text);
            List<String> subject = cls.find() ? List.of(cls.group(1).strip(), cls.group(2).strip(), cls.group(3).strip()) : null;
            boolean listLine = text.strip().length() <= LIST_LINE && Amounts.find(text).size() == 1;
            List<String> lastPath = null;
            List<String> qizhongParent = null;
            boolean endedInList = false;
            Matcher sm = SENTENCES.matcher(text);
            while (sm.find()) {
                String sentence = sm.group();
                boolean inList = false;
                int previousEnd = 0;
                for (Amounts.Found f : Amounts.find(sentence)) {
                    String between = sentence.substring(previousEnd, f.start());
                    String rest = sentence.substring(f.end());
                    previousEnd = f.end();
                    if (THRESHOLD.matcher(rest).find()) {
                        continue;
                    }
                    if (between.contains("其中") || between.matches(".*[^，,。]中[，,：:].*")) {
                        inList = true;
                        qizhongParent = lastTop != null ? lastTop : lastPath;
                    }
                    String raw = segment(between);
                    Matcher change = CHANGE.matcher(clean(raw));
                    Direction direction = Direction.NONE;
                    String base = "";
                    String label = clean(raw);
                    if (change.matches()) {
                        direction = change.group("dir").matches("增加|增长|上升|提高|新增") ? Direction.UP : Direction.DOWN;
                        base = change.group("base") == null ? "" : change.group("base").strip();
                        label = change.group("label").strip();
                    }
                    List<String> path = path(subject, label, direction, inList ? qizhongParent : null,
                            listLine ? listParent : null, lastPath);
                    boolean child = inList || listLine && listParent != null && continuesList(path);
                    if (direction == Direction.NONE) {
                        lastPath = path;
                        lastTop = child ? lastTop : path;
                    }
                    out.add(new ProseFigure(structure.partAt(block), path, raw.strip(), f.amount(), direction, base,
                            sentence.strip(), p.location()));
                }
                endedInList = inList;
            }
            listParent = endedInList ? qizhongParent : listLine && listParent != null && continuesList(lastPath) ? listParent : null;
        }

        private boolean continuesList(List<String> path) {
            return path != null && path.size() > listParent.size() && path.subList(0, listParent.size()).equals(listParent);
        }

        /** The label's text: from the last delimiter before the amount (or the amount before it). */
        private static String segment(String between) {
            int cut = -1;
            Matcher d = DELIMITER.matcher(between);
            while (d.find()) {
                cut = d.end();
            }
            return cut < 0 ? between : between.substring(cut);
        }

        private String clean(String raw) {
            String t = raw.strip();
            t = LEADING.matcher(t).replaceFirst("");
            t = YEAR.matcher(t).replaceAll("");
            if (!issuer.isEmpty()) {
                t = t.replace(issuer, "");
            }
            t = ISSUER.matcher(t).replaceFirst("");
            t = TRAILING.matcher(t.strip()).replaceFirst("");
            return t.replaceAll("\\s+", "").strip();
        }

        private static List<String> path(List<String> subject, String label, Direction direction, List<String> qizhong,
                List<String> list, List<String> last) {
            if (subject != null) {
                return subject;
            }
            if (label.isEmpty()) {
                return last == null ? List.of() : last;
            }
            Optional<List<String>> standard = Labels.path(label.replace("安排", ""));
            List<String> parent = qizhong != null ? qizhong : list;
            if (parent == null || parent.isEmpty()) {
                return standard.orElse(List.of(label));
            }
            if (standard.isPresent() && compatible(parent, standard.get())) {
                return standard.get();
            }
            List<String> child = new ArrayList<>(parent);
            child.add(label);
            return child;
        }

        /** A standard path fits under a list's parent when it shares its root (收支 holds both 收入 and 支出). */
        private static boolean compatible(List<String> parent, List<String> standard) {
            String root = parent.get(0);
            String other = standard.get(0);
            return root.equals(other) || "收支".equals(root) && ("收入".equals(other) || "支出".equals(other));
        }
    }
}

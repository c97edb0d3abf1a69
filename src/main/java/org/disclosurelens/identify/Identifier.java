package org.disclosurelens.identify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurelens.model.Block;
import org.disclosurelens.model.Paragraph;
import org.disclosurelens.model.Table;
import org.disclosurelens.text.Normalizer;
import org.disclosurelens.text.Numbering;

/**
 * Reads the issuing unit, year, kind and region from a disclosure's opening lines, its labels
 * (预算主管部门：…), its text and the division codes its project codes start with.
 */
public final class Identifier {

    /** How far into the document the title, unit and year are looked for. */
    private static final int HEAD_BLOCKS = 30;
    private static final String ORG_SUFFIX = "(?:办公室|办公厅|委员会|办事处|人民政府|政府|管理委员会|管委会|委|局|厅|署|院|中心|站|所|队|馆|部|会|社|处|学校|医院|大学|学院|中学|小学|幼儿园|监狱|集团|公司|本级)";
    /** A unit's own budget beside its department's: 深圳市交通运输局（本级）. */
    private static final String OWN_LEVEL = "(?:[(（]本级[)）])?";
    private static final Pattern ORG = Pattern.compile("^[\\p{IsHan}()（）XＸ×]{3,40}" + ORG_SUFFIX + "$");
    /**
     * A cover title with the unit inside: "2026年深圳市交通运输局（本级）部门预算", "北京市信访办公室部门2026年度部门预算信息公开",
     * "2026年度福州市公安局治安管理支队单位预算", "长春市信访局（本级）2026年度部门预算公开".
     */
    private static final Pattern COVER_TITLE = Pattern.compile("^(?:20\\d{2}年度?)?([\\p{IsHan}()（）XＸ×]{3,40}?" + ORG_SUFFIX + OWN_LEVEL
            + ")(?:部门|单位)?(?:20\\d{2}年度?)?(?:部门|单位)?(?:预算|决算)");
    /** The duties sentence naming the unit: "北京市人民政府办公厅主要职责包括：". */
    private static final Pattern DUTIES = Pattern.compile("^([\\p{IsHan}()（）XＸ×]{3,40}?" + ORG_SUFFIX + OWN_LEVEL
            + ")(?:的)?(?:主要)?(?:职责|职能)(?:包括|是|为|如下)?[:：]");
    private static final Pattern LABEL = Pattern.compile(
            "(?:预算主管部门|主管部门|预算单位|编制部门|编制单位|部门名称|单位名称|部门|单位)[:：]\\s*([\\p{IsHan}()（）XＸ×]{3,40}?" + ORG_SUFFIX + ")(?![\\p{IsHan}])");
    /** A label whose name is cut at the end of its line (no organisation suffix yet). */
    private static final Pattern OPEN_LABEL = Pattern.compile(
            "(?:预算主管部门|主管部门|预算单位|编制部门|编制单位|部门名称|单位名称)[:：]\\s*[\\p{IsHan}()（）]{1,40}$");
    private static final Pattern TITLE_WITH_UNIT = Pattern.compile(
            "^([\\p{IsHan}()（）XＸ×]{3,40}?" + ORG_SUFFIX + ")\\s*(20\\d{2})\\s*年度?.{0,8}(预算|决算)");
    private static final Pattern ANNOUNCEMENT = Pattern.compile(
            "现将([\\p{IsHan}()（）XＸ×]{3,40}?" + ORG_SUFFIX + ")\\s*(20\\d{2})\\s*年度?.{0,6}(预算|决算)");
    private static final Pattern SUBJECT = Pattern.compile(
            "^([\\p{IsHan}()（）XＸ×]{3,40}?" + ORG_SUFFIX + ")(20\\d{2})年");
    /** 决算 but not 预决算 ("《地方预决算公开操作规程》" is cited by budgets too). */
    private static final Pattern FINAL = Pattern.compile("(?<!预)决算");
    private static final int COVER_LINES = 6;
    private static final int COVER_LINE = 30;
    /**
     * A title's year: "2026年部门预算", and titles that drop 年 ("2026 部门预算情况的说明", "2026 度收入预算"
     * in Beijing's 国资委 budget), but not a document number ("〔2009〕2号…预算").
     */
    private static final Pattern YEAR_TITLE = Pattern.compile("(?<![〔\\[（(\\d])(20\\d{2})(?![〕\\]）)\\d])\\s*(?:年度?|度)?[^。，,]{0,12}(预算|决算)");
    private static final Pattern YEAR = Pattern.compile("(20\\d{2})\\s*年");
    private static final Pattern FILE_YEAR = Pattern.compile("(?<!\\d)(20\\d{2})(?!\\d)");
    /** Project and unit codes begin with the county's six-digit division code (130630210EN07AM9ISE0I). */
    private static final Pattern CODE = Pattern.compile("(?<![0-9A-Za-z])(\\d{6})[0-9A-Za-z]{6,}");

    private final Divisions divisions = Divisions.get();

    public DocumentIdentity identify(List<Block> blocks, String fileName) {
        List<String> head = headLines(blocks);
        String cover = cover(blocks);
        String[] unit = unit(head, cover, blocks);
        String[] year = year(head, fileName);
        String title = cover.isEmpty() ? String.join("\n", head.subList(0, Math.min(head.size(), 8))) : cover;
        String kind = FINAL.matcher(title).find() ? "决算" : title.contains("预算") ? "预算" : "";
        String scope = title.matches("(?s).*单位(预算|决算).*") ? "单位" : kind.isEmpty() ? "" : "部门";
        Region region = region(unit[0], head, blocks);
        return new DocumentIdentity(unit[0], unit[1], year[0], year[1], kind, scope,
                region.province, region.city, region.county, region.code, region.source, DocumentType.BUDGET, "", "");
    }

    private static List<String> headLines(List<Block> blocks) {
        List<String> lines = new ArrayList<>();
        for (Block b : blocks.subList(0, Math.min(blocks.size(), HEAD_BLOCKS))) {
            if (b instanceof Paragraph p) {
                lines.add(p.text().strip());
            } else if (b instanceof Table t) {
                t.rows().stream().limit(3).forEach(row -> row.forEach(c -> lines.add(c.text().strip())));
            }
        }
        return lines;
    }

    /**
     * The cover: the short paragraphs before the contents, the first heading or the first
     * sentence, joined, since a cover title breaks anywhere ("上海市普陀区规划和自然" / "资源局" /
     * "2024 年度部门决算").
     */
    private static String cover(List<Block> blocks) {
        StringBuilder cover = new StringBuilder();
        for (Block b : blocks.subList(0, Math.min(blocks.size(), COVER_LINES))) {
            String text = b.text().strip();
            if (!(b instanceof Paragraph) || text.length() > COVER_LINE || Normalizer.normalize(text).equals("目录")
                    || Numbering.startsNumbered(text)) {
                break;
            }
            cover.append(text.replaceAll("\\s+", ""));
        }
        return cover.toString();
    }

    private static String[] unit(List<String> head, String cover, List<Block> blocks) {
        for (int i = 0; i < head.size(); i++) {
            Matcher m = LABEL.matcher(head.get(i));
            if (m.find()) {
                return new String[] {m.group(1), "label"};
            }
            // A label whose name runs on to the next line (预算主管部门：上海市崇明 / 区农业农村局): a
            // long name wrapped on a narrow cover.
            if (i + 1 < head.size() && OPEN_LABEL.matcher(head.get(i).strip()).find()) {
                Matcher joined = LABEL.matcher(head.get(i).strip() + head.get(i + 1).strip());
                if (joined.find()) {
                    return new String[] {joined.group(1), "label"};
                }
            }
        }
        String title = cover.replaceAll("^[\\p{Punct}\\p{IsPunctuation}]+", "");
        Matcher coverTitle = TITLE_WITH_UNIT.matcher(title);
        if (coverTitle.find()) {
            return new String[] {coverTitle.group(1), "title"};
        }
        Matcher yearFirst = COVER_TITLE.matcher(title);
        if (yearFirst.find()) {
            return new String[] {yearFirst.group(1), "title"};
        }
        for (String line : head.subList(0, Math.min(head.size(), 5))) {
            if (ORG.matcher(line.replaceAll("\\s+", "")).matches()) {
                return new String[] {line.replaceAll("\\s+", ""), "title"};
            }
            Matcher m = TITLE_WITH_UNIT.matcher(line.replaceAll("\\s+", ""));
            if (m.find()) {
                return new String[] {m.group(1), "title"};
            }
        }
        for (String line : head) {
            Matcher m = ANNOUNCEMENT.matcher(line.replaceAll("\\s+", ""));
            if (m.find()) {
                return new String[] {m.group(1), "text"};
            }
        }
        for (String line : head) {
            Matcher m = DUTIES.matcher(line.replaceAll("\\s+", ""));
            if (m.find()) {
                return new String[] {m.group(1), "text"};
            }
        }
        return subject(blocks);
    }

    /** The unit most paragraphs open with, as in "江苏省政协办公厅2019年度收入、支出预算总计…". */
    private static String[] subject(List<Block> blocks) {
        Map<String, Integer> counts = new HashMap<>();
        for (Block b : blocks) {
            if (b instanceof Paragraph p) {
                Matcher m = SUBJECT.matcher(p.text().replaceAll("\\s+", ""));
                if (m.find()) {
                    counts.merge(m.group(1), 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new String[] {e.getKey(), "text"}).orElse(new String[] {"", ""});
    }

    private static String[] year(List<String> head, String fileName) {
        for (String line : head.subList(0, Math.min(head.size(), 10))) {
            Matcher m = YEAR_TITLE.matcher(line);
            if (m.find()) {
                return new String[] {m.group(1), "title"};
            }
        }
        for (String line : head) {
            Matcher m = YEAR.matcher(line);
            if (m.find()) {
                return new String[] {m.group(1), "text"};
            }
        }
        Matcher m = FILE_YEAR.matcher(fileName);
        return m.find() ? new String[] {m.group(1), "file name"} : new String[] {"", ""};
    }

    private record Region(String province, String city, String county, String code, String source) {
        static final Region NONE = new Region("", "", "", "", "");

        static Region of(Divisions.Division d, String source) {
            return switch (d.level()) {
                case COUNTY -> new Region(d.province(), d.city(), d.name(), d.code(), source);
                case CITY -> new Region(d.province(), d.name(), "", d.code(), source);
                case PROVINCE -> new Region(d.province(), "", "", d.code(), source);
            };
        }
    }

    /**
     * The unit's name decides first (涞源县 in 中共涞源县委…); then the division code most project
     * codes start with; then names in the opening lines. A name several divisions share
     * (普陀区 in Shanghai and in Zhoushan) goes to the one whose city or province is named too.
     */
    private Region region(String unit, List<String> head, List<Block> blocks) {
        String context = Normalizer.normalize(String.join("\n", head));
        Optional<Divisions.Division> fromUnit = mostSpecific(Normalizer.normalize(unit), context, 2);
        if (fromUnit.isPresent() && fromUnit.get().level() == Divisions.Level.COUNTY) {
            return Region.of(fromUnit.get(), "unit name");
        }
        Optional<Divisions.Division> fromCode = codeCounty(blocks);
        if (fromCode.isPresent() && fromUnit.map(u -> within(fromCode.get(), u)).orElse(true)) {
            return Region.of(fromCode.get(), "project code " + fromCode.get().code());
        }
        if (fromUnit.isPresent()) {
            return Region.of(fromUnit.get(), "unit name");
        }
        return mostSpecific(context, context, 3).map(d -> Region.of(d, "title")).orElse(Region.NONE);
    }

    private static boolean within(Divisions.Division county, Divisions.Division area) {
        return switch (area.level()) {
            case PROVINCE -> county.province().equals(area.province());
            case CITY -> county.city().equals(area.name());
            case COUNTY -> county.code().equals(area.code());
        };
    }

    /** The most specific division named in {@code text}, ties broken by names in {@code context}. */
    private Optional<Divisions.Division> mostSpecific(String text, String context, int minLength) {
        List<Divisions.Division> found = new ArrayList<>();
        for (String name : divisions.namesIn(text)) {
            if (name.length() >= minLength) {
                found.addAll(divisions.named(name));
            }
        }
        return found.stream().max(Comparator.<Divisions.Division>comparingInt(d -> d.level().ordinal())
                .thenComparingInt(d -> support(d, context))
                .thenComparing(d -> d.name().length())
                .thenComparing(Divisions.Division::code, Comparator.reverseOrder()));
    }

    private static int support(Divisions.Division d, String context) {
        int score = 0;
        if (!d.province().isEmpty() && context.contains(d.province())) {
            score += 2;
        }
        if (!d.city().isEmpty() && !d.city().equals(d.province()) && context.contains(d.city())) {
            score += 1;
        }
        return score;
    }

    private Optional<Divisions.Division> codeCounty(List<Block> blocks) {
        Map<String, Integer> counts = new HashMap<>();
        for (Block b : blocks) {
            Matcher m = CODE.matcher(b.text());
            while (m.find()) {
                divisions.byCode(m.group(1)).filter(d -> d.level() == Divisions.Level.COUNTY)
                        .ifPresent(d -> counts.merge(d.code(), 1, Integer::sum));
            }
        }
        return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .flatMap(e -> divisions.byCode(e.getKey()));
    }
}

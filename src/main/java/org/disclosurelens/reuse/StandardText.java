package org.disclosurelens.reuse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Text every unit may print, which sharing proves nothing about: the standard names of budget
 * classification items (the 经济分类 of 《政府收支分类科目》: 办公费, 印刷费 … 其他资本性支出), listed in
 * {@code classification-names.txt} beside this class, and citations of a finance bureau's budget
 * approval (苏财预〔2017〕19号, X财预[2024]5号), which every department of the province receives.
 */
final class StandardText {

    /** A passage this much made of classification names (figures and list words aside) is their list. */
    static final double NAMES_SHARE = 0.6;
    private static final Pattern APPROVAL = Pattern.compile("\\p{IsHan}{1,8}财[预办库行资]?[〔\\[［(（]20\\d{2}[〕\\]］)）]\\d{1,4}号");
    /** Words that join the names of a list: 主要包括, 用于, 等, 其中. */
    private static final Pattern LIST_WORDS = Pattern.compile("主要包括|包括|主要用于|用于|其中|以及|和|等|万元|元|\\d");
    private static final List<String> NAMES = load();

    private StandardText() {
    }

    /** True when most of the folded text is classification names, once figures and list words are set aside. */
    static boolean classificationNames(String folded) {
        boolean[] covered = new boolean[folded.length()];
        for (String name : NAMES) {
            for (int at = folded.indexOf(name); at >= 0; at = folded.indexOf(name, at + 1)) {
                java.util.Arrays.fill(covered, at, at + name.length(), true);
            }
        }
        boolean[] neutral = new boolean[folded.length()];
        java.util.regex.Matcher m = LIST_WORDS.matcher(folded);
        while (m.find()) {
            java.util.Arrays.fill(neutral, m.start(), m.end(), true);
        }
        int names = 0;
        int counted = 0;
        for (int i = 0; i < folded.length(); i++) {
            if (covered[i]) {
                names++;
                counted++;
            } else if (!neutral[i]) {
                counted++;
            }
        }
        return counted > 0 && names >= NAMES_SHARE * counted;
    }

    /**
     * A law or rule named: 《中华人民共和国预算法》, 《…实施细则》, 固定资产管理办法. A sentence that
     * repeats what such a rule requires is the same wherever it is printed.
     */
    private static final Pattern RULE = Pattern.compile("《[^》]{2,40}》|\\p{IsHan}{2,12}(?:管理办法|实施条例|实施细则|条例)");

    /** True when the text names a law or rule. */
    static boolean citesRule(String text) {
        return RULE.matcher(text).find();
    }

    /** True when the text cites a finance bureau's approval. */
    static boolean citesApproval(String text) {
        return APPROVAL.matcher(text).find();
    }

    private static List<String> load() {
        List<String> names = new ArrayList<>();
        try (InputStream in = StandardText.class.getResourceAsStream("classification-names.txt")) {
            if (in == null) {
                throw new IllegalStateException("classification-names.txt is missing from the jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String name = FoldedText.fold(line.strip());
                if (!line.startsWith("#") && !name.isEmpty()) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        names.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(names);
    }
}

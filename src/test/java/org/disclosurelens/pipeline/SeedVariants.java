package org.disclosurelens.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Variants of the seed made by rewriting its text: other heading styles, missing or merged parts,
 * other issuers. Tests analyse them to check the parsers on more than the one real document.
 */
final class SeedVariants {

    static final Path SEED = Path.of("corpus", "seed", "000_2784683f1b3262b7.txt");
    private static final Pattern PART = Pattern.compile("(?m)^第([一二三四五六七八九])部分[:：]");
    private static final String CN = "一二三四五六七八九";

    private SeedVariants() {
    }

    static String seed() {
        try {
            return Files.readString(SEED, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rewrites every 第N部分 heading with {@code style}, which gets N as a Chinese numeral. */
    static String partHeadings(String text, java.util.function.Function<String, String> style) {
        Matcher m = PART.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(style.apply(m.group(1))));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    static String arabic(String chinese) {
        return Integer.toString(CN.indexOf(chinese) + 1);
    }

    /** Removes part {@code n} (its heading and text) from the seed's text. */
    static String withoutPart(String text, int n) {
        String heading = "第" + CN.charAt(n - 1) + "部分";
        int start = text.indexOf(heading);
        int end = n == 9 ? text.length() : text.indexOf("第" + CN.charAt(n) + "部分");
        return text.substring(0, start) + text.substring(end);
    }

    static Path write(Path dir, String name, String text) {
        try {
            Path file = dir.resolve(name);
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

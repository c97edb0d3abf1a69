package org.disclosurelens.extract;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the end of a PDF for the two marks of damage a crawler causes: a download cut short (no
 * %%EOF) and a cross-reference table that is not where startxref says. PDFBox repairs both
 * silently by scanning the whole file and exposes no flag saying it did, so without this check a
 * repaired file would look as trustworthy as an intact one. Reads only the last 2 KB (the range
 * PDFBox itself searches for startxref).
 */
final class PdfTrailer {

    static final String TRUNCATED = "the file ends without its end-of-file marker (an interrupted download?);"
            + " fetch it again";
    static final String XREF_DAMAGED = "its cross-reference table is damaged and was rebuilt by scanning the file;"
            + " check key figures against the original";

    private static final int TAIL = 2048;
    private static final Pattern STARTXREF = Pattern.compile("startxref\\s+(\\d{1,15})");
    private static final Pattern XREF_AT = Pattern.compile("^\\s*(xref|\\d+\\s+\\d+\\s+obj)");

    private PdfTrailer() {
    }

    /** What is wrong with the file's trailer, as warnings; empty for an intact file. */
    static List<String> problems(Path file) {
        List<String> problems = new ArrayList<>();
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long length = in.length();
            String tail = read(in, Math.max(0, length - TAIL), (int) Math.min(TAIL, length));
            if (!tail.contains("%%EOF")) {
                problems.add(TRUNCATED);
                return problems;
            }
            Matcher m = STARTXREF.matcher(tail);
            long offset = -1;
            while (m.find()) {
                offset = Long.parseLong(m.group(1));
            }
            if (offset < 0 || offset >= length || !XREF_AT.matcher(read(in, offset, 64)).find()) {
                problems.add(XREF_DAMAGED);
            }
        } catch (IOException e) {
            // The extractor reports unreadable files; this check only adds detail to readable ones.
        }
        return problems;
    }

    private static String read(RandomAccessFile in, long from, int length) throws IOException {
        byte[] bytes = new byte[length];
        in.seek(from);
        int n = in.read(bytes);
        return new String(bytes, 0, Math.max(0, n), StandardCharsets.ISO_8859_1);
    }
}

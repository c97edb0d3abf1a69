package org.disclosurelens.extract;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.disclosurelens.model.Block;
import org.disclosurelens.model.ExtractedDocument;
import org.disclosurelens.model.SourceFormat;

/** Text files in any common Chinese encoding, including text Tika already extracted from Word. */
final class PlainTextExtractor implements Extractor {

    @Override
    public ExtractedDocument extract(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Charset charset = CharsetGuesser.guess(bytes);
        int skip = CharsetGuesser.byteOrderMarkLength(bytes);
        String text = new String(bytes, skip, bytes.length - skip, charset);
        List<String> warnings = new ArrayList<>();
        if (text.indexOf('\uFFFD') >= 0) {
            warnings.add("some bytes are not valid " + charset.name() + "; they show as \uFFFD");
        }
        List<Block> blocks = TabbedTextParser.parse(text);
        SourceFormat format = TabbedTextParser.hasCells(blocks) ? SourceFormat.TIKA_TEXT : SourceFormat.TXT;
        return new ExtractedDocument(format, 0, charset.name(), blocks, List.of(), warnings);
    }
}

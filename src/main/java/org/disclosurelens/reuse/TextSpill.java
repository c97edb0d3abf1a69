package org.disclosurelens.reuse;

import com.carrotsearch.hppc.LongArrayList;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.disclosurelens.model.Location;

/**
 * The searched text of every document, written in the first pass by the JVM that traced it, so
 * that the second pass reads a candidate's text with one positional read instead of parsing its
 * whole JSON again. Parsing was a fifth of the aligning threads' time at 10,000 documents (JFR:
 * Jackson's UTF-8 decoding, the tables and the template parts read for nothing); at 100,000 it
 * made copy detection a fifth to a quarter dearer in CPU than reading a spill. Only traces made in this JVM carry their text ({@link DocumentTrace#searchedText}): when
 * one does not (the Spark job's executors traced it), the spill is given up and every document is
 * read from its JSON. The file takes about 13 KB a document (132 MB at 10,000 re-issued ones, a
 * third of their JSON) in the output folder while the step runs. Deleted on close.
 */
final class TextSpill implements Closeable {

    /** A document's searched units and whether its outline was recognised (its parts' roles depend on it). */
    record Text(boolean sectioned, List<TextUnit> units) {
    }

    private final SpillFile file;
    /** Byte offset of each document's entry, and of the end (DataOutputStream's own count stops at 2 GiB). */
    private final LongArrayList offsets = new LongArrayList();
    private boolean complete = true;

    TextSpill(Path folder) throws IOException {
        this.file = new SpillFile(folder, ".reuse-text-");
        offsets.add(0);
    }

    /** Appends the next document's text, or gives the spill up when its trace held none. */
    void add(Optional<Text> text) throws IOException {
        if (!complete || text.isEmpty()) {
            complete = false;
            return;
        }
        DataOutputStream out = file.out();
        out.writeBoolean(text.get().sectioned());
        out.writeInt(text.get().units().size());
        long end = offsets.get(offsets.size() - 1) + 5;
        for (TextUnit u : text.get().units()) {
            byte[] bytes = u.text().getBytes(StandardCharsets.UTF_8);
            out.writeInt(u.block());
            out.writeInt(u.part());
            out.writeInt(u.location().page());
            out.writeInt(u.location().line());
            out.writeInt(bytes.length);
            out.write(bytes);
            end += 20 + bytes.length;
        }
        offsets.add(end);
    }

    /** Ends the writing: from here on, any thread may {@link #read}. */
    void finish() throws IOException {
        file.finish();
    }

    /** Document {@code doc}'s text; empty when the spill was given up. Safe on any thread after {@link #finish}. */
    Optional<Text> read(int doc) throws IOException {
        if (!complete || !file.finished()) {
            return Optional.empty();
        }
        ByteBuffer buffer = file.read(offsets.get(doc), offsets.get(doc + 1));
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(buffer.array()));
        boolean sectioned = in.readBoolean();
        int n = in.readInt();
        List<TextUnit> units = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int block = in.readInt();
            int part = in.readInt();
            Location at = new Location(in.readInt(), in.readInt());
            units.add(new TextUnit(block, part, at, new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8)));
        }
        return Optional.of(new Text(sectioned, units));
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}

package org.disclosurelens.reuse;

import com.carrotsearch.hppc.IntArrayList;
import com.carrotsearch.hppc.LongArrayList;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.disclosurelens.model.Location;

/**
 * The searched units of every document, written to a temporary file during the first pass so
 * that the second pass re-reads a candidate's text with one positional read instead of parsing
 * its whole JSON again (tables and template parts included). Deleted on close.
 */
final class TextSpill implements Closeable {

    private final Path file;
    private final DataOutputStream out;
    private final LongArrayList offsets = new LongArrayList();
    private FileChannel channel;
    /** Bytes written so far: DataOutputStream's own count stops at 2 GiB. */
    private long written;

    TextSpill(Path folder) throws IOException {
        this.file = Files.createTempFile(folder, ".reuse-", ".tmp");
        this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
        offsets.add(0);
    }

    /** A document as the second pass needs it: its searched units and the ids of their chunks. */
    record Spilled(SavedDocument document, int[] chunkIds) {
    }

    /** Appends the searched units of the next document and the ids of their chunks. */
    void add(SavedDocument d, IntArrayList chunkIds) throws IOException {
        List<TextUnit> units = d.searchedUnits();
        out.writeBoolean(d.sectioned());
        out.writeInt(chunkIds.size());
        for (int i = 0; i < chunkIds.size(); i++) {
            out.writeInt(chunkIds.get(i));
        }
        out.writeInt(units.size());
        written += 9 + 4L * chunkIds.size();
        for (TextUnit u : units) {
            byte[] text = u.text().getBytes(StandardCharsets.UTF_8);
            written += 20 + text.length;
            out.writeInt(u.block());
            out.writeInt(u.part());
            out.writeInt(u.location().page());
            out.writeInt(u.location().line());
            out.writeInt(text.length);
            out.write(text);
        }
        offsets.add(written);
    }

    /** The document's searched units, as a document without tables, and its chunk ids. */
    Spilled read(DocInfo doc) throws IOException {
        if (channel == null) {
            out.close();
            channel = FileChannel.open(file, StandardOpenOption.READ);
        }
        long from = offsets.get(doc.index());
        ByteBuffer buffer = ByteBuffer.allocate((int) (offsets.get(doc.index() + 1) - from));
        while (buffer.hasRemaining() && channel.read(buffer, from + buffer.position()) >= 0) {
            // positional reads until the buffer is full
        }
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(buffer.array()));
        boolean sectioned = in.readBoolean();
        int[] ids = new int[in.readInt()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = in.readInt();
        }
        int n = in.readInt();
        List<TextUnit> units = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int block = in.readInt();
            int part = in.readInt();
            Location at = new Location(in.readInt(), in.readInt());
            byte[] text = in.readNBytes(in.readInt());
            units.add(new TextUnit(block, part, at, new String(text, StandardCharsets.UTF_8)));
        }
        return new Spilled(new SavedDocument(doc.id(), "", doc.identity(), sectioned, units, List.of(), ""), ids);
    }

    @Override
    public void close() throws IOException {
        out.close();
        if (channel != null) {
            channel.close();
        }
        Files.deleteIfExists(file);
    }
}

package org.disclosurelens.reuse;

import com.carrotsearch.hppc.IntArrayList;
import com.carrotsearch.hppc.LongArrayList;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The chunk ids of every document's searched parts, as the first pass numbered them, kept in a
 * temporary file until the second pass sends them with each candidate pair: 4 bytes a sentence of
 * the corpus, 1.2 GB at 10^6 documents, which the heap need not hold. Deleted on close.
 */
final class ChunkIdSpill implements Closeable {

    private final Path file;
    private final DataOutputStream out;
    /** Byte offset of each document's ids, and of the end. */
    private final LongArrayList offsets = new LongArrayList();
    private FileChannel channel;

    ChunkIdSpill(Path folder) throws IOException {
        this.file = Files.createTempFile(folder, ".reuse-ids-", ".tmp");
        this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
        offsets.add(0);
    }

    /** Appends the next document's ids. */
    void add(IntArrayList ids) throws IOException {
        for (int i = 0; i < ids.size(); i++) {
            out.writeInt(ids.get(i));
        }
        offsets.add(offsets.get(offsets.size() - 1) + 4L * ids.size());
    }

    /** The ids of document {@code doc}, in text order. */
    int[] of(int doc) throws IOException {
        if (channel == null) {
            out.close();
            channel = FileChannel.open(file, StandardOpenOption.READ);
        }
        long from = offsets.get(doc);
        ByteBuffer buffer = ByteBuffer.allocate((int) (offsets.get(doc + 1) - from));
        while (buffer.hasRemaining() && channel.read(buffer, from + buffer.position()) >= 0) {
            // positional reads until the buffer is full
        }
        buffer.flip();
        int[] ids = new int[buffer.remaining() / 4];
        buffer.asIntBuffer().get(ids);
        return ids;
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

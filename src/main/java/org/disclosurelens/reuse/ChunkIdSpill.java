package org.disclosurelens.reuse;

import com.carrotsearch.hppc.IntArrayList;
import com.carrotsearch.hppc.LongArrayList;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;

/**
 * The chunk ids of every document's searched parts, as the first pass numbered them, kept in a
 * temporary file until the second pass sends them with each candidate pair: 4 bytes a sentence of
 * the corpus, 1.2 GB at 10^6 documents, which the heap need not hold. Deleted on close.
 */
final class ChunkIdSpill implements Closeable {

    private final SpillFile file;
    /** Byte offset of each document's ids, and of the end. */
    private final LongArrayList offsets = new LongArrayList();

    ChunkIdSpill(Path folder) throws IOException {
        this.file = new SpillFile(folder, ".reuse-ids-");
        offsets.add(0);
    }

    /** Appends the next document's ids. */
    void add(IntArrayList ids) throws IOException {
        for (int i = 0; i < ids.size(); i++) {
            file.out().writeInt(ids.get(i));
        }
        offsets.add(offsets.get(offsets.size() - 1) + 4L * ids.size());
    }

    /** The ids of document {@code doc}, in text order; the first call ends the writing. */
    int[] of(int doc) throws IOException {
        file.finish();
        ByteBuffer buffer = file.read(offsets.get(doc), offsets.get(doc + 1));
        int[] ids = new int[buffer.remaining() / 4];
        buffer.asIntBuffer().get(ids);
        return ids;
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}

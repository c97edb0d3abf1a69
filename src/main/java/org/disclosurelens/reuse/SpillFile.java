package org.disclosurelens.reuse;

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
 * A temporary file in the output folder that copy detection's first pass writes one document's
 * entry after another into and its second pass reads back by byte range ({@link ChunkIdSpill},
 * {@link TextSpill}): what the heap need not hold between the passes. Deleted on close.
 */
final class SpillFile implements Closeable {

    private final Path file;
    private final DataOutputStream out;
    private FileChannel channel;

    SpillFile(Path folder, String prefix) throws IOException {
        this.file = Files.createTempFile(folder, prefix, ".tmp");
        this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
    }

    /** Where entries are written, until {@link #finish}. */
    DataOutputStream out() {
        return out;
    }

    /** Ends the writing; from here on, any thread may {@link #read}. */
    void finish() throws IOException {
        if (channel == null) {
            out.close();
            channel = FileChannel.open(file, StandardOpenOption.READ);
        }
    }

    /** Whether {@link #finish} was called. */
    boolean finished() {
        return channel != null;
    }

    /** Bytes {@code from} (inclusive) to {@code to} (exclusive), by positional reads: safe on any thread after {@link #finish}. */
    ByteBuffer read(long from, long to) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate((int) (to - from));
        while (buffer.hasRemaining() && channel.read(buffer, from + buffer.position()) >= 0) {
            // positional reads until the buffer is full
        }
        return buffer.flip();
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

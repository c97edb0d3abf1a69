package org.disclosurelens.cli;

import java.time.Duration;
import picocli.CommandLine.Option;

/** The per-document limits: shared by analyze and the Spark job, which give a file over them the same row. */
public final class DocumentLimits {

    @Option(names = "--timeout", paramLabel = "<seconds>", defaultValue = "120",
            description = "Time limit per document; a document over it is stopped and reported (default: ${DEFAULT-VALUE}; 0: none).")
    double timeout;

    @Option(names = "--max-size", paramLabel = "<size>", defaultValue = "100m", converter = ByteSize.class,
            description = "Files larger than this are reported as too large without being opened (default: ${DEFAULT-VALUE}).")
    long maxSize;

    /** The time limit; zero for none. */
    public Duration timeout() {
        return Duration.ofMillis(Math.round(Math.max(0, timeout) * 1000));
    }

    /** The size over which a file is not opened, in bytes. */
    public long maxSize() {
        return maxSize;
    }
}

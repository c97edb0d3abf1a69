package org.disclosurelens.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;

/**
 * A corpus step's stage whose results the driver reads in order, one task's at a time: every task
 * is computed at once and kept (memory, then disk), then read back task after task.
 * {@code toLocalIterator} alone would compute one task at a time, and {@code collect} would hold
 * them all on the driver.
 */
final class OrderedStage {

    private OrderedStage() {
    }

    /** Four tasks a core at least, and at most {@code each} items a task. */
    static int tasks(JavaSparkContext context, int items, int each) {
        return Math.max(1, Math.min(items, Math.max(4 * context.defaultParallelism(), (items + each - 1) / each)));
    }

    /**
     * The stage's results in order; closing the stream drops what was kept. A failed stage (a task
     * failed past Spark's retries: an unreadable JSON in the output folder) is an
     * {@link UncheckedIOException} naming the task's error, which the corpus step reports as its
     * own failure while the documents' outputs stay complete.
     */
    static <T> Stream<T> read(JavaRDD<T> stage) {
        stage.persist(StorageLevel.MEMORY_AND_DISK_SER());
        try {
            stage.count();
        } catch (Exception e) {
            stage.unpersist(false);
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            throw new UncheckedIOException(new IOException("a Spark stage failed: " + root, e));
        }
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(stage.toLocalIterator(), Spliterator.ORDERED), false)
                .onClose(() -> stage.unpersist(false));
    }
}

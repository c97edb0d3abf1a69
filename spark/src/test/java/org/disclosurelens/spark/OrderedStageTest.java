package org.disclosurelens.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;

/** A corpus step's stage is read back in the order of its input, and a failed task is the step's error, not the job's. */
class OrderedStageTest {

    private static JavaSparkContext context() {
        return JavaSparkContext.fromSparkContext(LocalSpark.session().sparkContext());
    }

    @Test
    void readsTheResultsInTheOrderOfTheInput() {
        List<Integer> input = IntStream.range(0, 1000).boxed().toList();
        JavaSparkContext context = context();
        int tasks = OrderedStage.tasks(context, input.size(), 120);
        assertEquals(9, tasks, "at most 120 items a task, and at least four tasks a core");
        JavaRDD<String> stage = context.parallelize(input, tasks).map(i -> "item " + i);
        try (Stream<String> read = OrderedStage.read(stage)) {
            assertEquals(input.stream().map(i -> "item " + i).toList(), read.toList());
        }
        assertTrue(context.getPersistentRDDs().isEmpty(), "what was kept is dropped once read");
    }

    @Test
    void aFailedTaskIsAnUncheckedIoErrorNamingItsCause() {
        JavaSparkContext context = context();
        JavaRDD<Integer> stage = context.parallelize(List.of(1, 2, 3), 3).map(i -> {
            if (i == 2) {
                throw new UncheckedIOException(new IOException("json/abc.json: unexpected end of input"));
            }
            return i;
        });
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> OrderedStage.read(stage));
        assertTrue(e.getCause().getMessage().startsWith("a Spark stage failed: java.io.IOException: json/abc.json: unexpected end of input"),
                e.getCause().getMessage());
        assertTrue(context.getPersistentRDDs().isEmpty());
    }
}

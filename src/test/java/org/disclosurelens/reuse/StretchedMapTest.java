package org.disclosurelens.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Results come in the items' order; each worker takes whole stretches, in order; a worker's IOException reaches the reader. */
class StretchedMapTest {

    @Test
    void givesTheResultsInOrderAndEachWorkerItsStretchesInOrder() {
        List<List<Integer>> seen = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        List<StretchedMap.Work<Integer, String>> workers = new ArrayList<>();
        for (List<Integer> mine : seen) {
            workers.add(i -> {
                mine.add(i);
                return "r" + i;
            });
        }
        StretchedMap<Integer, String> map = new StretchedMap<>(IntStream.range(0, 50).iterator(), workers, 4, 7, "test");
        List<String> out = new ArrayList<>();
        map.forEachRemaining(out::add);

        assertEquals(IntStream.range(0, 50).mapToObj(i -> "r" + i).toList(), out);
        // Stretch k of 4 items goes to worker k mod 3: worker 0 takes 0-3, 12-15, 24-27, 36-39, 48-49.
        assertEquals(List.of(0, 1, 2, 3, 12, 13, 14, 15, 24, 25, 26, 27, 36, 37, 38, 39, 48, 49), seen.get(0));
        assertEquals(List.of(4, 5, 6, 7, 16, 17, 18, 19, 28, 29, 30, 31, 40, 41, 42, 43), seen.get(1));
        assertEquals(List.of(8, 9, 10, 11, 20, 21, 22, 23, 32, 33, 34, 35, 44, 45, 46, 47), seen.get(2));
        assertFalse(map.hasNext());
    }

    @Test
    void aWorkersIoErrorReachesTheReader() {
        List<StretchedMap.Work<Integer, Integer>> workers = List.of(i -> i, i -> {
            if (i == 3) {
                throw new IOException("json/x.json: unexpected end of input");
            }
            return i;
        });
        StretchedMap<Integer, Integer> map = new StretchedMap<>(IntStream.range(0, 10).iterator(), workers, 2, 4, "test");
        assertEquals(0, map.next());
        assertEquals(1, map.next());
        assertEquals(2, map.next());
        UncheckedIOException e = assertThrows(UncheckedIOException.class, map::next);
        assertEquals("json/x.json: unexpected end of input", e.getCause().getMessage());
    }
}

package org.disclosurelens.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Which compiler a batch's worker JVMs and the corpus steps get, and how workers are started with it. */
class JitChoiceTest {

    private static final List<String> PLAIN = List.of("-Xmx1g", "-Dfile.encoding=UTF-8");

    @Test
    void givesLightBatchesC1AloneAndHeavyOnesTheFullCompiler() {
        assertTrue(JitChoice.quick(files(1, ".txt"), PLAIN));
        assertTrue(JitChoice.quick(files(2_000, ".docx"), PLAIN));
        assertFalse(JitChoice.quick(files(2_001, ".html"), PLAIN));
        assertTrue(JitChoice.quick(files(500, ".pdf"), PLAIN));
        assertFalse(JitChoice.quick(files(501, ".PDF"), PLAIN));
        assertFalse(JitChoice.quick(files(501, ".ofd"), PLAIN));
        List<Path> mixed = new ArrayList<>(files(400, ".pdf"));
        mixed.addAll(files(400, ".txt"));
        assertTrue(JitChoice.quick(mixed, PLAIN), "400 PDFs and 400 text files weigh 2,000");
        mixed.add(Path.of("one-more.txt"));
        assertFalse(JitChoice.quick(mixed, PLAIN));
    }

    @Test
    void leavesTheCompilerToAUserWhoSetIt() {
        assertFalse(JitChoice.compilerChosen(PLAIN));
        for (String option : List.of("-XX:TieredStopAtLevel=4", "-XX:-TieredCompilation", "-XX:+TieredCompilation",
                "-Xint", "-Xcomp")) {
            assertTrue(JitChoice.compilerChosen(List.of("-Xmx1g", option)), option);
            assertFalse(JitChoice.quick(files(10, ".txt"), List.of("-Xmx1g", option)), option);
        }
    }

    @Test
    void startsAQuickWorkerWithC1Alone() {
        List<String> quick = ChildWorker.command(PLAIN, List.of("a"), null, true);
        List<String> full = ChildWorker.command(PLAIN, List.of("a"), null, false);
        assertEquals(1, quick.stream().filter(JitChoice.QUICK::equals).count(), quick.toString());
        assertFalse(full.contains(JitChoice.QUICK), full.toString());
        assertEquals(List.of(WorkerMain.class.getName(), "a"), quick.subList(quick.size() - 2, quick.size()));
        assertTrue(quick.containsAll(PLAIN), quick.toString());
    }

    @Test
    void turnsC2OffInARunningJvmUnlessTheOptionsChoseTheCompiler() {
        // The suite's JVM runs with C1 alone already, so the directive changes nothing here.
        assertTrue(JitChoice.quickHere(PLAIN), "the JVM took the directive");
        assertTrue(JitChoice.quickHere(PLAIN), "once taken, it stays");
        assertFalse(JitChoice.quickHere(List.of("-XX:TieredStopAtLevel=1")));
    }

    @Test
    void givesTheCorpusStepsOfASmallCorpusC1Alone() {
        assertTrue(JitChoice.quickSteps(1, PLAIN));
        assertTrue(JitChoice.quickSteps(2_000, PLAIN));
        assertFalse(JitChoice.quickSteps(2_001, PLAIN));
        assertFalse(JitChoice.quickSteps(10, List.of("-Xmx1g", "-XX:TieredStopAtLevel=4")));
        // The suite's JVM chose its compiler (core-tests/pom.xml), so it is left as it is.
        assertFalse(JitChoice.forCorpusSteps(10));
    }

    private static List<Path> files(int count, String extension) {
        return IntStream.range(0, count).mapToObj(i -> Path.of("in", "f" + i + extension)).toList();
    }
}

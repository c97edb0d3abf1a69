package org.disclosurelens.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which compiler a batch's worker JVMs get, and how they are started with it. */
class WorkerCompilerTest {

    private static final List<String> PLAIN = List.of("-Xmx1g", "-Dfile.encoding=UTF-8");

    @Test
    void givesSmallBatchesC1AloneAndLargeOnesTheFullCompiler() {
        assertTrue(WorkerCompiler.quick(1, PLAIN));
        assertTrue(WorkerCompiler.quick(500, PLAIN));
        assertFalse(WorkerCompiler.quick(501, PLAIN));
    }

    @Test
    void leavesTheCompilerToAUserWhoSetIt() {
        assertFalse(WorkerCompiler.compilerChosen(PLAIN));
        for (String option : List.of("-XX:TieredStopAtLevel=4", "-XX:-TieredCompilation", "-XX:+TieredCompilation",
                "-Xint", "-Xcomp")) {
            assertTrue(WorkerCompiler.compilerChosen(List.of("-Xmx1g", option)), option);
            assertFalse(WorkerCompiler.quick(10, List.of("-Xmx1g", option)), option);
        }
    }

    @Test
    void startsAQuickWorkerWithC1Alone() {
        List<String> quick = ChildWorker.command(PLAIN, List.of("a"), null, true);
        List<String> full = ChildWorker.command(PLAIN, List.of("a"), null, false);
        assertEquals(1, quick.stream().filter(WorkerCompiler.QUICK::equals).count(), quick.toString());
        assertFalse(full.contains(WorkerCompiler.QUICK), full.toString());
        assertEquals(List.of(WorkerMain.class.getName(), "a"), quick.subList(quick.size() - 2, quick.size()));
        assertTrue(quick.containsAll(PLAIN), quick.toString());
    }
    @Test
    void turnsC2OffInARunningJvmUnlessTheOptionsChoseTheCompiler() {
        // The suite's JVM runs with C1 alone already, so the directive changes nothing here.
        assertTrue(WorkerCompiler.quickHere(PLAIN), "the JVM took the directive");
        assertFalse(WorkerCompiler.quickHere(List.of("-XX:TieredStopAtLevel=1")));
    }
}

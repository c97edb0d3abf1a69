package org.disclosurelens.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The supervisor's decisions, against a scripted worker: each file name says what the worker does
 * with it (finish, hang, or run out of memory and take the worker down).
 */
class SupervisorTest {

    /**
     * Finishes "ok" files, never finishes "hang" files, dies when it holds an "oom" file; a "scan"
     * file asks for more time (a page read by OCR) and finishes 300 ms after it was submitted.
     */
    private static class ScriptedWorker implements Worker {
        private final Script script;
        private final List<Task> running = new ArrayList<>();
        private final Map<Task, Long> submittedAt = new java.util.HashMap<>();
        private final Set<Task> announced = new java.util.HashSet<>();

        ScriptedWorker(Script script) {
            this.script = script;
        }

        @Override
        public void submit(Task task) {
            running.add(task);
            submittedAt.put(task, System.nanoTime());
            script.maxRunning = Math.max(script.maxRunning, running.size());
            script.submitted.add(task.path() + (running.size() == 1 ? "" : "+"));
        }

        @Override
        public Event next(long nanos) throws InterruptedException {
            if (running.stream().anyMatch(t -> t.path().startsWith("oom"))) {
                running.clear();
                return new Died("its heap ran out", true);
            }
            for (Task task : running) {
                if (task.path().startsWith("scan") && announced.add(task)) {
                    return new MoreTime(task.index());
                }
                boolean scanned = task.path().startsWith("scan") && System.nanoTime() - submittedAt.get(task) > 300_000_000L;
                if (task.path().startsWith("ok") || scanned) {
                    running.remove(task);
                    script.finished.add(task.path());
                    return new Done(task.index());
                }
            }
            Thread.sleep(Math.min(nanos / 1_000_000, 20));
            return null;
        }

        @Override
        public long maxMemory() {
            return 256L << 20;
        }

        @Override
        public void kill() {
            script.killed++;
        }

        @Override
        public void close() {
        }
    }

    /** What happened, for the assertions. */
    private static final class Script implements Supervisor.Failures {
        final List<String> submitted = new ArrayList<>();
        final Set<String> finished = new LinkedHashSet<>();
        final Map<String, String> failed = new java.util.LinkedHashMap<>();
        final List<Integer> reported = new ArrayList<>();
        int starts;
        int killed;
        int maxRunning;

        @Override
        public void timedOut(Task task, Duration limit) {
            failed.put(task.path(), "timeout " + limit.toMillis() + " ms");
        }

        @Override
        public void killedWorker(Task task, Worker.Died death, long maxMemory) {
            failed.put(task.path(), (death.outOfMemory() ? "out of memory " : "crash ") + (maxMemory >> 20) + " MB");
        }

        void run(int threads, long timeoutMillis, String... paths) throws java.io.IOException {
            List<Task> tasks = new ArrayList<>();
            for (String path : paths) {
                tasks.add(new Task(tasks.size(), Path.of(path), path, "id" + tasks.size(), "key" + tasks.size()));
            }
            Worker.Factory factory = () -> {
                starts++;
                return new ScriptedWorker(this);
            };
            new Supervisor(factory, threads, Duration.ofMillis(timeoutMillis), this, reported::add).run(tasks.iterator());
        }
    }

    @Test
    void neverGivesTheWorkerMoreTasksThanThreads() throws Exception {
        Script s = new Script();
        s.run(3, 0, "ok1", "ok2", "ok3", "ok4", "ok5", "ok6", "ok7");
        assertEquals(3, s.maxRunning);
        assertEquals(Set.of("ok1", "ok2", "ok3", "ok4", "ok5", "ok6", "ok7"), s.finished);
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6), s.reported.stream().sorted().toList());
        assertEquals(1, s.starts);
    }

    @Test
    void runsTheTasksOfADeadWorkerAloneToFindTheCulprit() throws Exception {
        Script s = new Script();
        s.run(2, 0, "oom-a", "ok-b", "ok-c");
        assertEquals(Map.of("oom-a", "out of memory 256 MB"), s.failed);
        assertEquals(Set.of("ok-b", "ok-c"), s.finished);
        // oom-a and ok-b ran together and the worker died; each then ran alone; ok-c after.
        assertEquals(List.of("oom-a", "ok-b+", "oom-a", "ok-b", "ok-c"), s.submitted);
        assertEquals(3, s.starts);
        assertEquals(3, s.reported.size());
    }

    @Test
    void stopsATaskOverTheTimeLimitAndHandsTheOthersOutAgain() throws Exception {
        Script s = new Script();
        s.run(2, 100, "hang-a", "ok-b", "ok-c");
        assertEquals(Map.of("hang-a", "timeout 100 ms"), s.failed);
        assertEquals(Set.of("ok-b", "ok-c"), s.finished);
        assertEquals(1, s.killed);
        assertEquals(1, s.starts, "nothing was left to do after the kill: no new worker");
        assertEquals(List.of(0, 1, 2), s.reported.stream().sorted().toList());
    }

    @Test
    void givesATaskReadingScannedPagesMoreTime() throws Exception {
        Script s = new Script();
        s.run(1, 100, "scan-a", "ok-b");
        // scan-a took 300 ms against a limit of 100 ms, but asked for a page's OCR allowance first.
        assertEquals(Map.of(), s.failed);
        assertEquals(Set.of("scan-a", "ok-b"), s.finished);
        assertEquals(0, s.killed);
    }

    @Test
    void givesUpWhenTheWorkerKeepsDyingWithoutFinishingAnything() {
        Script s = new Script();
        Worker.Factory dying = () -> {
            s.starts++;
            return new ScriptedWorker(s) {
                @Override
                public Event next(long nanos) {
                    return new Died("exit code 1: no class found", false);
                }
            };
        };
        List<Task> tasks = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            tasks.add(new Task(i, Path.of("ok" + i), "ok" + i, "id" + i, "key" + i));
        }
        BatchJob.Failure failure = assertThrows(BatchJob.Failure.class,
                () -> new Supervisor(dying, 1, Duration.ZERO, s, i -> { }).run(tasks.iterator()));
        assertTrue(failure.getMessage().startsWith("the worker JVM keeps dying (exit code 1: no class found)"),
                failure.getMessage());
        assertEquals(3, s.starts);
        assertEquals(Map.of("ok0", "crash 256 MB", "ok1", "crash 256 MB"), s.failed, "each crash is some file's row until then");
    }
}

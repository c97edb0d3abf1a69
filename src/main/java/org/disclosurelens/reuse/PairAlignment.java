package org.disclosurelens.reuse;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The second pass of copy detection as work that can be split: what the first pass learnt
 * ({@link Groups}) and the thresholds, with which any worker aligns any stretch of candidate
 * pairs, reading the two documents' texts from the output folder's json/. {@code analyze} aligns
 * every pair on one thread; the Spark job sends this object to its executors once and each aligns a
 * range of pairs. The results are the same whoever aligns: a pair's passages depend on the pair,
 * the groups and the thresholds only.
 */
public final class PairAlignment implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * A candidate pair, {@code first << 32 | second}, with the ids the first pass gave the chunks
     * of each document's searched parts, in text order.
     */
    public record Task(long pair, int[] firstIds, int[] secondIds) implements Serializable {
    }

    /** The passages of a pair, in the order of the first document. */
    public record Result(long pair, List<SharedPassage> passages) implements Serializable {
    }

    private final Groups groups;
    private final ReuseSettings settings;
    /** The output folder, as a string: a path of the machine that made it, and of every worker's (a shared file system). */
    private final String folder;
    /** The documents' texts as the first pass spilled them, in this JVM only: elsewhere each is read from its JSON. */
    private final transient TextSpill texts;

    PairAlignment(Groups groups, ReuseSettings settings, Path folder, TextSpill texts) {
        this.groups = groups;
        this.settings = settings;
        this.folder = folder.toAbsolutePath().toString();
        this.texts = texts;
    }

    /** How many pairs there are to align. */
    public int pairs() {
        return groups.pairs().length;
    }

    /**
     * Aligns {@code tasks} as they come, one result per task: a worker's stretch of pairs, ascending,
     * so each first document is read once. An unreadable document is an {@link UncheckedIOException}.
     */
    public Iterator<Result> align(Iterator<Task> tasks) {
        Worker worker = worker();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return tasks.hasNext();
            }

            @Override
            public Result next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return worker.align(tasks.next());
            }
        };
    }

    /** A worker for one thread, with a cache of the documents it read last. */
    public Worker worker() {
        return new Worker();
    }

    /** Aligns tasks one at a time; not for two threads at once. */
    public final class Worker {
        private final TaskLoader loader = new TaskLoader(Path.of(folder), texts);
        private final PassageFinder finder = new PassageFinder(groups, settings, loader);

        private Worker() {
        }

        /** The passages of the task's pair; an unreadable document is an {@link UncheckedIOException}. */
        public Result align(Task task) {
            loader.task = task;
            try {
                return new Result(task.pair(), finder.passages(task.pair()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Reads a document of the current task from the spill, or from json/ when there is none, with the
     * chunk ids the task carries.
     */
    private static final class TaskLoader implements PassageFinder.Loader {
        private final Path folder;
        /** Null once sent to another JVM. */
        private final TextSpill texts;
        Task task;

        TaskLoader(Path folder, TextSpill texts) {
            this.folder = folder;
            this.texts = texts;
        }

        @Override
        public PassageFinder.Loaded load(DocInfo doc) throws IOException {
            int[] ids = doc.index() == (int) (task.pair() >>> 32) ? task.firstIds()
                    : doc.index() == (int) task.pair() ? task.secondIds() : null;
            if (ids == null) {
                throw new IllegalStateException("document " + doc.id() + " is not of the pair being aligned");
            }
            Optional<TextSpill.Text> spilled = texts == null ? Optional.empty() : texts.read(doc.index());
            TextSpill.Text text = spilled.isPresent() ? spilled.get() : json(doc);
            return new PassageFinder.Loaded(new SavedDocument(doc.id(), "", doc.identity(), text.sectioned(), text.units(),
                    List.of(), ""), ids);
        }

        private TextSpill.Text json(DocInfo doc) throws IOException {
            SavedDocument d = SavedDocument.read(folder.resolve("json").resolve(doc.id() + ".json"));
            return new TextSpill.Text(d.sectioned(), d.searchedUnits());
        }
    }
}

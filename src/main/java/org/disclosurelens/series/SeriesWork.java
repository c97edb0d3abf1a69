package org.disclosurelens.series;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the year-over-year step compares its series: each series alone
 * ({@link YearOverYearStep#compare}), reading its documents' JSON. {@link #LOCAL} compares them one
 * after another on the calling thread, holding one series at a time; the Spark job compares them
 * in its executors. Either gives the same files.
 */
public interface SeriesWork {

    SeriesWork LOCAL = (folder, series) -> series.stream().map(members -> {
        try {
            return YearOverYearStep.compare(folder, members);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    });

    /**
     * What each series gave, in the order of {@code series}. An unreadable JSON is an
     * {@link UncheckedIOException}; closing the stream releases what made it.
     */
    Stream<YearOverYearStep.Found> compare(Path folder, List<List<YearOverYearStep.Member>> series) throws IOException;
}

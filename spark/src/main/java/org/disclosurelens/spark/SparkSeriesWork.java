package org.disclosurelens.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaSparkContext;
import org.disclosurelens.series.SeriesWork;
import org.disclosurelens.series.YearOverYearStep;

/**
 * The year-over-year step's comparisons as a Spark stage: the series (one issuer, kind and
 * division, as the driver groups documents.csv) are compared in the executors, each by the core's
 * {@link YearOverYearStep#compare} reading its documents' JSON from the output folder; the driver
 * writes their rows in the series' order, one task's at a time.
 */
final class SparkSeriesWork implements SeriesWork {

    /** Series a task compares. */
    static final int SERIES_PER_TASK = 100;

    private final JavaSparkContext context;

    SparkSeriesWork(JavaSparkContext context) {
        this.context = context;
    }

    @Override
    public Stream<YearOverYearStep.Found> compare(Path folder, List<List<YearOverYearStep.Member>> series) {
        String root = folder.toAbsolutePath().toString();
        // Lists Spark can ship whatever list the step hands over.
        List<ArrayList<YearOverYearStep.Member>> shipped = series.stream().map(ArrayList::new).toList();
        context.setJobDescription("year over year: compare the series");
        int tasks = OrderedStage.tasks(context, shipped.size(), SERIES_PER_TASK);
        return OrderedStage.read(context.parallelize(shipped, tasks).mapPartitions(part -> {
            List<YearOverYearStep.Found> out = new ArrayList<>();
            while (part.hasNext()) {
                out.add(YearOverYearStep.compare(Path.of(root), part.next()));
            }
            return out.iterator();
        }));
    }
}

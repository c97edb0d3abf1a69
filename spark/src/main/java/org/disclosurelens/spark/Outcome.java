package org.disclosurelens.spark;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.disclosurelens.export.CsvView;
import org.disclosurelens.export.OutputViews;
import scala.jdk.javaapi.CollectionConverters;

/**
 * One document's results as a row of the job's results table: its place and path, the cache key
 * (content id and path) it is kept under for the next run, its status, whether a limit of this run
 * made it (retried next time), and its share of each CSV of {@link OutputViews} as the
 * exact text {@code analyze} writes, in the views' order; and whether it was kept from the earlier
 * run. A kept row leaves the executor with a null status: its results are joined from there.
 */
final class Outcome {

    static final String INDEX = "index";
    static final String PATH = "path";
    static final String KEY = "key";
    static final String ID = "id";
    static final String STATUS = "status";
    static final String RETRY = "retry";
    static final String CSV = "csv";
    static final String KEPT = "kept";

    static final StructType SCHEMA = new StructType(new StructField[] {
        DataTypes.createStructField(INDEX, DataTypes.LongType, false),
        DataTypes.createStructField(PATH, DataTypes.StringType, false),
        DataTypes.createStructField(KEY, DataTypes.StringType, false),
        DataTypes.createStructField(ID, DataTypes.StringType, false),
        DataTypes.createStructField(STATUS, DataTypes.StringType, true),
        DataTypes.createStructField(RETRY, DataTypes.BooleanType, false),
        DataTypes.createStructField(CSV, DataTypes.createArrayType(DataTypes.StringType, false), true),
        DataTypes.createStructField(KEPT, DataTypes.BooleanType, false),
    });

    private Outcome() {
    }

    static Row done(InputFile file, String key, String id, String status, boolean retry, List<String> csv) {
        return new GenericRowWithSchema(new Object[] {file.index(), file.path(), key, id, status, retry,
            CollectionConverters.asScala(csv).toSeq(), false}, SCHEMA);
    }

    /** A document of an earlier run, found by its key: only its place in this run is new. */
    static Row kept(InputFile file, String key, String id) {
        return new GenericRowWithSchema(new Object[] {file.index(), file.path(), key, id, null, false, null, true}, SCHEMA);
    }

    /** The position of documents.csv in the {@link #CSV} array. */
    static int documentsView() {
        List<CsvView> views = OutputViews.all();
        for (int i = 0; i < views.size(); i++) {
            if (views.get(i).fileName().equals(org.disclosurelens.export.DocumentsCsv.FILE)) {
                return i;
            }
        }
        throw new IllegalStateException("OutputViews has no documents.csv");
    }
}

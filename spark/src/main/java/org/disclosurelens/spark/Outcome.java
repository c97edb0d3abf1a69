package org.disclosurelens.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.disclosurelens.export.CsvView;
import org.disclosurelens.export.OutputViews;

/**
 * One document's results as a row of the job's results table: its place and path, the cache key
 * (content id and path) it is kept under for the next run, its status, whether a limit of this run
 * made it (retried next time), and its share of each CSV of {@link OutputViews} as the
 * exact text {@code analyze} writes, a column per view; and whether it was kept from the earlier
 * run. A kept row leaves the executor with a null status: its results are joined from there.
 */
final class Outcome {

    static final String INDEX = "index";
    static final String PATH = "path";
    static final String KEY = "key";
    static final String ID = "id";
    static final String STATUS = "status";
    static final String RETRY = "retry";
    static final String KEPT = "kept";

    static final StructType SCHEMA = schema();

    private Outcome() {
    }

    /**
     * The fixed columns, then one column per view ({@link #column}), then {@link #KEPT}: a column
     * each, so a table built from one view reads only that view's column of the Parquet files.
     */
    private static StructType schema() {
        StructType schema = new StructType(new StructField[] {
            DataTypes.createStructField(INDEX, DataTypes.LongType, false),
            DataTypes.createStructField(PATH, DataTypes.StringType, false),
            DataTypes.createStructField(KEY, DataTypes.StringType, false),
            DataTypes.createStructField(ID, DataTypes.StringType, false),
            DataTypes.createStructField(STATUS, DataTypes.StringType, true),
            DataTypes.createStructField(RETRY, DataTypes.BooleanType, false),
        });
        for (CsvView view : OutputViews.all()) {
            schema = schema.add(column(view.fileName()), DataTypes.StringType, true);
        }
        return schema.add(KEPT, DataTypes.BooleanType, false);
    }

    /** The column holding a document's share of the CSV {@code fileName}: {@code csv_documents} for documents.csv. */
    static String column(String fileName) {
        return "csv_" + fileName.replaceFirst("\\.csv$", "");
    }

    /** {@code csv}: the document's share of each view's CSV, in the order of {@link OutputViews#all()}. */
    static Row done(InputFile file, String key, String id, String status, boolean retry, List<String> csv) {
        List<Object> values = new ArrayList<>(List.of(file.index(), file.path(), key, id, status, retry));
        values.addAll(csv);
        values.add(false);
        return new GenericRowWithSchema(values.toArray(), SCHEMA);
    }

    /** A document of an earlier run, found by its key: only its place in this run is new. */
    static Row kept(InputFile file, String key, String id) {
        Object[] values = new Object[SCHEMA.size()];
        Object[] fixed = {file.index(), file.path(), key, id, null, false};
        System.arraycopy(fixed, 0, values, 0, fixed.length);
        values[values.length - 1] = true;
        return new GenericRowWithSchema(values, SCHEMA);
    }
}

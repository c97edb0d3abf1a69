package org.disclosurelens.batch;

import java.time.Duration;
import org.disclosurelens.extract.ExtractionException;

/**
 * The error-row messages of a document stopped by a limit of the run rather than by its content:
 * one wording whether {@code analyze}'s supervisor or a Spark executor stopped it.
 */
public final class LimitMessages {

    private LimitMessages() {
    }

    /** Over the time limit {@code limit}. */
    public static String timedOut(Duration limit) {
        return new ExtractionException(ExtractionException.Reason.TIMEOUT, "analysis took longer than "
                + seconds(limit) + " s and was stopped; raise --timeout to allow more time").userMessage();
    }

    /** Needed more than the {@code maxMemory} bytes the analysing JVM may use; {@code reason} says how it ended. */
    public static String outOfMemory(long maxMemory, String reason) {
        return new ExtractionException(ExtractionException.Reason.TOO_LARGE, "analysing it needed more memory than the "
                + maxMemory / (1024 * 1024) + " MB the worker may use (" + reason + "); raise --memory to try again").userMessage();
    }

    /** A library's Error (a LinkageError, say) while analysing it. */
    public static String internalError(Error e) {
        return "internal error: " + e + "; the batch went on without this file; please report it with the file";
    }

    private static String seconds(Duration limit) {
        return limit.toMillis() % 1000 == 0 ? Long.toString(limit.toSeconds()) : Double.toString(limit.toMillis() / 1000.0);
    }
}

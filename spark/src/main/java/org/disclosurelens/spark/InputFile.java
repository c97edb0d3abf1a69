package org.disclosurelens.spark;

import java.io.Serializable;

/**
 * One file of the job's input: its place in the output order, where it is (a Hadoop URI), the path
 * the outputs report (relative to the folder named, or as the manifest gives it), the URL it was
 * published at when the manifest says, and why it cannot be read when listing it failed (else empty).
 */
public record InputFile(long index, String uri, String path, String sourceUrl, String problem) implements Serializable {

    public InputFile {
        sourceUrl = sourceUrl == null ? "" : sourceUrl;
        problem = problem == null ? "" : problem;
    }

    boolean listed() {
        return problem.isEmpty();
    }
}

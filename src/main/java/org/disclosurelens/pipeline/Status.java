package org.disclosurelens.pipeline;

/** The outcome of one file, as documents.csv reports it. */
public enum Status {
    /** Text read and the layout recognised. */
    OK("ok"),
    /** Text read, but the layout was not recognised or no outline was found. */
    PARTIAL("partial"),
    /** Nothing could be read; the message says why. */
    ERROR("error");

    private final String label;

    Status(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

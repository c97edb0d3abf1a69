package org.disclosurelens.figure;

/** Whether a figure states a change, and which way: 较上年增加28.78万元 is UP. */
public enum Direction {
    NONE(""), UP("增加"), DOWN("减少");

    private final String label;

    Direction(String label) {
        this.label = label;
    }

    /** As written in figures.csv: "", 增加, 减少. */
    public String label() {
        return label;
    }
}

package org.disclosurelens.check;

/** The kinds of problems findings report; each rule belongs to one. */
public enum Category {
    ARITHMETIC("arithmetic"),
    PLACEHOLDER("placeholder"),
    COPY_PASTE("copy-paste"),
    WRONG_PLACE("wrong-place"),
    OUT_OF_DOMAIN("out-of-domain"),
    CONTRADICTION("contradiction"),
    TEXT_VS_TABLE("text-vs-table"),
    DRAFTING("drafting"),
    COMPLETENESS("completeness"),
    /** A table cell that cannot hold what it holds: a negative amount, a share over 100%. */
    CELL("cell"),
    /** A figure far from those of the document's peers (same kind of department, same year). */
    OUTLIER("outlier");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

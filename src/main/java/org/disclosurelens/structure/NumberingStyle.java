package org.disclosurelens.structure;

/**
 * How a heading is numbered. Official documents nest in this order: 第一部分, then 一、, then
 * （一）, then 1., then （1）; a heading without a number ranks by what its title names.
 */
public enum NumberingStyle {
    PART,
    CHINESE,
    PAREN_CHINESE,
    ARABIC,
    PAREN_ARABIC,
    NONE;

    /** Smaller ranks enclose larger ones. */
    int rank() {
        return ordinal();
    }
}

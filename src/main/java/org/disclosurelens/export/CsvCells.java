package org.disclosurelens.export;

import java.util.regex.Pattern;

/**
 * Makes a cell safe to open in Excel or WPS: text starting with = + - @ tab or carriage return
 * is a formula to a spreadsheet (OWASP "CSV injection"), so it gets a leading apostrophe.
 * Numbers such as -12.50 are left alone, so amounts stay numeric.
 */
public final class CsvCells {

    private static final Pattern NUMBER = Pattern.compile("^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?%?$");

    private CsvCells() {
    }

    public static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return risky && !NUMBER.matcher(value).matches() ? "'" + value : value;
    }
}

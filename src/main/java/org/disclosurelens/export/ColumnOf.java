package org.disclosurelens.export;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.disclosurelens.figure.Amount;
import org.disclosurelens.model.Location;
import org.disclosurelens.pipeline.DocumentResult;
import org.disclosurelens.structure.CanonicalPart;

/**
 * A column of a CSV whose rows are items of type {@code T} (a figure, a budget line): its header
 * and how to read its value. Each CSV lists its columns as an enum implementing this.
 */
interface ColumnOf<T> {

    String header();

    String value(DocumentResult result, T item);

    static <T, C extends Enum<C> & ColumnOf<T>> List<String> headers(Class<C> columns) {
        return Arrays.stream(columns.getEnumConstants()).map(ColumnOf::header).toList();
    }

    static <T, C extends Enum<C> & ColumnOf<T>> List<List<String>> rows(Class<C> columns, DocumentResult result, List<T> items) {
        C[] cs = columns.getEnumConstants();
        return items.stream().map(item -> Arrays.stream(cs).map(c -> c.value(result, item)).toList()).toList();
    }

    static String page(Location l) {
        return l.page() == 0 ? "" : Integer.toString(l.page());
    }

    static String line(Location l) {
        return Integer.toString(l.line());
    }

    static String wan(Optional<Amount> a) {
        return a.map(Amount::wanText).orElse("");
    }

    static String part(CanonicalPart p) {
        return p == null ? "" : Integer.toString(p.number());
    }

    static String number(BigDecimal value) {
        return Amount.plain(value);
    }
}

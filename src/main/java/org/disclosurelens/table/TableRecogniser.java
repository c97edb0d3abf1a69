package org.disclosurelens.table;

import java.util.Optional;

/** Reads one kind of table; empty when the table is not of its kind. Implementations hold no state. */
public interface TableRecogniser {

    Optional<TableData> recognise(LocatedTable table);
}

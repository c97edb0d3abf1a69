package org.disclosurelens.table;

import java.util.List;

/** A 机构设置 table: the units of the department. */
public record OrganisationTable(LocatedTable source, List<Organisation> units) implements TableData {

    public OrganisationTable {
        units = List.copyOf(units);
    }

    @Override
    public TableKind kind() {
        return TableKind.ORGANISATION;
    }
}

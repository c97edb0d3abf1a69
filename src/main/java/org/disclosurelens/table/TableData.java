package org.disclosurelens.table;

/** What a recogniser read from one table: a value record per table kind. */
public sealed interface TableData permits BudgetTable, ThreePublicTable, ProjectTable, AssetTable, OrganisationTable {

    /** The table it was read from, with its title, unit and part. */
    LocatedTable source();

    TableKind kind();
}

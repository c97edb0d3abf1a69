package org.disclosurelens.data;

import java.util.List;
import org.disclosurelens.figure.ProseFigure;
import org.disclosurelens.table.AssetTable;
import org.disclosurelens.table.BudgetTable;
import org.disclosurelens.table.LocatedTable;
import org.disclosurelens.table.OrganisationTable;
import org.disclosurelens.table.Project;
import org.disclosurelens.table.ProjectTable;
import org.disclosurelens.table.TableData;
import org.disclosurelens.table.ThreePublicTable;

/**
 * Every figure read from one disclosure: its tables (each located, and those of a known kind read
 * into records), the amounts stated in its prose, and the headline totals. Immutable.
 *
 * @param tables every table, with title, unit and part
 * @param recognised what was read from the tables of a known kind, in table order
 * @param figures the amounts stated in prose, in document order
 */
public record DocumentData(List<LocatedTable> tables, List<TableData> recognised, List<ProseFigure> figures,
        Headline headline) {

    public static final DocumentData EMPTY = new DocumentData(List.of(), List.of(), List.of(), Headline.NONE);

    public DocumentData {
        tables = List.copyOf(tables);
        recognised = List.copyOf(recognised);
        figures = List.copyOf(figures);
    }

    public List<BudgetTable> budgetTables() {
        return of(BudgetTable.class);
    }

    public List<ThreePublicTable> threePublic() {
        return of(ThreePublicTable.class);
    }

    public List<Project> projects() {
        return of(ProjectTable.class).stream().map(ProjectTable::project).toList();
    }

    public List<AssetTable> assets() {
        return of(AssetTable.class);
    }

    public List<OrganisationTable> organisations() {
        return of(OrganisationTable.class);
    }

    /** What was read from table {@code index}, if it was of a known kind. */
    public java.util.Optional<TableData> recognised(int index) {
        return recognised.stream().filter(d -> d.source().index() == index).findFirst();
    }

    private <T extends TableData> List<T> of(Class<T> type) {
        return recognised.stream().filter(type::isInstance).map(type::cast).toList();
    }
}

package org.disclosurelens.export;

import java.util.List;

/** The CSV files `analyze` writes, in the order their views are listed here. */
public final class OutputViews {

    private OutputViews() {
    }

    public static List<CsvView> all() {
        return List.of(new DocumentsCsv(), new SectionsCsv(), new AnomaliesCsv(), new FiguresCsv(), new TablesCsv(),
                new BudgetLinesCsv(), new ThreePublicCsv(), new ProjectsCsv(), new IndicatorsCsv(), new SpendingPlanCsv(),
                new AssetsCsv(), new OrganisationsCsv(), new PanelCsv());
    }
}

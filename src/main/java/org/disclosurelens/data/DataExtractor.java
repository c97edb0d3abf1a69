package org.disclosurelens.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.disclosurelens.figure.ProseFigure;
import org.disclosurelens.figure.ProseFigureExtractor;
import org.disclosurelens.model.Block;
import org.disclosurelens.structure.DocumentStructure;
import org.disclosurelens.table.BudgetTableRecogniser;
import org.disclosurelens.table.FixedAssetsRecogniser;
import org.disclosurelens.table.LocatedTable;
import org.disclosurelens.table.OrganisationRecogniser;
import org.disclosurelens.table.PerformanceTargetRecogniser;
import org.disclosurelens.table.SummaryTableRecogniser;
import org.disclosurelens.table.TableData;
import org.disclosurelens.table.TableLocator;
import org.disclosurelens.table.TableRecogniser;
import org.disclosurelens.table.ThreePublicRecogniser;

/** Reads a document's figures: locates its tables, reads each known kind, finds the prose amounts. Thread-safe. */
public final class DataExtractor {

    /** Tried in order on each table; the first that recognises it wins. */
    private static final List<TableRecogniser> RECOGNISERS = List.of(
            new PerformanceTargetRecogniser(),
            new ThreePublicRecogniser(),
            new FixedAssetsRecogniser(),
            new OrganisationRecogniser(),
            new BudgetTableRecogniser(),
            new SummaryTableRecogniser());

    /**
     * @param issuer the issuing unit's name, left out of prose labels
     * @param year the budget year ("2021"), "" when unknown: prose amounts of other years are no headline totals
     */
    public DocumentData extract(List<Block> blocks, DocumentStructure structure, String issuer, String year) {
        List<LocatedTable> tables = TableLocator.locate(blocks, structure);
        List<TableData> recognised = new ArrayList<>();
        for (LocatedTable t : tables) {
            recognise(t).ifPresent(recognised::add);
        }
        List<ProseFigure> figures = ProseFigureExtractor.extract(blocks, structure, issuer);
        DocumentData partial = new DocumentData(tables, recognised, figures, Headline.NONE);
        return new DocumentData(tables, recognised, figures, HeadlineFinder.find(partial, year));
    }

    private static Optional<TableData> recognise(LocatedTable t) {
        for (TableRecogniser r : RECOGNISERS) {
            Optional<TableData> data = r.recognise(t);
            if (data.isPresent()) {
                return data;
            }
        }
        return Optional.empty();
    }
}

package org.disclosurelens.check;

import java.util.List;

/** Every rule; `analyze --rules` lists them and `--disable` switches them off by id. */
public final class Rules {

    private static final List<Rule> ALL = List.of(
            new ProseTotalsRule(),
            new IncreaseOverAmountRule(),
            new BalanceRule(),
            new ThreePublicTotalRule(),
            new ThreePublicChangeRule(),
            new ProjectFundsRule(),
            new ProjectsTotalRule(),
            new PlanOverRule(),
            new PlanUnderRule(),
            new ReceptionMatchRule(),
            new OperatingVsPublicRule(),
            new AssetsTotalRule(),
            new TableHierarchyRule(),
            new TableTotalRowRule(),
            new TableColumnsRule(),
            new TableBalanceRule(),
            new CrossTableRule(),
            new EmptyIndicatorRule(),
            new BoilerplateIndicatorRule(),
            new RepeatedIndicatorsRule(),
            new TextTableAmountRule(),
            new UnitScaleRule(),
            new TextTotalRule(),
            new PercentChangeRule(),
            new PercentShareRule(),
            new PercentCutRule(),
            new ReasonUnchangedRule(),
            new ReasonDirectionRule(),
            new UnchangedClaimRule(),
            new ReasonTautologyRule(),
            new FinalDirectionRule(),
            new EmptyTableRule(),
            new YearMismatchRule(),
            new ComparisonYearRule(),
            new NegativeAmountRule(),
            new ShareOverHundredRule(),
            new ForeignPlaceRule(),
            new DivisionCodeRule(),
            new OutOfDomainRule(),
            new ProcurementContradictionRule(),
            new AssetPurchaseContradictionRule(),
            new TemplateTextRule(),
            new RepeatedWordRule(),
            new DoubledPunctuationRule(),
            new ItemNameTypoRule(),
            new CompletenessRule(),
            new TocTablesRule());

    private Rules() {
    }

    public static List<Rule> all() {
        return ALL;
    }
}

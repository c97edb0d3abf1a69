package org.disclosurelens.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The generator's figures add up, its issuers are real divisions, and a seed always gives the same. */
class DisclosureFactoryTest {

    private static final List<Template> ALL = Template.defaults();
    private static final DisclosureFactory FACTORY = new DisclosureFactory(42, ALL);

    @Test
    void figuresAddUpInEveryDisclosure() {
        for (int i = 0; i < 300; i++) {
            Disclosure d = FACTORY.create(i);
            assertEquals(List.of(), Consistency.violations(d), d.id() + " " + d.unit());
        }
    }

    @Test
    void sameSeedGivesTheSameDisclosuresAndSmallCorporaArePrefixes() {
        DisclosureFactory again = new DisclosureFactory(42, ALL);
        for (int i = 0; i < 20; i++) {
            assertEquals(FACTORY.create(i), again.create(i));
        }
        assertTrue(IntStream.range(0, 20).anyMatch(i -> !FACTORY.create(i).equals(new DisclosureFactory(43, ALL).create(i))));
    }

    @Test
    void issuersAreCountiesOfTheListNamedInTheirUnits() {
        Set<Template> seen = EnumSet.noneOf(Template.class);
        for (int i = 0; i < 200; i++) {
            Disclosure d = FACTORY.create(i);
            seen.add(d.template());
            var county = d.place().county();
            assertTrue(d.unit().contains(county.name()), d.unit());
            assertEquals(county, org.disclosurelens.identify.Divisions.get().byCode(county.code()).orElseThrow());
            String province = switch (d.template()) {
                case SHANGHAI_BUDGET, FINAL_ACCOUNTS -> "31";
                case JIANGSU_BUDGET -> "32";
                case COUNTY_NINE_PART -> county.code().substring(0, 2);
            };
            assertTrue(county.code().startsWith(province), d.unit() + " " + county.code());
            if (Counties.ambiguous(county)) {
                assertTrue(d.unit().contains(county.city() + county.name()), "ambiguous " + county.name() + " needs its city: " + d.unit());
            }
        }
        assertEquals(EnumSet.copyOf(Template.defaults()), seen);
    }

    @Test
    void seriesContinueAnEarlierIssuerInALaterYear() {
        List<Disclosure> docs = IntStream.range(0, 200).mapToObj(FACTORY::create).toList();
        List<Disclosure> series = docs.stream().filter(d -> d.seriesOf() != null).toList();
        assertTrue(series.size() > 10, "series: " + series.size());
        for (Disclosure d : series) {
            Disclosure first = docs.stream().filter(e -> e.id().equals(d.seriesOf())).findFirst().orElseThrow();
            assertEquals(first.unit(), d.unit());
            assertTrue(d.year() > first.year(), d.id());
        }
    }

    @Test
    void aSeriesDocumentOfTheYearAfterStatesItsPredecessorsFiguresAsLastYears() {
        List<Disclosure> docs = IntStream.range(0, 200).mapToObj(FACTORY::create).toList();
        int checked = 0;
        for (Disclosure d : docs) {
            Disclosure first = docs.stream().filter(e -> e.id().equals(d.seriesOf())).findFirst().orElse(null);
            if (first == null || first.year() != d.year() - 1) {
                continue;
            }
            checked++;
            for (int i = 0; i < d.threePublic().size(); i++) {
                assertEquals(first.threePublic().get(i).current(), d.threePublic().get(i).last(), d.id());
            }
            assertEquals(d.template() == Template.SHANGHAI_BUDGET
                    ? first.figures().incomeGeneral().add(d.figures().incomeOther()) : first.figures().expenditure(),
                    d.figures().lastYear(), d.id());
        }
        assertTrue(checked >= 3, "series of consecutive years: " + checked);
    }

    @Test
    void eachDepartmentKindHasItsOwnDutiesAndProjects() {
        var byKind = IntStream.range(0, 200).mapToObj(FACTORY::create)
                .collect(Collectors.groupingBy(d -> d.department().key()));
        assertEquals(Catalog.get().kinds().size(), byKind.size());
        byKind.forEach((kind, docs) -> docs.forEach(d -> d.projects().forEach(p ->
                assertTrue(p.name().startsWith(d.department().shortName()), kind + ": " + p.name()))));
        Set<String> firstDuties = byKind.values().stream().map(docs -> docs.get(0).texts().duties().get(0)
                .replace(docs.get(0).place().prefix(), "").replaceAll("全.", "")).collect(Collectors.toSet());
        assertEquals(byKind.size(), firstDuties.size(), "duties differ between kinds");
    }
}

package uk.toex.crosslink.resolution.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.toex.crosslink.resolution.engine.PairComparatorTest.compare;
import static uk.toex.crosslink.resolution.engine.PairComparatorTest.person;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScorerTest {

    private final Scorer scorer = new Scorer(ModelParameters.priors());

    @Test
    void scoreIsThePriorPlusEachFeaturesWeight() {
        Comparison c = compare(person("A/S/1", "Ann", "Lee", "1984-03-07"), person("A/S/2", "Anne", "Lee", "1984-07-03"));
        double sum = scorer.prior;
        for (Feature f : Feature.ALL) {
            sum += scorer.featureWeight(c, f.ordinal());
        }
        assertThat(scorer.score(c)).isEqualTo(sum);
    }

    @Test
    void datesAFewYearsApartCountAgainstButDoNotForbid() {
        Comparison c = compare(person("A/S/1", "Robert", "Thornham", "1959-04-20"), person("A/S/2", "Robert", "Thornham", "1961-03-04"));
        assertThat(scorer.featureWeight(c, Feature.DOB.ordinal())).isNegative();
        assertThat(Scorer.veto(c)).isFalse();
    }

    @Test
    void datesMoreThanThreeYearsApartForbidALinkUnlessADocumentTiesTheRecords() {
        Comparison fatherAndSon = compare(person("A/S/1", "Matthew", "Burman", "1903-08-23"), person("A/S/2", "Matthew", "Burman", "1955-08-25"));
        assertThat(Scorer.veto(fatherAndSon)).isTrue();
        Comparison tied = compare(
                new PersonInput("A/S/1", "Matthew", "Burman", null, "1903-08-23", null, null, null, null, null, null, List.of("NATIONAL_ID:4228403")),
                new PersonInput("A/S/2", "Matthew", "Burman", null, "1955-08-25", null, null, null, null, null, null, List.of("NATIONAL_ID:4228403")));
        assertThat(Scorer.veto(tied)).isFalse();
    }

    @Test
    void givenNamesSharingNothingForbidALinkUnlessAnIdentifierOrTheFullDateTiesThem() {
        Comparison relatives = compare(person("A/S/1", "Kiara", "Everett", "1980"), person("A/S/2", "Kieran", "Everett", "1982"));
        assertThat(Scorer.veto(relatives)).isTrue();
        Comparison tied = compare(
                new PersonInput("A/S/1", "Kiara", "Everett", null, null, null, null, null, null, null, null, List.of("NATIONAL_ID:3831644")),
                new PersonInput("A/S/2", "Kieran", "Everett", null, null, null, null, null, null, null, null, List.of("NATIONAL_ID:3831644")));
        assertThat(Scorer.veto(tied)).isFalse();
    }

    @Test
    void aDateADecadeOutButOtherwiseCloseIsASlipNotAContradiction() {
        Comparison c = compare(person("A/S/1", "Toby", "Bell", "1978-02-24"), person("A/S/2", "Toby", "Bell", "1988-03-02"));
        assertThat(PairComparatorTest.level(c, Feature.DOB)).isEqualTo("DECADE_SLIP");
        assertThat(Scorer.veto(c)).isFalse();
    }

    @Test
    void anEmailOneSlipAwayTiesRecordsWhoseDatesAreYearsApart() {
        Comparison c = compare(
                new PersonInput("A/S/1", "Lucas", "Nicholls", null, "2002-11-18", null, null, null, List.of("l.n@lepoz.net"), null, null, null),
                new PersonInput("A/S/2", "Lucas", "Nicholls", null, "1996-03-18", null, null, null, List.of("l.n@lopez.net"), null, null, null));
        assertThat(PairComparatorTest.level(c, Feature.DOB)).isEqualTo("DIFFERENT");
        assertThat(Scorer.veto(c)).isFalse();
    }

    @Test
    void twinsOfTwoGendersAreTwoPeopleDespiteOneDateOfBirth() {
        Comparison twins = compare(
                new PersonInput("A/S/1", "Nicolae", "Boroiu", null, "2002-09-26", "M", null, null, null, null, null, null),
                new PersonInput("A/S/2", "Maia", "Boroiu", null, "2002-09-26", "F", null, null, null, null, null, null));
        assertThat(Scorer.veto(twins)).isTrue();
        Comparison sameGender = compare(person("A/S/1", "Nicolae", "Boroiu", "2002-09-26"), person("A/S/2", "Maia", "Boroiu", "2002-09-26"));
        assertThat(Scorer.veto(sameGender)).isFalse();
    }

    @Test
    void agreementNeverCountsAgainstAndDisagreementNeverFor() {
        for (Feature f : Feature.ALL) {
            assertThat(ModelParameters.priors().weight(f, f.levels().get(0))).as(f + " agreement").isNotNegative();
            assertThat(ModelParameters.priors().weight(f, f.levels().get(f.disagreement()))).as(f + " disagreement").isNotPositive();
            assertThat(ModelParameters.priors().weight(f, "MISSING")).as(f + " missing").isZero();
        }
    }

    @Test
    void probabilityAndBitsAreInverse() {
        assertThat(Scorer.probability(Scorer.bits(0.9))).isCloseTo(0.9, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Scorer.probability(0)).isEqualTo(0.5);
    }
}

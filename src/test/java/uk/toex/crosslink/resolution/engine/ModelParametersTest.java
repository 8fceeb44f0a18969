package uk.toex.crosslink.resolution.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ModelParametersTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void priorsNameEveryLevelOfEveryFeatureAndSumToOne() {
        ModelParameters priors = ModelParameters.priors();
        for (Feature f : Feature.ALL) {
            double m = 0;
            double u = 0;
            for (String level : f.levels().subList(0, f.missing())) {
                m += priors.m(f, level);
                u += priors.u(f, level);
            }
            assertThat(m).as(f.label()).isCloseTo(1, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(u).as(f.label()).isCloseTo(1, org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @Test
    void isStoredByFeatureAndLevelNameAndReadBackTheSame() throws Exception {
        String json = JSON.writeValueAsString(ModelParameters.priors());
        assertThat(JSON.readTree(json).at("/features/dob/WITHIN_YEAR/m").isNumber()).isTrue();
        assertThat(JSON.readTree(json).at("/features/idDocuments/CONFLICT/u").isNumber()).isTrue();
        ModelParameters back = JSON.readValue(json, ModelParameters.class);
        for (Feature f : Feature.ALL) {
            for (String level : f.levels()) {
                assertThat(back.weight(f, level)).as(f + " " + level).isEqualTo(ModelParameters.priors().weight(f, level));
            }
        }
    }

    @Test
    void refusesAModelByPositionFromAnOlderEngineSoItIsRetrained() {
        assertThatThrownBy(() -> JSON.readValue("{\"m\":[[0.5]],\"u\":[[0.5]],\"lambda\":0.01}", ModelParameters.class))
                .hasMessageContaining("older engine");
    }

    @Test
    void weighsLevelsAsLogOfMOverUWithinBounds() {
        ModelParameters p = ModelParameters.priors();
        double expected = Math.log(p.m(Feature.DOB, "TRANSPOSED") / p.u(Feature.DOB, "TRANSPOSED")) / Math.log(2);
        assertThat(p.weight(Feature.DOB, "TRANSPOSED")).isCloseTo(Math.min(ModelParameters.MAX_LEVEL_BITS, expected),
                org.assertj.core.data.Offset.offset(1e-9));
    }
}

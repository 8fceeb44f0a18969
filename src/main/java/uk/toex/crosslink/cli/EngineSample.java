package uk.toex.crosslink.cli;

import java.util.ArrayList;
import java.util.stream.Collectors;
import uk.toex.crosslink.demo.sample.SampleRecord;
import uk.toex.crosslink.demo.sample.SyntheticPersons;
import uk.toex.crosslink.resolution.accuracy.LabelledRecords;
import uk.toex.crosslink.resolution.engine.PersonInput;

/**
 * The synthetic world's in-memory sample ({@code demo.sample}) as the resolution engine's input:
 * what {@code bench resolve}, {@code bench incremental} and {@code bench store} resolve. Here in
 * {@code cli} because the generator knows nothing of the service and resolution nothing of it.
 */
public final class EngineSample {

    private EngineSample() {
    }

    public static LabelledRecords generate(int persons, long seed) {
        SyntheticPersons.Data data = SyntheticPersons.generate(persons, seed);
        return new LabelledRecords(data.records().stream().map(EngineSample::input)
                .collect(Collectors.toCollection(ArrayList::new)), data.truth());
    }

    private static PersonInput input(SampleRecord r) {
        return new PersonInput(r.key(), r.givenNames(), r.familyName(), r.aliases(), r.dob(), r.gender(),
                r.nationality(), r.phones(), r.emails(), r.address(), r.postcode(), r.idDocuments());
    }
}

package uk.toex.crosslink.resolution.accuracy;

import java.util.List;
import java.util.Map;
import uk.toex.crosslink.resolution.engine.PersonInput;

/** Person records with their ground truth: per record key, the id of the person it describes. */
public record LabelledRecords(List<PersonInput> records, Map<String, String> truth) {
}

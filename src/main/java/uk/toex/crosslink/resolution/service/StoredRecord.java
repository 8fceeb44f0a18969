package uk.toex.crosslink.resolution.service;

import uk.toex.crosslink.resolution.engine.PersonInput;

/** A person record as loaded from the store, with the person it resolves to now (or null). */
public record StoredRecord(PersonInput input, String personId) {
}

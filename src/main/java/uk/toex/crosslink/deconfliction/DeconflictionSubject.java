package uk.toex.crosslink.deconfliction;

import uk.toex.crosslink.search.SearchInput;

/**
 * What to deconflict, exactly one of: a resolved person (entity id), a phone (any format), an
 * address (postcode, optionally with a line), an advert (record key) or a person search.
 */
public record DeconflictionSubject(String personId, String phone, String postcode, String addressLine, String advertKey,
                                   SearchInput search) {
}

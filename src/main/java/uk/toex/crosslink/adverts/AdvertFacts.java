package uk.toex.crosslink.adverts;

import java.util.List;

/** What clustering compares of one advert: its key, text, phones, emails and image hashes (hex). */
public record AdvertFacts(String key, String text, List<String> phones, List<String> emails, List<String> hashes) {
}

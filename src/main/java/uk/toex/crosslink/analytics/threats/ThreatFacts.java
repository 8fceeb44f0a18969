package uk.toex.crosslink.analytics.threats;

import java.time.LocalDate;

/**
 * What a threat's score rests on, as the caller may see it.
 *
 * @param gravest     the gravest offence's gravity (0 without offences) and {@code gravestLine} saying which
 * @param latest      the latest offence or advert date, null when none is dated
 */
record ThreatFacts(int size, int roles, int forces, int nationalities, int gravest, String gravestLine, int victims,
                   int vulnerable, int safeguarding, int adverts, int phones, LocalDate latest) {
}

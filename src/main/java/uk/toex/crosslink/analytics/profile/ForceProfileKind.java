package uk.toex.crosslink.analytics.profile;

/** The profiles a force ranks its subjects by; which offences and flags belong to each is data (profiles.csv). */
public enum ForceProfileKind {
    VAWG, MISSING_PERSONS, VISOR
}

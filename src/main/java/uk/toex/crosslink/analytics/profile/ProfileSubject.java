package uk.toex.crosslink.analytics.profile;

/** Whether a profile ranks offenders (suspect involvement) or victims. */
public enum ProfileSubject {
    OFFENDER, VICTIM
}

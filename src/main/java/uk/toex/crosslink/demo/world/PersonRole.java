package uk.toex.crosslink.demo.world;

/** What a true person is in the world: an ordinary member of the public or part of a crime network. */
public enum PersonRole {
    ORDINARY, PRINCIPAL, MEMBER, FACILITATOR, VICTIM;

    public boolean offender() {
        return this == PRINCIPAL || this == MEMBER || this == FACILITATOR;
    }
}

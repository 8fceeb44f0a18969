package uk.toex.crosslink.demo.world;

import java.util.Locale;

/** Ground-truth ids of true people: {@code E00000001}, in order of creation. */
public final class EntityIds {

    private long next;

    public String next() {
        return String.format(Locale.ROOT, "E%08d", ++next);
    }

    /** How many ids were handed out; {@link #reset} returns to such a mark when a plan is dropped. */
    public long issued() {
        return next;
    }

    public void reset(long issued) {
        this.next = issued;
    }
}

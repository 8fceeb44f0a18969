package uk.toex.crosslink.demo.crime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.toex.crosslink.demo.contact.PhoneNumber;
import uk.toex.crosslink.demo.place.UkAddress;
import uk.toex.crosslink.demo.world.Entity;
import uk.toex.crosslink.demo.world.Source;
import uk.toex.crosslink.demo.world.Sources;

/**
 * A crime network as planned: its people by role, premises, work phones, the sources that map it
 * as an OCG, whether an operation runs against it, and when it was active.
 */
public record NetworkPlan(NetworkKind kind, String force, List<Entity> principals, List<Entity> members,
        List<Entity> facilitators, List<Entity> victims, List<UkAddress> premises, List<PhoneNumber> workPhones,
        List<Source> mappedBy, boolean operation, LocalDate activeFrom, LocalDate activeTo) {

    public Source home() {
        return Sources.main(force);
    }

    public List<Entity> offenders() {
        List<Entity> all = new ArrayList<>(principals);
        all.addAll(members);
        all.addAll(facilitators);
        return all;
    }

    public List<Entity> everyone() {
        List<Entity> all = offenders();
        all.addAll(victims);
        return all;
    }
}

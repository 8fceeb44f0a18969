package uk.toex.crosslink.demo.crime;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.toex.crosslink.demo.Dice;
import uk.toex.crosslink.demo.output.BatchOutput;
import uk.toex.crosslink.demo.output.WorldOutput;
import uk.toex.crosslink.demo.records.ClusterAddresses;
import uk.toex.crosslink.demo.records.OffenceCatalogue;
import uk.toex.crosslink.demo.records.Offences;
import uk.toex.crosslink.demo.records.PersonRecords;
import uk.toex.crosslink.demo.world.Appearance;
import uk.toex.crosslink.demo.world.Cluster;
import uk.toex.crosslink.demo.world.Entity;
import uk.toex.crosslink.demo.world.EntityIds;
import uk.toex.crosslink.demo.world.PersonRole;
import uk.toex.crosslink.demo.world.Source;

/**
 * A crime network written out: its people's records, the OCG as each mapping source holds it, its
 * premises and the victims linked to them, adverts, offences, and, when an operation runs, the
 * operation's subjects and the calls between the network's phones.
 */
public final class Network implements Cluster {

    private final NetworkPlan plan;

    private Network(NetworkPlan plan) {
        this.plan = plan;
    }

    public static Network plan(EntityIds ids, Dice dice) {
        return new Network(NetworkPlanner.plan(ids, dice));
    }

    @Override
    public int personRecords() {
        return plan.everyone().stream().mapToInt(e -> e.appearances().size()).sum();
    }

    public int entities() {
        return plan.everyone().size();
    }

    @Override
    public void write(WorldOutput output, Dice dice) throws IOException {
        ClusterAddresses addresses = new ClusterAddresses();
        Map<Source, Map<Entity, String>> recordIds = new LinkedHashMap<>();
        for (Entity person : plan.everyone()) {
            for (Appearance appearance : person.appearances()) {
                String id = PersonRecords.write(person, appearance, output, addresses, dice);
                recordIds.computeIfAbsent(appearance.source(), s -> new HashMap<>()).putIfAbsent(person, id);
            }
        }
        Map<Source, String> ocgIds = new HashMap<>();
        for (Source source : plan.mappedBy()) {
            ocgIds.put(source, Ocgs.write(output.batch(source), plan, recordIds.getOrDefault(source, Map.of()), dice));
        }
        BatchOutput home = output.batch(plan.home());
        Map<Entity, String> homeIds = recordIds.getOrDefault(plan.home(), Map.of());
        List<String> premiseIds = premises(home, homeIds, addresses, dice);
        List<String> advertIds = new ArrayList<>();
        if (plan.kind() == NetworkKind.SEXUAL_EXPLOITATION) {
            BatchOutput nca = plan.mappedBy().stream().filter(Source::national).findFirst().map(output::batch).orElse(null);
            advertIds.addAll(Adverts.write(home, nca, plan, dice));
        }
        offences(home, homeIds, dice);
        if (plan.operation()) {
            Operations.write(home, plan, homeIds, ocgIds.get(plan.home()), premiseIds, advertIds, dice);
            Calls.write(home, plan, dice);
        }
    }

    private List<String> premises(BatchOutput home, Map<Entity, String> homeIds, ClusterAddresses addresses, Dice dice) {
        List<String> ids = new ArrayList<>();
        plan.premises().forEach(p -> ids.add(addresses.recordId(home, p, dice)));
        for (Entity person : plan.everyone()) {
            String personId = homeIds.get(person);
            boolean victim = person.role() == PersonRole.VICTIM;
            if (personId != null && (victim || (person.role() == PersonRole.PRINCIPAL && dice.chance(0.5)))) {
                int which = dice.between(0, ids.size() - 1);
                String relation = victim ? plan.kind().premisesRelation() : dice.chance(0.5) ? "OTHER" : "SEEN_AT";
                addresses.link(home, personId, ids.get(which), relation, home.date(plan.activeFrom()),
                        dice.chance(0.5) ? home.date(plan.activeTo()) : "");
            }
        }
        return ids;
    }

    private void offences(BatchOutput home, Map<Entity, String> homeIds, Dice dice) {
        for (Entity person : plan.everyone()) {
            String personId = homeIds.get(person);
            if (personId == null || person.role() == PersonRole.FACILITATOR && dice.chance(0.5)) {
                continue;
            }
            boolean victim = person.role() == PersonRole.VICTIM;
            int count = victim ? 1 : dice.between(1, 2);
            for (int i = 0; i < count; i++) {
                OffenceCatalogue.Kind kind = OffenceCatalogue.of(plan.kind().offenceCategory(dice), dice);
                Offences.write(home, personId, victim ? "VICTIM" : "SUSPECT", kind,
                        uk.toex.crosslink.demo.world.People.between(plan.activeFrom(), plan.activeTo(), dice), dice);
            }
        }
    }
}

package uk.toex.crosslink.demo.records;

import java.util.List;
import uk.toex.crosslink.demo.Dice;
import uk.toex.crosslink.demo.output.BatchOutput;
import uk.toex.crosslink.demo.place.UkAddress;
import uk.toex.crosslink.demo.world.Appearance;
import uk.toex.crosslink.demo.world.Dated;
import uk.toex.crosslink.demo.world.Entity;

/** person_addresses.csv rows for a record: the current home and sometimes earlier ones, with from/to. */
final class HomeLinks {

    private HomeLinks() {
    }

    static void write(Entity entity, Appearance appearance, BatchOutput batch, ClusterAddresses addresses,
            Dice dice) {
        List<Dated<UkAddress>> homes = entity.homes();
        for (int i = 0; i < homes.size(); i++) {
            Dated<UkAddress> home = homes.get(i);
            if (home.from().isAfter(appearance.on()) || (i < homes.size() - 1 && dice.chance(0.5))) {
                continue;
            }
            String to = i + 1 < homes.size() && !homes.get(i + 1).from().isAfter(appearance.on())
                    ? batch.date(homes.get(i + 1).from()) : "";
            String addressId = addresses.recordId(batch, home.value(), dice);
            addresses.link(batch, appearance.recordId(), addressId, dice.chance(0.92) ? "HOME" : "OTHER",
                    dice.chance(0.8) ? batch.date(home.from()) : "", to);
        }
    }
}

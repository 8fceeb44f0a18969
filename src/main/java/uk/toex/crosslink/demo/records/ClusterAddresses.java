package uk.toex.crosslink.demo.records;

import java.util.HashMap;
import java.util.Map;
import uk.toex.crosslink.demo.Dice;
import uk.toex.crosslink.demo.output.BatchOutput;
import uk.toex.crosslink.demo.output.CsvKind;
import uk.toex.crosslink.demo.output.SystemRecordIds;
import uk.toex.crosslink.demo.place.AddressStyles;
import uk.toex.crosslink.demo.place.UkAddress;

/**
 * Address records of one cluster, one per place per batch, so that relatives and gang members
 * recorded by the same force point at the same address record. Forgotten when the cluster ends.
 */
public final class ClusterAddresses {

    private final Map<String, String> written = new HashMap<>();

    /** The batch's record id for this place, writing an addresses.csv row the first time. */
    public String recordId(BatchOutput batch, UkAddress address, Dice dice) {
        String key = batch.source().index() + "#" + address.key();
        String id = written.get(key);
        if (id == null) {
            id = batch.nextId(SystemRecordIds.Kind.ADDRESS);
            written.put(key, id);
            boolean flat = address.flat() != null;
            batch.row(CsvKind.ADDRESSES)
                    .set("record_id", id)
                    .set("line1", flat ? "Flat " + address.flat() : address.streetLine())
                    .set("line2", flat ? address.streetLine() : "")
                    .set("town", dice.chance(0.1) ? address.town().name().toUpperCase(java.util.Locale.ROOT) : address.town().name())
                    .set("postcode", AddressStyles.postcode(address.postcode(), dice))
                    .set("country", AddressStyles.country(dice))
                    .write();
        }
        return id;
    }

    public void link(BatchOutput batch, String personId, String addressId, String relation, String from, String to) {
        batch.row(CsvKind.PERSON_ADDRESSES)
                .set("person_record_id", personId)
                .set("address_record_id", addressId)
                .set("relation", relation)
                .set("from", from)
                .set("to", to)
                .write();
    }
}

package uk.toex.crosslink.demo.crime;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.toex.crosslink.demo.Dice;
import uk.toex.crosslink.demo.contact.PhoneNumber;
import uk.toex.crosslink.demo.contact.PhoneStyles;
import uk.toex.crosslink.demo.output.BatchOutput;
import uk.toex.crosslink.demo.output.CsvKind;
import uk.toex.crosslink.demo.output.SystemRecordIds;
import uk.toex.crosslink.demo.records.Timestamps;
import uk.toex.crosslink.demo.place.UkAddress;
import uk.toex.crosslink.demo.world.Dated;
import uk.toex.crosslink.demo.world.Entity;
import uk.toex.crosslink.demo.world.People;

/**
 * Online adverts for the network's victims: several per victim across sites, sharing the work
 * phones and near-duplicate photo hashes, placed at the brothels' towns. Some are scraped again by
 * the NCA (same URL, its own record).
 */
final class Adverts {

    private static final List<String> SITES = List.of("afterdark-listings.co.uk", "ukclassifieds-adult.com",
            "massage-finder.uk", "nightpages.co.uk", "escort-index.eu");
    private static final List<String> WORKING_NAMES = List.of("Bianca", "Roxy", "Lola", "Kiki", "Sasha", "Nikki",
            "Jessica", "Amira", "Mia", "Bella", "Daria", "Vanessa");
    private static final List<String> TITLES = List.of("New in town", "Sweet and discreet", "Relaxing massage - new girl",
            "Genuine photos, visiting this week", "Available now", "Party girl, 24/7");

    private Adverts() {
    }

    /** @return the advert record ids written in the home batch */
    static List<String> write(BatchOutput home, BatchOutput nca, NetworkPlan plan, Dice dice) {
        List<String> ids = new ArrayList<>();
        List<Long> photosSeen = new ArrayList<>();
        for (Entity victim : plan.victims()) {
            long[] photos = new long[dice.between(2, 4)];
            for (int i = 0; i < photos.length; i++) {
                photos[i] = ImageHashes.photo(dice);
            }
            String workingName = dice.pick(WORKING_NAMES);
            for (int n = dice.between(1, 4); n > 0; n--) {
                String[] advert = advert(plan, victim, workingName, photos, photosSeen, dice);
                ids.add(row(home, advert));
                if (nca != null && dice.chance(0.5)) {
                    row(nca, advert);
                }
            }
            photosSeen.add(photos[0]);
        }
        return ids;
    }

    private static String[] advert(NetworkPlan plan, Entity victim, String workingName, long[] photos,
            List<Long> photosSeen, Dice dice) {
        UkAddress premises = dice.pick(plan.premises());
        String site = dice.pick(SITES);
        LocalDate day = People.between(plan.activeFrom(), plan.activeTo(), dice);
        String postedAt = Timestamps.write(day.atTime(LocalTime.of(dice.between(8, 23), dice.between(0, 59))),
                dice.chance(0.7) ? ZoneOffset.UTC : ZoneOffset.ofHours(1));
        List<String> phones = new ArrayList<>(List.of(PhoneStyles.write(dice.pick(plan.workPhones()), dice)));
        PhoneNumber own = Dated.on(victim.phones(), day);
        if (own != null && dice.chance(0.15)) {
            phones.add(PhoneStyles.write(own, dice));
        }
        List<String> hashes = new ArrayList<>();
        for (int i = dice.between(1, 3); i > 0; i--) {
            hashes.add(ImageHashes.repost(photos[dice.between(0, photos.length - 1)], dice));
        }
        if (!photosSeen.isEmpty() && dice.chance(0.1)) {
            hashes.add(ImageHashes.repost(dice.pick(photosSeen), dice)); // another woman's photo reused
        }
        int age = Math.max(19, victim.ageOn(day) - dice.between(0, 3));
        String town = premises.town().name();
        String text = String.format(Locale.ROOT, "Hi, I am %s, %d, new in %s. Call or text %s. Incall only.",
                workingName, age, town, phones.get(0));
        String outward = premises.postcode().split(" ")[0];
        String postcode = dice.chance(0.6) ? outward : dice.chance(0.5) ? premises.postcode() : "";
        return new String[] {site, "https://" + site + "/ad/" + dice.digits(9, true), postedAt, dice.pick(TITLES), text,
                String.join("|", phones), dice.chance(0.05) ? workingName.toLowerCase(Locale.ROOT) + dice.between(1, 99)
                + "@gmail.com" : "", String.join("|", hashes), dice.chance(0.7) ? town : town + " town centre", postcode};
    }

    private static String row(BatchOutput batch, String[] advert) {
        String id = batch.nextId(SystemRecordIds.Kind.ADVERT);
        batch.row(CsvKind.ADVERTS).set("record_id", id).set("site", advert[0]).set("url", advert[1])
                .set("posted_at", advert[2]).set("title", advert[3]).set("text", advert[4]).set("phones", advert[5])
                .set("emails", advert[6]).set("image_hashes", advert[7]).set("location", advert[8])
                .set("postcode", advert[9]).write();
        return id;
    }
}

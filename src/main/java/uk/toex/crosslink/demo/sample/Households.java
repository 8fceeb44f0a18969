package uk.toex.crosslink.demo.sample;

import java.util.ArrayList;
import java.util.List;
import uk.toex.crosslink.demo.Dice;

/**
 * Synthetic people in households: relatives share family name, address and often a phone;
 * parents are a generation older, siblings a few years apart, some twins. Some women share a
 * brothel phone with unrelated women.
 */
final class Households {

    private static final String[] STREETS = {"Salhouse Road", "High Street", "Mill Lane", "Church Road", "Station Road",
        "Victoria Street", "Park Avenue", "Queens Close", "London Road", "Green Lane", "Manor Drive", "Kings Court"};
    private static final String[] TOWNS = {"Norwich", "Ipswich", "Chelmsford", "Luton", "Peterborough", "Maidstone"};
    private static final String[] AREAS = {"NR", "IP", "CM", "LU", "PE", "ME"};

    private final Dice dice;
    private final List<String> brothelPhones = new ArrayList<>();
    private int serial;

    Households(Dice dice) {
        this.dice = dice;
        for (int i = 0; i < 5; i++) {
            brothelPhones.add("07700 9" + String.format("%05d", dice.below(100000)));
        }
    }

    List<SyntheticPerson> people(int count) {
        List<SyntheticPerson> out = new ArrayList<>();
        while (out.size() < count) {
            String nationality = nationality();
            // half the families carry one of a few common names, the rest a long tail as in real data
            String family = dice.coin() ? zipf(NamePools.FAMILY.get(nationality)) : NamePools.rareFamily(nationality, dice);
            int area = dice.below(AREAS.length);
            String address = (1 + dice.below(200)) + " " + STREETS[dice.below(STREETS.length)] + ", " + TOWNS[area];
            String postcode = AREAS[area] + (1 + dice.below(30)) + " " + dice.below(10)
                    + (char) ('A' + dice.below(26)) + (char) ('A' + dice.below(26));
            String homePhone = phone(nationality);
            int size = dice.unit() < 0.35 ? 2 + dice.below(3) : 1;
            int baseYear = 1950 + dice.below(55);
            for (int m = 0; m < size && out.size() < count; m++) {
                boolean twin = m == 1 && dice.unit() < 0.08;
                int year = m == 0 ? baseYear : twin ? baseYear : baseYear + (dice.coin() ? 22 + dice.below(10) : 1 + dice.below(8));
                out.add(person(nationality, family, year, twin ? out.get(out.size() - 1).dob() : null, address, postcode,
                        size > 1 && dice.unit() < 0.6 ? homePhone : null));
            }
        }
        return out;
    }

    private SyntheticPerson person(String nationality, String family, int year, String twinDob, String address,
                                   String postcode, String sharedPhone) {
        char gender = dice.coin() ? 'M' : 'F';
        String given = zipf((gender == 'M' ? NamePools.MALE : NamePools.FEMALE).get(nationality));
        String dob = twinDob != null ? twinDob
                : String.format("%04d-%02d-%02d", year, 1 + dice.below(12), 1 + dice.below(28));
        List<String> phones = new ArrayList<>();
        phones.add(phone(nationality));
        if (sharedPhone != null) {
            phones.add(sharedPhone);
        }
        if (gender == 'F' && dice.unit() < 0.04) {
            phones.add(brothelPhones.get(dice.below(brothelPhones.size())));
        }
        String id = "E" + (serial++);
        String email = dice.unit() < 0.4 ? ascii(given + "." + family).toLowerCase() + dice.below(1000) + "@mail.example" : null;
        String passport = dice.unit() < 0.3 ? String.valueOf(100000000 + dice.below(899999999)) : null;
        String nino = nationality.equals("GB") && dice.unit() < 0.3
                ? "AB" + (100000 + dice.below(899999)) + "C" : null;
        return new SyntheticPerson(id, nationality, given, family, gender, dob, phones, email, address, postcode, passport, nino);
    }

    private String nationality() {
        double x = dice.unit();
        for (int i = 0; i < NamePools.NATIONALITY_SHARE.length; i++) {
            x -= NamePools.NATIONALITY_SHARE[i];
            if (x < 0) {
                return NamePools.NATIONALITIES.get(i);
            }
        }
        return "GB";
    }

    private String phone(String nationality) {
        return switch (nationality) {
            case "HU" -> "+36 30 " + (1000000 + dice.below(8999999));
            case "RO" -> "+40 7" + (10000000 + dice.below(89999999));
            default -> "07" + (700000000 + dice.below(99999999));
        };
    }

    /** Zipf-like: the first names of a pool are much commoner than the last. */
    private String zipf(List<String> pool) {
        double total = 0;
        for (int i = 1; i <= pool.size(); i++) {
            total += 1.0 / i;
        }
        double x = dice.unit() * total;
        for (int i = 1; i <= pool.size(); i++) {
            x -= 1.0 / i;
            if (x < 0) {
                return pool.get(i - 1);
            }
        }
        return pool.get(0);
    }

    private static final com.ibm.icu.text.Transliterator ASCII =
            com.ibm.icu.text.Transliterator.getInstance("Any-Latin; Latin-ASCII");

    static String ascii(String text) {
        return ASCII.transliterate(text).replace(" ", "");
    }
}

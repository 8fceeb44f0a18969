package uk.toex.crosslink.demo.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.toex.crosslink.demo.Dice;

/** One force's record of a synthetic person, with the variation real records show. */
final class RecordVariation {

    private static final com.ibm.icu.text.Transliterator BULGARIAN =
            com.ibm.icu.text.Transliterator.getInstance("Bulgarian-Latin/BGN; Latin-ASCII");
    private static final com.ibm.icu.text.Transliterator ASCII = com.ibm.icu.text.Transliterator.getInstance("Latin-ASCII");

    private final Dice dice;

    RecordVariation(Dice dice) {
        this.dice = dice;
    }

    SampleRecord record(String key, SyntheticPerson p) {
        String given = chance(0.10) && NamePools.NICKNAMES.containsKey(p.given())
                ? dice.pick(NamePools.NICKNAMES.get(p.given())) : p.given();
        String family = p.family();
        given = script(given, p.nationality());
        family = script(family, p.nationality());
        if (chance(0.08)) {
            given = typo(given);
        } else if (chance(0.08)) {
            family = typo(family);
        }
        if (chance(0.15)) {
            given = given.toUpperCase(Locale.ROOT);
            family = family.toUpperCase(Locale.ROOT);
        }
        String givenField = given;
        String familyField = family;
        double order = dice.unit();
        if (order < 0.08) {
            givenField = family;
            familyField = given;
        } else if (order < 0.12) {
            givenField = null;
            familyField = family.toUpperCase(Locale.ROOT) + ", " + given;
        }
        List<String> phones = new ArrayList<>();
        for (String phone : p.phones()) {
            if (chance(0.55)) {
                phones.add(formatPhone(phone));
            }
        }
        List<String> docs = new ArrayList<>();
        if (p.passport() != null && chance(0.4)) {
            docs.add("PASSPORT:" + (chance(0.03) ? typo(p.passport()) : p.passport()));
        }
        if (p.nino() != null && chance(0.4)) {
            docs.add("NINO:" + p.nino());
        }
        return new SampleRecord(key, givenField, familyField, List.of(), dob(p.dob()),
                chance(0.9) ? String.valueOf(p.gender()) : null, nationality(p.nationality()), phones,
                p.email() != null && chance(0.5) ? List.of(p.email()) : List.of(),
                chance(0.6) ? address(p.address()) : null, chance(0.6) ? postcode(p.postcode()) : null, docs);
    }

    private String script(String name, String nationality) {
        boolean cyrillic = !name.isEmpty() && Character.UnicodeScript.of(name.charAt(0)) == Character.UnicodeScript.CYRILLIC;
        if (cyrillic) {
            // Bulgarian records are held in Cyrillic, or romanised by the official (streamlined) system
            return chance(0.4) ? name : BULGARIAN.transliterate(name).replace("Kh", "H").replace("kh", "h").replace("u", "a");
        }
        if (chance(0.35) && !nationality.equals("GB")) {
            name = ASCII.transliterate(name);
        } else if (nationality.equals("RO") && chance(0.3)) {
            name = name.replace('ș', 'ş').replace('ț', 'ţ').replace('Ș', 'Ş').replace('Ț', 'Ţ');
        }
        return name;
    }

    private String typo(String text) {
        if (text.length() < 3) {
            return text;
        }
        char[] chars = text.toCharArray();
        int i = 1 + dice.below(chars.length - 2);
        switch (dice.below(3)) {
            case 0 -> chars[i] = (char) ('a' + dice.below(26));
            case 1 -> {
                char c = chars[i];
                chars[i] = chars[i + 1];
                chars[i + 1] = c;
            }
            default -> {
                return text.substring(0, i) + text.substring(i + 1);
            }
        }
        return new String(chars);
    }

    private String dob(String dob) {
        double x = dice.unit();
        if (x < 0.12) {
            return null;
        } else if (x < 0.17) {
            return dob.substring(0, 4);
        } else if (x < 0.20) {
            return dob.substring(0, 5) + dob.substring(8) + "-" + dob.substring(5, 7);
        } else if (x < 0.23) {
            int day = Integer.parseInt(dob.substring(8));
            return dob.substring(0, 8) + String.format("%02d", day == 28 ? 27 : day + 1);
        } else if (x < 0.25) {
            return (Integer.parseInt(dob.substring(0, 4)) + 1) + dob.substring(4);
        }
        return dob;
    }

    private String nationality(String code) {
        double x = dice.unit();
        if (x < 0.2) {
            return null;
        }
        return x < 0.6 ? code : x < 0.8 ? new Locale("", code).getISO3Country() : new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    }

    private String formatPhone(String phone) {
        String digits = phone.replace(" ", "");
        if (digits.startsWith("07") && chance(0.5)) {
            return "+44 " + digits.substring(1, 5) + " " + digits.substring(5);
        }
        return chance(0.5) ? digits : phone;
    }

    private String address(String address) {
        return chance(0.3) ? address.replace("Road", "Rd").replace("Street", "St") : address;
    }

    private String postcode(String postcode) {
        return chance(0.4) ? postcode.replace(" ", "").toLowerCase(Locale.ROOT) : postcode;
    }

    private boolean chance(double p) {
        return dice.chance(p);
    }
}

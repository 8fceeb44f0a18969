package uk.toex.crosslink.demo.names;

import java.util.List;

/**
 * A population the synthetic world draws people from: where their names come from, how they are
 * written at home (script, family-name-first), their usual nationality, phone country and e-mail hosts.
 */
public enum Population {
    BRITISH("british", "GB", "44", Script.LATIN, false, 50, List.of("gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "icloud.com")),
    POLISH("polish", "PL", "48", Script.LATIN, false, 8, List.of("wp.pl", "o2.pl", "onet.pl", "gmail.com", "interia.pl")),
    ROMANIAN("romanian", "RO", "40", Script.LATIN, false, 10, List.of("yahoo.com", "yahoo.ro", "gmail.com")),
    HUNGARIAN("hungarian", "HU", "36", Script.LATIN, true, 6, List.of("freemail.hu", "citromail.hu", "gmail.com")),
    BULGARIAN("bulgarian", "BG", "359", Script.CYRILLIC, false, 5, List.of("abv.bg", "mail.bg", "gmail.com")),
    SLOVAK_ROMA("slovak-roma", "SK", "421", Script.LATIN, false, 5, List.of("azet.sk", "centrum.sk", "gmail.com")),
    ALBANIAN("albanian", "AL", "355", Script.LATIN, false, 5, List.of("gmail.com", "hotmail.com", "yahoo.com")),
    VIETNAMESE("vietnamese", "VN", "84", Script.LATIN, true, 5, List.of("gmail.com", "yahoo.com.vn")),
    LITHUANIAN("lithuanian", "LT", "370", Script.LATIN, false, 4, List.of("gmail.com", "inbox.lt", "one.lt")),
    UKRAINIAN("ukrainian", "UA", "380", Script.CYRILLIC, false, 1, List.of("ukr.net", "gmail.com", "i.ua")),
    RUSSIAN("russian", "RU", "7", Script.CYRILLIC, false, 1, List.of("mail.ru", "yandex.ru", "gmail.com"));

    /** The script names are held in at home. */
    public enum Script { LATIN, CYRILLIC }

    private final String resource;
    private final String country;
    private final String dialCode;
    private final Script script;
    private final boolean familyFirst;
    private final double weight;
    private final List<String> mailHosts;

    Population(String resource, String country, String dialCode, Script script, boolean familyFirst,
            double weight, List<String> mailHosts) {
        this.resource = resource;
        this.country = country;
        this.dialCode = dialCode;
        this.script = script;
        this.familyFirst = familyFirst;
        this.weight = weight;
        this.mailHosts = mailHosts;
    }

    public String resource() {
        return "demo/names/" + resource + ".txt";
    }

    /** ISO 3166-1 alpha-2 of the usual nationality. */
    public String country() {
        return country;
    }

    public String dialCode() {
        return dialCode;
    }

    public Script script() {
        return script;
    }

    /** Family name written before the given name at home (Lakatos Attila, Nguyễn Văn Minh). */
    public boolean familyFirst() {
        return familyFirst;
    }

    public double weight() {
        return weight;
    }

    public List<String> mailHosts() {
        return mailHosts;
    }

    public boolean british() {
        return this == BRITISH;
    }
}

package uk.toex.crosslink.demo.sample;

import java.util.List;
import java.util.Map;
import uk.toex.crosslink.demo.Dice;

/** Names per nationality for synthetic people: common ones first (drawn Zipf-like), then rare ones. */
final class NamePools {

    static final List<String> NATIONALITIES = List.of("GB", "HU", "RO", "BG", "PL", "LT", "AL");
    static final double[] NATIONALITY_SHARE = {0.40, 0.15, 0.18, 0.10, 0.07, 0.05, 0.05};

    static final Map<String, List<String>> FAMILY = Map.of(
            "GB", List.of("Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Johnson",
                    "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes", "Green", "Hall",
                    "Lewis", "Harris", "Clarke", "Patel", "Jackson", "Wood", "Turner", "Martin", "Cooper", "Hill",
                    "Ward", "Morris", "Moore", "Clark", "Lee", "King", "Baker", "Harrison", "Morgan", "Allen",
                    "Fairweather", "Ollerenshaw", "Pemberton", "Thistlewood", "Blackwood", "Ainsworth", "Cartwright"),
            "HU", List.of("Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga", "Kiss", "Molnár", "Németh", "Farkas",
                    "Balogh", "Papp", "Takács", "Juhász", "Lakatos", "Mészáros", "Oláh", "Simon", "Rácz", "Fekete",
                    "Rézműves", "Szilágyi", "Csonka", "Bodnár", "Vörös", "Gulyás", "Fülöp", "Pásztor"),
            "RO", List.of("Popa", "Popescu", "Pop", "Radu", "Dumitru", "Stan", "Stoica", "Gheorghe", "Matei", "Ciobanu",
                    "Ionescu", "Rusu", "Mihai", "Constantin", "Munteanu", "Moldovan", "Șerban", "Ștefănescu", "Țurcanu",
                    "Lungu", "Dinu", "Mocanu", "Răducanu", "Bălan", "Căpraru", "Vrânceanu", "Gâlcă"),
            "BG", List.of("Иванов", "Георгиев", "Димитров", "Петров", "Николов", "Христов", "Стоянов", "Тодоров",
                    "Илиев", "Василев", "Атанасов", "Кръстев", "Ангелов", "Маринов", "Щерев", "Жечев", "Цветков"),
            "PL", List.of("Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski",
                    "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Łukasiewicz"),
            "LT", List.of("Kazlauskas", "Jankauskas", "Petrauskas", "Stankevičius", "Vasiliauskas", "Žukauskas",
                    "Butkus", "Paulauskas", "Urbonas", "Kavaliauskas"),
            "AL", List.of("Hoxha", "Shehu", "Dervishi", "Çela", "Leka", "Gjoka", "Hysa", "Krasniqi", "Berisha", "Bajrami"));

    static final Map<String, List<String>> MALE = Map.of(
            "GB", List.of("John", "David", "Michael", "James", "Robert", "William", "Paul", "Mark", "Richard", "Thomas",
                    "Daniel", "Christopher", "Andrew", "Peter", "Stephen", "Matthew", "Jonathan", "Alexander", "Edward", "Samuel"),
            "HU", List.of("László", "István", "József", "János", "Zoltán", "Sándor", "Ferenc", "Gábor", "Attila", "Péter",
                    "Tamás", "Tibor", "György", "Imre", "Balázs", "Csaba"),
            "RO", List.of("Ion", "Gheorghe", "Vasile", "Constantin", "Alexandru", "Mihai", "Andrei", "Ștefan", "Florin",
                    "Adrian", "Cristian", "Daniel", "Marian", "Nicolae", "Dumitru"),
            "BG", List.of("Георги", "Иван", "Димитър", "Николай", "Петър", "Христо", "Стефан", "Тодор", "Васил",
                    "Стоян", "Йордан", "Красимир", "Атанас"),
            "PL", List.of("Piotr", "Krzysztof", "Andrzej", "Tomasz", "Paweł", "Michał", "Marcin", "Łukasz", "Jakub"),
            "LT", List.of("Jonas", "Petras", "Tomas", "Mantas", "Darius", "Andrius", "Žydrūnas", "Vytautas"),
            "AL", List.of("Arben", "Besnik", "Dritan", "Ermal", "Gentian", "Ilir", "Klodian", "Sokol"));

    static final Map<String, List<String>> FEMALE = Map.of(
            "GB", List.of("Sarah", "Emma", "Laura", "Rebecca", "Elizabeth", "Jessica", "Samantha", "Victoria", "Catherine",
                    "Margaret", "Susan", "Jennifer", "Deborah", "Patricia", "Amanda", "Rachel", "Hannah", "Charlotte"),
            "HU", List.of("Mária", "Erzsébet", "Katalin", "Ilona", "Éva", "Anna", "Zsuzsanna", "Krisztina", "Andrea",
                    "Erika", "Ágnes", "Judit", "Tünde", "Renáta"),
            "RO", List.of("Maria", "Elena", "Ana", "Ioana", "Mihaela", "Andreea", "Cristina", "Daniela", "Gabriela",
                    "Alexandra", "Florentina", "Nicoleta", "Valentina"),
            "BG", List.of("Мария", "Елена", "Йорданка", "Цветелина", "Десислава", "Светлана", "Галина", "Надежда",
                    "Виктория", "Екатерина", "Росица"),
            "PL", List.of("Anna", "Katarzyna", "Małgorzata", "Agnieszka", "Barbara", "Ewa", "Magdalena", "Joanna"),
            "LT", List.of("Rūta", "Ieva", "Gintarė", "Jurgita", "Lina", "Asta", "Simona", "Vilma"),
            "AL", List.of("Albana", "Blerta", "Elira", "Fjolla", "Klea", "Mirela", "Teuta", "Valbona"));

    /** Diminutives a record may use instead of the given name. */
    static final Map<String, List<String>> NICKNAMES = Map.ofEntries(
            Map.entry("William", List.of("Bill", "Will")), Map.entry("Robert", List.of("Bob", "Rob")),
            Map.entry("Michael", List.of("Mike", "Mick")), Map.entry("James", List.of("Jim", "Jimmy")),
            Map.entry("Richard", List.of("Rick", "Dick")), Map.entry("Thomas", List.of("Tom")),
            Map.entry("Elizabeth", List.of("Liz", "Beth")), Map.entry("Margaret", List.of("Maggie", "Peggy")),
            Map.entry("Catherine", List.of("Kate", "Cathy")), Map.entry("Samantha", List.of("Sam")),
            Map.entry("László", List.of("Laci")), Map.entry("István", List.of("Pista")), Map.entry("József", List.of("Józsi")),
            Map.entry("Zoltán", List.of("Zoli")), Map.entry("Erzsébet", List.of("Erzsi", "Böske")),
            Map.entry("Zsuzsanna", List.of("Zsuzsa")), Map.entry("Katalin", List.of("Kati")),
            Map.entry("Ion", List.of("Ionel", "Ionuț")), Map.entry("Gheorghe", List.of("Gică", "Ghiță")),
            Map.entry("Ștefan", List.of("Fănel")), Map.entry("Elena", List.of("Lenuța")),
            Map.entry("Георги", List.of("Гошо")), Map.entry("Димитър", List.of("Митко")), Map.entry("Христо", List.of("Ицо")));

    private static final Map<String, String[][]> SYLLABLES = Map.of(
            "GB", new String[][] {{"Ash", "Brad", "Cot", "Dun", "Fen", "Hal", "Kings", "Lang", "Mar", "Ped", "Rad", "Shel", "Thorn", "Wex", "Brig", "Hol"},
                {"ley", "ford", "ton", "worth", "wick", "ham", "by", "field", "combe", "stone", "well", "more", "den", "bridge", "hurst", "lock"}},
            "HU", new String[][] {{"Bar", "Cser", "Fod", "Gál", "Hor", "Kal", "Lév", "Mag", "Pet", "Rozs", "Sze", "Tor", "Vár", "Zsig", "Ber", "Dob"},
                {"ai", "nyák", "ós", "falvi", "házi", "mándi", "kuti", "völgyi", "erdei", "szegi", "csik", "ényi", "ási", "ödi", "lovics", "ity"}},
            "RO", new String[][] {{"Ard", "Bor", "Căl", "Dob", "Flor", "Groz", "Lup", "Mar", "Neg", "Pet", "Rad", "Sto", "Tăn", "Vlad", "Zam", "Chir"},
                {"escu", "eanu", "ache", "ilă", "oiu", "aru", "ică", "uță", "aș", "ian", "ovici", "ușcă", "ete", "oi", "ciuc", "ariu"}},
            "BG", new String[][] {{"Бор", "Вел", "Гроз", "Дим", "Злат", "Кал", "Люб", "Мил", "Нед", "Пен", "Рад", "Слав", "Тон", "Цон", "Чав", "Яне"},
                {"ев", "ов", "чев", "ков", "анов", "инов", "илов", "ешев", "аров", "оков", "ънов", "ящев", "ушев", "елов", "ачев", "итов"}},
            "PL", new String[][] {{"Brz", "Chmiel", "Dud", "Gaj", "Jas", "Kacz", "Mro", "Paw", "Sob", "Wil", "Zaj", "Krup", "Olsz", "Rut", "Tom", "Grab"},
                {"owski", "ewski", "ak", "ek", "ński", "czyk", "ecki", "uk", "owicz", "iński", "ała", "ocki", "as", "ycz", "al", "ik"}},
            "LT", new String[][] {{"Bal", "Dau", "Gir", "Jur", "Kaz", "Mil", "Nor", "Pal", "Rim", "Sab", "Tam", "Vai", "Žil", "Ged", "Lau", "Str"},
                {"ckas", "kus", "aitis", "ėnas", "onis", "iūnas", "evičius", "auskas", "elis", "utis", "ys", "ius", "inas", "ulis", "ėtis", "aras"}},
            "AL", new String[][] {{"Bal", "Dema", "Gash", "Hal", "Kol", "Lul", "Mus", "Nik", "Pre", "Rex", "Sel", "Tafa", "Ver", "Zen", "Qor", "Bush"},
                {"aj", "i", "ja", "llari", "ani", "eri", "ushi", "ollari", "aku", "ri", "ja", "llaj", "oni", "ishti", "ati", "aliu"}});

    /** A family name from the long tail: two syllables of the nationality, tens of thousands possible. */
    static String rareFamily(String nationality, Dice dice) {
        String[][] parts = SYLLABLES.get(nationality);
        String second = parts[1][dice.below(parts[1].length)];
        String third = dice.below(3) == 0 ? parts[1][dice.below(parts[1].length)] : "";
        return parts[0][dice.below(parts[0].length)] + second.toLowerCase() + third.toLowerCase();
    }

    private NamePools() {
    }
}

package uk.toex.crosslink.demo.crime;

import java.util.List;
import uk.toex.crosslink.demo.Dice;

/** What a crime network does, which decides its victims, premises, threat types and offences. */
public enum NetworkKind {
    /** Women moved and sold for sex from brothel flats advertised online. */
    SEXUAL_EXPLOITATION("BROTHEL", "brothel", List.of("MSHT", "VAWG"), List.of("MSHT", "SEXUAL", "VAWG")),
    /** Young men forced to tend cannabis farms or work in car washes and nail bars. */
    LABOUR_EXPLOITATION("WORK", "cannabis", List.of("MSHT", "OIC"), List.of("MSHT", "DRUGS")),
    /** Children and young people running drugs from a city line into a town's trap houses. */
    COUNTY_LINES("SEEN_AT", "county line", List.of("COUNTY_LINES", "CSE"), List.of("DRUGS", "CSE", "VIOLENCE"));

    private final String premisesRelation;
    private final String word;
    private final List<String> threatTypes;
    private final List<String> offenceCategories;

    NetworkKind(String premisesRelation, String word, List<String> threatTypes, List<String> offenceCategories) {
        this.premisesRelation = premisesRelation;
        this.word = word;
        this.threatTypes = threatTypes;
        this.offenceCategories = offenceCategories;
    }

    /** How victims are linked to the network's premises in person_addresses.csv. */
    public String premisesRelation() {
        return premisesRelation;
    }

    public String word() {
        return word;
    }

    /** The threat types a force maps it under, sometimes with organised immigration crime added. */
    public List<String> threatTypes(Dice dice) {
        if (dice.chance(0.3) && !threatTypes.contains("OIC")) {
            return List.of(threatTypes.get(0), threatTypes.get(1), "OIC");
        }
        return dice.chance(0.3) ? List.of(threatTypes.get(0)) : threatTypes;
    }

    public String offenceCategory(Dice dice) {
        return dice.pick(offenceCategories);
    }
}

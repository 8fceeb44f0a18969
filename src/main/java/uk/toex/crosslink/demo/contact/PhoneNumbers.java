package uk.toex.crosslink.demo.contact;

import java.util.Map;
import uk.toex.crosslink.demo.Dice;
import uk.toex.crosslink.demo.place.Town;

/**
 * Plausible numbers made deterministically: UK mobiles across the allocated 074xx-079xx ranges
 * (the Ofcom drama range is far too small for a large world), landlines on a town's code, and
 * mobiles of each population's home country in its own numbering plan.
 */
public final class PhoneNumbers {

    /** National mobile prefix choices and remaining digit count per country calling code. */
    private static final Map<String, String[]> MOBILE = Map.ofEntries(
            Map.entry("44", new String[] {"74,75,77,78,79", "8"}),
            Map.entry("36", new String[] {"20,30,70", "7"}),
            Map.entry("40", new String[] {"72,73,74,75,76,78", "7"}),
            Map.entry("359", new String[] {"87,88,89", "7"}),
            Map.entry("48", new String[] {"50,51,53,60,66,69,72,79,88", "7"}),
            Map.entry("421", new String[] {"90,91,94,95", "7"}),
            Map.entry("355", new String[] {"67,68,69", "7"}),
            Map.entry("84", new String[] {"90,91,93,94,96,97,98", "7"}),
            Map.entry("370", new String[] {"6", "7"}),
            Map.entry("380", new String[] {"50,63,66,67,68,73,93,95,96,97,98,99", "7"}),
            Map.entry("7", new String[] {"90,91,92,95,96", "8"}));

    private PhoneNumbers() {
    }

    public static PhoneNumber ukMobile(Dice dice) {
        return mobile("44", dice);
    }

    public static PhoneNumber mobile(String dialCode, Dice dice) {
        String[] plan = MOBILE.getOrDefault(dialCode, MOBILE.get("44"));
        String[] prefixes = plan[0].split(",");
        String prefix = prefixes[dice.between(0, prefixes.length - 1)];
        return new PhoneNumber(MOBILE.containsKey(dialCode) ? dialCode : "44",
                prefix + dice.digits(Integer.parseInt(plan[1]), false));
    }

    public static PhoneNumber landline(Town town, Dice dice) {
        String code = town.dialCode().substring(1);
        return new PhoneNumber("44", code + dice.digits(10 - code.length(), true));
    }

    /** The same number with one digit mistyped. */
    public static PhoneNumber mistyped(PhoneNumber number, Dice dice) {
        char[] digits = number.national().toCharArray();
        int at = dice.between(Math.min(2, digits.length - 1), digits.length - 1);
        digits[at] = (char) ('0' + (digits[at] - '0' + dice.between(1, 9)) % 10);
        return new PhoneNumber(number.dialCode(), new String(digits));
    }
}

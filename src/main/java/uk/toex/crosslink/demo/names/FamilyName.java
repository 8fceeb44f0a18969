package uk.toex.crosslink.demo.names;

/**
 * A family name in its gendered forms: Kowalski/Kowalska, Иванов/Иванова, and in Lithuanian the
 * married and unmarried female forms Kazlauskienė/Kazlauskaitė. Forms not given equal the male form.
 */
public record FamilyName(String male, String femaleMarried, String femaleUnmarried) {

    public static FamilyName parse(String text) {
        String[] forms = text.split("/");
        String male = forms[0].strip();
        String married = forms.length > 1 ? forms[1].strip() : male;
        String unmarried = forms.length > 2 ? forms[2].strip() : married;
        return new FamilyName(male, married, unmarried);
    }

    public String form(char gender, boolean married) {
        if (gender != 'F') {
            return male;
        }
        return married ? femaleMarried : femaleUnmarried;
    }
}

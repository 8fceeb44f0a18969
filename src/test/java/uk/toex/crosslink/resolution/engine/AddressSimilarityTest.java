package uk.toex.crosslink.resolution.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import uk.toex.crosslink.resolution.normalise.JaroWinkler;

class AddressSimilarityTest {

    @Test
    void takesOneLineTypedTwiceAsASlip() {
        assertThat(AddressSimilarity.typingSlip("44 forbes stret", "44 forbes street")).isTrue();
        assertThat(AddressSimilarity.typingSlip("12 lnodon road", "12 london road")).isTrue();
    }

    @Test
    void keepsOtherHouseholdsAndOtherStreetsApart() {
        assertThat(AddressSimilarity.typingSlip("44 forbes street", "46 forbes street")).isFalse();
        assertThat(AddressSimilarity.typingSlip("44 forbes street", "44 mill lane")).isFalse();
        assertThat(AddressSimilarity.typingSlip("44 forbes street", "44 forbes street")).isFalse();
    }

    @Test
    void theLetterCountShortcutNeverChangesAnAnswer() {
        Random random = new Random(7);
        List<String> lines = new ArrayList<>();
        String[] words = {"forbes", "street", "high", "road", "london", "mill", "lane", "church", "close", "station"};
        for (int i = 0; i < 400; i++) {
            String line = (1 + random.nextInt(30)) + " " + words[random.nextInt(words.length)] + " " + words[random.nextInt(words.length)];
            lines.add(line);
            lines.add(mistype(line, random));
        }
        for (String a : lines) {
            for (String b : lines.subList(0, 120)) {
                String la = AddressSimilarity.letters(a);
                String lb = AddressSimilarity.letters(b);
                boolean plain = !a.equals(b) && AddressSimilarity.digits(a).equals(AddressSimilarity.digits(b))
                        && Math.min(la.length(), lb.length()) >= 4 && JaroWinkler.similarity(la, lb) >= AddressSimilarity.TYPO_JW;
                assertThat(AddressSimilarity.typingSlip(a, b)).as("%s / %s", a, b).isEqualTo(plain);
            }
        }
    }

    @Test
    void theVocabularyAnswersAsTheRuleDoes() {
        Vocabulary vocabulary = new Vocabulary(List.of());
        String[] lines = {"44 forbes street", "44 forbes stret", "46 forbes street", "12 lnodon road", "12 london road"};
        int[] ids = new int[lines.length];
        for (int i = 0; i < lines.length; i++) {
            PersonInput input = new PersonInput("r" + i, "Ann", "Smith", null, null, null, null, null, null, lines[i], null, null);
            ids[i] = vocabulary.intern(Normalised.of(input, List.of())).street;
        }
        int slips = 0;
        for (int i = 0; i < lines.length; i++) {
            for (int j = 0; j < lines.length; j++) {
                boolean rule = AddressSimilarity.typingSlip(vocabulary.streets.value(ids[i]), vocabulary.streets.value(ids[j]));
                assertThat(vocabulary.streetsOneSlipApart(ids[i], ids[j])).as("%s / %s", lines[i], lines[j]).isEqualTo(rule);
                slips += rule ? 1 : 0;
            }
        }
        assertThat(slips).as("mistyped lines in both orders").isEqualTo(4);
    }

    private static String mistype(String line, Random random) {
        int at = 1 + random.nextInt(line.length() - 2);
        return switch (random.nextInt(3)) {
            case 0 -> line.substring(0, at) + line.substring(at + 1);
            case 1 -> line.substring(0, at) + line.charAt(at + 1) + line.charAt(at) + line.substring(at + 2);
            default -> line.substring(0, at) + 'x' + line.substring(at);
        };
    }
}

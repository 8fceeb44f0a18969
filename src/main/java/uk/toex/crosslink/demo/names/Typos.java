package uk.toex.crosslink.demo.names;

import uk.toex.crosslink.demo.Dice;

/**
 * Keying errors: adjacent letters transposed, a letter dropped or doubled, a double letter
 * collapsed (Attila → Atila), or a letter replaced by its neighbour on a QWERTY keyboard.
 */
public final class Typos {

    private static final String[] ROWS = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};

    private Typos() {
    }

    public static String apply(String text, Dice dice) {
        if (text.length() < 3) {
            return text;
        }
        int at = dice.between(1, text.length() - 2);
        return switch (dice.between(0, 4)) {
            case 0 -> text.substring(0, at) + text.charAt(at + 1) + text.charAt(at) + text.substring(at + 2);
            case 1 -> text.substring(0, at) + text.substring(at + 1);
            case 2 -> text.substring(0, at + 1) + text.substring(at);
            case 3 -> collapseDouble(text, at, dice);
            default -> substitute(text, at, dice);
        };
    }

    private static String collapseDouble(String text, int at, Dice dice) {
        for (int i = 1; i < text.length(); i++) {
            if (Character.toLowerCase(text.charAt(i)) == Character.toLowerCase(text.charAt(i - 1))) {
                return text.substring(0, i) + text.substring(i + 1);
            }
        }
        return substitute(text, at, dice);
    }

    private static String substitute(String text, int at, Dice dice) {
        char c = text.charAt(at);
        char lower = Character.toLowerCase(c);
        for (int row = 0; row < ROWS.length; row++) {
            int col = ROWS[row].indexOf(lower);
            if (col >= 0) {
                char near = neighbour(row, col, dice);
                char replaced = Character.isUpperCase(c) ? Character.toUpperCase(near) : near;
                return text.substring(0, at) + replaced + text.substring(at + 1);
            }
        }
        return text.substring(0, at) + text.substring(at + 1); // not on the keyboard map: dropped instead
    }

    private static char neighbour(int row, int col, Dice dice) {
        int targetRow = Math.max(0, Math.min(ROWS.length - 1, row + dice.between(-1, 1)));
        String keys = ROWS[targetRow];
        int targetCol = Math.max(0, Math.min(keys.length() - 1, col + (targetRow == row ? (dice.chance(0.5) ? -1 : 1) : dice.between(-1, 0))));
        char near = keys.charAt(targetCol);
        return near == ROWS[row].charAt(col) ? keys.charAt(targetCol == 0 ? 1 : targetCol - 1) : near;
    }
}

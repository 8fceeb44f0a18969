package uk.toex.crosslink.demo.records;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.toex.crosslink.demo.Dice;
import uk.toex.crosslink.demo.contact.IssuedDocument;
import uk.toex.crosslink.demo.contact.IdDocuments;
import uk.toex.crosslink.demo.contact.PhoneNumber;
import uk.toex.crosslink.demo.contact.PhoneNumbers;
import uk.toex.crosslink.demo.contact.PhoneStyles;
import uk.toex.crosslink.demo.world.Dated;
import uk.toex.crosslink.demo.world.Entity;

/**
 * The phones, e-mail and identity documents a record lists: the phone current on the record's date
 * (sometimes the previous one too, or a shared landline or work phone), each written its own way,
 * now and then mistyped.
 */
final class ContactColumns {

    private ContactColumns() {
    }

    static List<String> phones(Entity entity, LocalDate on, Dice dice) {
        List<String> phones = new ArrayList<>();
        PhoneNumber current = Dated.on(entity.phones(), on);
        if (current != null && dice.chance(0.8)) {
            phones.add(PhoneStyles.write(dice.chance(0.03) ? PhoneNumbers.mistyped(current, dice) : current, dice));
        }
        PhoneNumber previous = Dated.before(entity.phones(), on);
        if (previous != null && dice.chance(0.2)) {
            phones.add(PhoneStyles.write(previous, dice));
        }
        if (entity.sharedLine() != null && dice.chance(0.5)) {
            phones.add(PhoneStyles.write(entity.sharedLine(), dice));
        }
        return phones;
    }

    static String email(String email, Dice dice) {
        return dice.chance(0.1) ? Character.toUpperCase(email.charAt(0)) + email.substring(1) : email;
    }

    static List<String> documents(Entity entity, double chance, String system, Dice dice) {
        List<String> written = new ArrayList<>();
        for (IssuedDocument document : entity.documents()) {
            boolean pnc = document.type().equals("PNC");
            if (dice.chance(pnc && system.equals("PND") ? 1.0 : chance)) {
                IssuedDocument shown = dice.chance(0.03) ? IdDocuments.mistyped(document, dice) : document;
                written.add(dice.chance(0.05) ? shown.type() + ":" + shown.number().toLowerCase(Locale.ROOT) : shown.written());
            }
        }
        return written;
    }
}

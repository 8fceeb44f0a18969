package uk.toex.crosslink.demo.world;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.toex.crosslink.demo.contact.IssuedDocument;
import uk.toex.crosslink.demo.contact.PhoneNumber;
import uk.toex.crosslink.demo.place.UkAddress;

/**
 * A true person of the synthetic world (the ground truth), with the phones and homes they had over
 * time and the records sources made of them. Only the current cluster's entities are held in memory.
 */
public final class Entity {

    private final String id;
    private final Identity identity;
    private final String homeForce;
    private final List<Dated<PhoneNumber>> phones = new ArrayList<>();
    private final List<Dated<UkAddress>> homes = new ArrayList<>();
    private final List<IssuedDocument> documents = new ArrayList<>();
    private final List<Appearance> appearances = new ArrayList<>();
    private PersonRole role = PersonRole.ORDINARY;
    private Marriage marriage;
    private PhoneNumber sharedLine;
    private String email;

    public Entity(String id, Identity identity, String homeForce) {
        this.id = id;
        this.identity = identity;
        this.homeForce = homeForce;
    }

    public String id() {
        return id;
    }

    public Identity identity() {
        return identity;
    }

    public String homeForce() {
        return homeForce;
    }

    public List<Dated<PhoneNumber>> phones() {
        return phones;
    }

    public List<Dated<UkAddress>> homes() {
        return homes;
    }

    public List<IssuedDocument> documents() {
        return documents;
    }

    public List<Appearance> appearances() {
        return appearances;
    }

    public PersonRole role() {
        return role;
    }

    public void role(PersonRole role) {
        this.role = role;
    }

    public Marriage marriage() {
        return marriage;
    }

    public void marriage(Marriage marriage) {
        this.marriage = marriage;
    }

    /** A household landline or a network's work phone this person also gives, or null. */
    public PhoneNumber sharedLine() {
        return sharedLine;
    }

    public void sharedLine(PhoneNumber line) {
        this.sharedLine = line;
    }

    public String email() {
        return email;
    }

    public void email(String email) {
        this.email = email;
    }

    public boolean married(LocalDate on) {
        return marriage != null && !on.isBefore(marriage.on());
    }

    /** Family name as the person used it on {@code on}. */
    public String familyName(LocalDate on) {
        Identity who = identity;
        return married(on) ? marriage.into().form(who.gender(), true) : who.family().form(who.gender(), false);
    }

    public int ageOn(LocalDate on) {
        return java.time.Period.between(identity.dob(), on).getYears();
    }
}

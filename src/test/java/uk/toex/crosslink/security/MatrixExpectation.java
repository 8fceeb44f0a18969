package uk.toex.crosslink.security;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import uk.toex.crosslink.security.MatrixWorld.Container;
import uk.toex.crosslink.security.MatrixViews.ContactsSeen;
import uk.toex.crosslink.security.MatrixViews.EdgeSeen;
import uk.toex.crosslink.security.MatrixViews.ForceSeen;
import uk.toex.crosslink.security.MatrixViews.Holder;
import uk.toex.crosslink.security.MatrixViews.HoldersSeen;
import uk.toex.crosslink.security.MatrixViews.Keyed;
import uk.toex.crosslink.security.MatrixViews.ListSeen;
import uk.toex.crosslink.security.MatrixViews.PersonBrief;
import uk.toex.crosslink.security.MatrixViews.PersonSeen;
import uk.toex.crosslink.security.MatrixViews.RecordFields;
import uk.toex.crosslink.security.MatrixViews.RecordSeen;
import uk.toex.crosslink.security.MatrixViews.SubjectSeen;
import uk.toex.crosslink.security.MatrixViews.Walked;
import uk.toex.crosslink.security.MatrixWorld.Rec;

/**
 * What one caller must see of {@link MatrixWorld}, computed from {@link WrittenRule} alone, in the
 * shapes the matrix's GraphQL documents return ({@link MatrixViews}).
 */
record MatrixExpectation(Role role, List<String> forces) {

    boolean sees(Rec r) {
        return WrittenRule.sees(role, forces, r.force(), r.handling());
    }

    boolean sees(Container c) {
        return WrittenRule.sees(role, forces, c.force(), c.handling());
    }

    boolean sees(MatrixOffences.Offence o) {
        return WrittenRule.sees(role, forces, o.force(), o.handling());
    }

    List<Rec> records() {
        return MatrixWorld.RECORDS.stream().filter(this::sees).sorted(Comparator.comparing(Rec::key)).toList();
    }

    List<Rec> recordsOf(String personId) {
        return records().stream().filter(r -> r.personId().equals(personId)).toList();
    }

    List<Rec> recordsOfForce(String force) {
        return records().stream().filter(r -> r.force().equals(force)).toList();
    }

    List<String> personIds() {
        return records().stream().map(Rec::personId).distinct().sorted().toList();
    }

    List<Container> containers(String kind) {
        return MatrixWorld.CONTAINERS.stream().filter(c -> c.kind().equals(kind) && sees(c))
                .sorted(Comparator.comparing(Container::key)).toList();
    }

    /** Visible records that may lead to contact details: not of a person protected from the caller. */
    List<Rec> contactRecords() {
        return records().stream().filter(r -> !hidesIdentityOf(r.personId())).toList();
    }

    /** Persons reached from a contact detail or an advert: those with a record in {@link #contactRecords()}. */
    List<PersonBrief> contactBriefs() {
        return contactRecords().stream().map(Rec::personId).distinct().sorted().map(this::brief).toList();
    }

    /** Lists leading from contact details to persons are marked for every caller protected persons are hidden from. */
    boolean walksToPersonsWithheld() {
        return WrittenRule.hidesProtectedPersons(role);
    }

    boolean hidesIdentityOf(String personId) {
        return WrittenRule.hidesIdentity(role, MatrixWorld.flagsOf(personId));
    }

    PersonSeen person(String personId) {
        return new PersonSeen(personId, displayName(personId), recordsOf(personId).stream().map(this::seen).toList());
    }

    PersonBrief brief(String personId) {
        return new PersonBrief(personId, displayName(personId));
    }

    List<PersonBrief> briefs() {
        return personIds().stream().map(this::brief).toList();
    }

    Walked walked(Rec r) {
        return new Walked(brief(r.personId()), seen(r));
    }

    SubjectSeen subject(Rec r) {
        return new SubjectSeen(r.key(), seen(r).familyName(), brief(r.personId()));
    }

    /** Forces with any visible record of any kind, with the person records and persons seen there. */
    List<ForceSeen> forcesSeen() {
        return MatrixWorld.FORCES.stream()
                .filter(f -> !recordsOfForce(f).isEmpty() || MatrixWorld.CONTAINERS.stream().anyMatch(c -> c.force().equals(f) && sees(c)))
                .map(f -> new ForceSeen(f, recordsOfForce(f).size(),
                        (int) recordsOfForce(f).stream().map(Rec::personId).distinct().count()))
                .toList();
    }

    /** A visible person's contact walks: everything its visible records give, or all withheld when protected. */
    ContactsSeen contacts(String personId) {
        if (hidesIdentityOf(personId)) {
            return ContactsSeen.WITHHELD;
        }
        List<Rec> rs = recordsOf(personId);
        return new ContactsSeen(
                keys(List.of(MatrixWorld.PHONE)),
                keys(rs.stream().flatMap(r -> r.emails().stream()).distinct().sorted().toList()),
                keys(rs.stream().flatMap(r -> r.documentKeys().stream()).distinct().sorted().toList()),
                ListSeen.of(rs.stream().map(r -> new EdgeSeen(new Keyed(MatrixWorld.ADDRESS_KEY), new Keyed(r.key()), null)).toList()),
                ListSeen.of(containers("Advert").stream().map(c -> new EdgeSeen(new Keyed(c.key()), null, List.of("PHONE"))).toList()));
    }

    /** The persons a contact detail held by the matching records leads to; null when the caller cannot see the detail. */
    HoldersSeen holders(Predicate<Rec> holdsIt) {
        List<Holder> persons = contactRecords().stream().filter(holdsIt).map(Rec::personId).distinct().sorted()
                .map(id -> new Holder(brief(id))).toList();
        return persons.isEmpty() ? null : new HoldersSeen(persons.size(), walksToPersonsWithheld(), persons);
    }

    private static ListSeen keys(List<String> keys) {
        return ListSeen.of(keys.stream().map(k -> new EdgeSeen(new Keyed(k), null, null)).toList());
    }

    String displayName(String personId) {
        return hidesIdentityOf(personId) ? Redaction.MARKER : MatrixWorld.recordsOf(personId).get(0).fullName();
    }

    RecordSeen seen(Rec r) {
        return new RecordSeen(r.key(), identity(r, r.familyName()));
    }

    RecordFields fields(Rec r) {
        return new RecordFields(r.key(), identity(r, r.givenNames()), identity(r, r.familyName()), identity(r, r.aliases()),
                identity(r, r.dob()), identity(r, List.of(MatrixWorld.PHONE_AS_RECORDED)), identity(r, r.emails()),
                identity(r, MatrixWorld.ADDRESS_LINE), identity(r, MatrixWorld.POSTCODE), identity(r, r.idDocuments()),
                identity(r, "GB"), r.flags(), Map.of("nickname", identity(r, r.nickname())));
    }

    private String identity(Rec r, String value) {
        return hidesIdentityOf(r.personId()) ? Redaction.MARKER : value;
    }

    private List<String> identity(Rec r, List<String> values) {
        return hidesIdentityOf(r.personId()) ? List.of(Redaction.MARKER) : values;
    }
}

package uk.toex.crosslink.security;

import java.util.ArrayList;
import java.util.List;
import uk.toex.crosslink.graph.GlobalId;
import uk.toex.crosslink.security.MatrixOffences.Offence;
import uk.toex.crosslink.security.MatrixWorld.Container;
import uk.toex.crosslink.security.MatrixWorld.Rec;

/**
 * Every string by which an answer could betray something of the matrix world (with
 * {@link MatrixOffences}) that one caller may not see: keys of hidden records, offences, OCGs,
 * operations and adverts; ids (raw and global) of persons without a visible record; and, for
 * callers protected persons are hidden from, those persons' names.
 */
final class HiddenFromCaller {

    private HiddenFromCaller() {
    }

    static List<String> tokens(MatrixExpectation e) {
        List<String> tokens = new ArrayList<>();
        MatrixWorld.RECORDS.stream().filter(r -> !e.sees(r)).forEach(r -> tokens.add(r.key()));
        MatrixOffences.OFFENCES.stream().filter(o -> !e.sees(o)).map(Offence::key).forEach(tokens::add);
        MatrixWorld.CONTAINERS.stream().filter(c -> !e.sees(c)).map(Container::key).forEach(tokens::add);
        MatrixWorld.personIds().stream().filter(id -> e.recordsOf(id).isEmpty())
                .forEach(id -> tokens.addAll(List.of(id, GlobalId.encode("Person", id))));
        MatrixWorld.RECORDS.stream().filter(r -> e.hidesIdentityOf(r.personId()))
                .forEach(r -> tokens.addAll(List.of(r.givenNames(), r.familyName())));
        return tokens.stream().distinct().toList();
    }
}

package uk.toex.crosslink.ingest.files;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A batch file of links between records of the batch ({@code person_addresses.csv}, ...).
 *
 * @param cypher   prefix of its Cypher files ({@code ingest/<cypher>-existing}, {@code -write})
 * @param identity properties that make one link; a second row with the same ones is a duplicate
 * @param from     property naming the record the relationship starts at
 * @param to       property naming the record it points to
 * @param toFile   the file whose record_ids {@code to} must name, given the row's content
 * @param kind     property telling the target's kind, or null
 */
public record LinkFile(String name, String cypher, List<Column> columns, List<String> identity, String from,
                       String to, Function<Map<String, Object>, String> toFile, String kind) {

    /** The Cypher files under {@code cypher/ingest/} that write this file's rows, in the order they run. */
    public List<String> steps() {
        return List.of(cypher + "-existing", cypher + "-write");
    }

    public Set<String> knownColumns() {
        Set<String> names = new LinkedHashSet<>();
        columns.forEach(c -> names.add(c.name()));
        return names;
    }

    public List<String> requiredColumns() {
        return columns.stream().filter(Column::required).map(Column::name).toList();
    }
}

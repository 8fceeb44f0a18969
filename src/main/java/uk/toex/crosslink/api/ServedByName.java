package uk.toex.crosslink.api;

import graphql.schema.FieldCoordinates;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.toex.crosslink.graph.NodeKind;

/**
 * The one list of schema fields that no controller maps and no Java property backs, because
 * {@link NodeFieldFetcher} serves them by name from a map Spring's schema inspection cannot see
 * into: a node's stored properties ({@code GraphNode#props()}, docs/MODEL.md), an edge map of a
 * {@code graph.Connection} (the columns of a link query's {@code items}), or another map a
 * controller returns. {@link SchemaInspection} fails start-up on any other unmapped field, and on
 * an entry here that the schema no longer leaves unmapped, so this list is exactly what is served
 * by name. A field added to a schema file needs a controller mapping, a Java property, or its line
 * here (and then the stored property or map key of that name).
 */
final class ServedByName {

    /** The columns every source record keeps beside its own: provenance and handling (docs/INGEST.md). */
    private static final String RECORD = "system recordId handling batchId extracted version extra ";

    private static final Map<String, String> FIELDS = Map.ofEntries(
            // stored properties of nodes (id, the global id, is served for every NodeKind: see below)
            Map.entry("PersonRecord", RECORD + "aliases dob gender nationality phones emails address postcode"
                    + " idDocuments flags ingestedAt firstIngestedAt"),
            Map.entry("AddressRecord", RECORD + "force line1 line2 town postcode country"),
            Map.entry("Advert", RECORD + "force site url postedAt title text location postcode"),
            Map.entry("OrganisedCrimeGroup", RECORD + "force name threatTypes status mappedOn"),
            Map.entry("Operation", RECORD + "force name status opened closed threatTypes leadOfficer"),
            Map.entry("Offence", RECORD + "force category hoCode gravity committedOn reportedOn outcome"),
            Map.entry("Address", "line1 line2 town postcode country"),
            Map.entry("Phone", "e164"),
            Map.entry("Email", "address"),
            Map.entry("IdDocument", "type number"),
            Map.entry("ImageHash", "hash"),
            Map.entry("Force", "code personRecordCount personCount advertCount ocgCount operationCount offenceCount"),
            Map.entry("HarmFlag", "rule evidence status current"),
            // edge fields beyond cursor and node: the columns of the link query's items
            Map.entry("PersonAddressEdge", "relation from to source record"),
            Map.entry("AddressOccupantEdge", "relation from to source record"),
            Map.entry("PersonOcgEdge", "role record"),
            Map.entry("OcgMemberEdge", "role record"),
            Map.entry("PersonOperationEdge", "role record"),
            Map.entry("SubjectOperationEdge", "role"),
            Map.entry("OperationSubjectEdge", "role subjectKind"),
            Map.entry("PersonOffenceEdge", "involvement record"),
            Map.entry("OffencePersonEdge", "involvement record"),
            Map.entry("LinkedAdvertEdge", "via"),
            Map.entry("LinkedPersonEdge", "via"),
            Map.entry("CallEdge", "direction count smsCount first last totalDuration sources"),
            // other maps: a flag's review (analytics.harm), a path between persons (NetworkController)
            Map.entry("HarmFlagReview", "status by at reason"),
            Map.entry("NetworkPath", "hops"),
            // Apollo Federation adds these root fields after inspection; EntityController answers _entities
            Map.entry("Query", "_service _entities"));

    private ServedByName() {
    }

    /**
     * Whether the field is served by name: listed above; {@code id} of a node kind (its global id,
     * {@code GraphNode}); {@code cursor} and {@code node} of an {@code ...Edge} type (every
     * {@code Connection} edge map has both).
     */
    static boolean served(FieldCoordinates field) {
        String type = field.getTypeName();
        String name = field.getFieldName();
        return listed(type).contains(name)
                || "id".equals(name) && NodeKind.of(type).isPresent()
                || type.endsWith("Edge") && ("cursor".equals(name) || "node".equals(name));
    }

    /** Listed fields the inspection did not report unmapped: gone from the schema, or mapped now. */
    static List<String> stale(Collection<FieldCoordinates> unmapped) {
        Set<String> reported = unmapped.stream().map(SchemaInspection::name).collect(Collectors.toSet());
        return FIELDS.keySet().stream().sorted()
                .flatMap(type -> listed(type).stream().map(field -> type + "." + field))
                .filter(field -> !reported.contains(field))
                .toList();
    }

    private static List<String> listed(String type) {
        return Arrays.asList(FIELDS.getOrDefault(type, "").split(" "));
    }
}

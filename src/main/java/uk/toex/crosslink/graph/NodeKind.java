package uk.toex.crosslink.graph;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of node the read API serves, written once: each kind's label (which is also its
 * GraphQL type and the type in its global id), the property that keys it (docs/MODEL.md) and
 * whether it keeps earlier versions. Cypher that lists kinds ({@code fragments/node.cypher}, the
 * files under {@code queries/nodes/} and {@code queries/versions/}) and the schema's
 * {@code implements Node} types are held to this list by {@code NodeKindTest}: a kind without its
 * file, or a file or type without its kind, fails the build rather than the first request.
 */
public enum NodeKind {
    PERSON("Person", "id", false),
    PERSON_RECORD("PersonRecord", "key", true),
    ADDRESS_RECORD("AddressRecord", "key", true),
    ADDRESS("Address", "key", false),
    PHONE("Phone", "e164", false),
    EMAIL("Email", "address", false),
    ID_DOCUMENT("IdDocument", "key", false),
    IMAGE_HASH("ImageHash", "hash", false),
    ORGANISED_CRIME_GROUP("OrganisedCrimeGroup", "key", true),
    ADVERT("Advert", "key", true),
    OPERATION("Operation", "key", true),
    OFFENCE("Offence", "key", true),
    FORCE("Force", "code", false);

    private final String type;
    private final String keyProperty;
    private final boolean versioned;

    NodeKind(String type, String keyProperty, boolean versioned) {
        this.type = type;
        this.keyProperty = keyProperty;
        this.versioned = versioned;
    }

    /** The label, GraphQL type and global-id type of this kind. */
    public String type() {
        return type;
    }

    public String keyProperty() {
        return keyProperty;
    }

    /** Whether a changed record of this kind keeps its earlier versions (docs/INGEST.md). */
    public boolean versioned() {
        return versioned;
    }

    public static Optional<NodeKind> of(String type) {
        return Arrays.stream(values()).filter(k -> k.type.equals(type)).findFirst();
    }


    /** {@code cypher/queries/nodes/<Type>.cypher}: nodes of this kind by key, visible ones only. */
    String nodeQuery() {
        return "queries/nodes/" + type;
    }

    /** {@code cypher/queries/versions/<Type>.cypher}: the superseded versions of records of this kind. */
    String versionsQuery() {
        return "queries/versions/" + type;
    }
}

package uk.toex.crosslink.ingest.bulk;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The graph a first load will hand to Neo4j's offline importer, built up as batches are read:
 * nodes and relationships spill to two staging files as they come (so a million-row batch never
 * sits in the heap whole); nodes shared between records (phones, addresses...) are kept once, in
 * memory, with the properties of whoever made them first, as a Cypher {@code MERGE ... ON CREATE}
 * would. Node ids are strings unique across labels ({@link #id}).
 */
final class StagedGraph implements AutoCloseable {

    private final Path nodeFile;
    private final Path relationshipFile;
    private final DataOutputStream nodes;
    private final DataOutputStream relationships;
    private final Map<String, byte[]> shared = new HashMap<>();
    private long nodeCount;
    private long relationshipCount;

    StagedGraph(Path dir) {
        try {
            Files.createDirectories(dir);
            this.nodeFile = dir.resolve("nodes.bin");
            this.relationshipFile = dir.resolve("relationships.bin");
            this.nodes = open(nodeFile);
            this.relationships = open(relationshipFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the staging files in " + dir, e);
        }
    }

    /** The importer id of the node with this label and key. */
    static String id(String label, String key) {
        return label + '\u0000' + key;
    }

    synchronized void node(String label, String key, String[] labels, Map<String, Object> props) {
        try {
            nodes.writeUTF(id(label, key));
            nodes.writeByte(labels.length);
            for (String l : labels) {
                nodes.writeUTF(l);
            }
            PropertyCodec.write(nodes, props);
            nodeCount++;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the staging file " + nodeFile, e);
        }
    }

    /** A node many records share: made by the first, only pointed at by the others. */
    synchronized void shared(String label, String key, Map<String, Object> propsOnCreate) {
        String id = id(label, key);
        if (!shared.containsKey(id)) {
            shared.put(id, encode(propsOnCreate));
        }
    }

    synchronized void relationship(String type, String fromId, String toId, Map<String, Object> props) {
        try {
            relationships.writeUTF(type);
            relationships.writeUTF(fromId);
            relationships.writeUTF(toId);
            PropertyCodec.write(relationships, props);
            relationshipCount++;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the staging file " + relationshipFile, e);
        }
    }

    synchronized long nodeCount() {
        return nodeCount + shared.size();
    }

    synchronized long relationshipCount() {
        return relationshipCount;
    }

    /** Closes the staging files for writing; the graph can then be read as importer input. */
    StagedInput input() {
        close();
        return new StagedInput(nodeFile, relationshipFile, shared, nodeCount(), relationshipCount);
    }

    @Override
    public synchronized void close() {
        try {
            nodes.close();
            relationships.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot finish the staging files", e);
        }
    }

    private static DataOutputStream open(Path file) throws IOException {
        return new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
    }

    private static byte[] encode(Map<String, Object> props) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
            PropertyCodec.write(new DataOutputStream(bytes), props);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package uk.toex.crosslink.ingest.bulk;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.neo4j.batchimport.api.InputIterable;
import org.neo4j.batchimport.api.InputIterator;
import org.neo4j.batchimport.api.input.Collector;
import org.neo4j.batchimport.api.input.Group;
import org.neo4j.batchimport.api.input.IdType;
import org.neo4j.batchimport.api.input.Input;
import org.neo4j.batchimport.api.input.InputChunk;
import org.neo4j.batchimport.api.input.InputEntityVisitor;
import org.neo4j.batchimport.api.input.PropertySizeCalculator;
import org.neo4j.batchimport.api.input.ReadableGroups;
import org.neo4j.internal.batchimport.input.Groups;

/**
 * A {@link StagedGraph} as the offline importer's input: the staged nodes, then the shared ones,
 * then the relationships, read in chunks by the importer's threads. Ids are strings in one group.
 */
final class StagedInput implements Input {

    private static final int CHUNK = 2_000;

    private final Path nodeFile;
    private final Path relationshipFile;
    private final Map<String, byte[]> shared;
    private final long nodes;
    private final long relationships;
    private final Groups groups = new Groups();
    private final Group group = groups.getOrCreate(null);

    StagedInput(Path nodeFile, Path relationshipFile, Map<String, byte[]> shared, long nodes, long relationships) {
        this.nodeFile = nodeFile;
        this.relationshipFile = relationshipFile;
        this.shared = shared;
        this.nodes = nodes;
        this.relationships = relationships;
    }

    /** One entity, decoded from a staging file. */
    private record Entity(String id, String[] labels, String type, String from, String to, Map<String, Object> props) {
    }

    @Override
    public InputIterable nodes(Collector badCollector) {
        return () -> new Reader(nodeFile, shared.entrySet().iterator(), true);
    }

    @Override
    public InputIterable relationships(Collector badCollector) {
        return () -> new Reader(relationshipFile, null, false);
    }

    @Override
    public IdType idType() {
        return IdType.STRING;
    }

    @Override
    public ReadableGroups groups() {
        return groups;
    }

    @Override
    public Estimates validateAndEstimate(PropertySizeCalculator valueSizeCalculator) {
        return Input.knownEstimates(nodes, relationships, nodes * 8, relationships * 2, nodes * 8 * 24,
                relationships * 2 * 16, nodes * 2);
    }

    /** Hands out chunks of entities to whichever importer thread asks next. */
    private final class Reader implements InputIterator {
        private final DataInputStream in;
        private final Iterator<Map.Entry<String, byte[]>> sharedNodes;
        private final boolean nodeFile;
        private boolean fileDone;

        Reader(Path file, Iterator<Map.Entry<String, byte[]>> sharedNodes, boolean nodeFile) {
            try {
                this.in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the staging file " + file, e);
            }
            this.sharedNodes = sharedNodes;
            this.nodeFile = nodeFile;
        }

        @Override
        public InputChunk newChunk() {
            return new Chunk();
        }

        @Override
        public synchronized boolean next(InputChunk chunk) throws IOException {
            List<Entity> entities = ((Chunk) chunk).entities;
            entities.clear();
            ((Chunk) chunk).position = 0;
            while (entities.size() < CHUNK) {
                Entity entity = fileDone ? fromShared() : fromFile();
                if (entity == null) {
                    break;
                }
                entities.add(entity);
            }
            return !entities.isEmpty();
        }

        private Entity fromFile() throws IOException {
            try {
                if (nodeFile) {
                    String id = in.readUTF();
                    String[] labels = new String[in.readByte()];
                    for (int i = 0; i < labels.length; i++) {
                        labels[i] = in.readUTF();
                    }
                    return new Entity(id, labels, null, null, null, PropertyCodec.read(in));
                }
                String type = in.readUTF();
                return new Entity(null, null, type, in.readUTF(), in.readUTF(), PropertyCodec.read(in));
            } catch (EOFException end) {
                fileDone = true;
                return sharedNodes == null ? null : fromShared();
            }
        }

        private Entity fromShared() throws IOException {
            if (sharedNodes == null || !sharedNodes.hasNext()) {
                return null;
            }
            Map.Entry<String, byte[]> node = sharedNodes.next();
            String label = node.getKey().substring(0, node.getKey().indexOf('\u0000'));
            Map<String, Object> props = PropertyCodec.read(new DataInputStream(new java.io.ByteArrayInputStream(node.getValue())));
            return new Entity(node.getKey(), new String[] {label}, null, null, null, props);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    private final class Chunk implements InputChunk {
        private final List<Entity> entities = new ArrayList<>(CHUNK);
        private int position;

        @Override
        public boolean next(InputEntityVisitor visitor) throws IOException {
            if (position >= entities.size()) {
                return false;
            }
            Entity e = entities.get(position++);
            if (e.id() != null) {
                visitor.id(e.id(), group);
                visitor.labels(e.labels());
            } else {
                visitor.startId(e.from(), group);
                visitor.endId(e.to(), group);
                visitor.type(e.type());
            }
            for (Map.Entry<String, Object> p : e.props().entrySet()) {
                visitor.property(p.getKey(), p.getValue());
            }
            visitor.endOfEntity();
            return true;
        }

        @Override
        public void close() {
        }
    }
}

package uk.toex.crosslink.investigations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import uk.toex.crosslink.store.CrosslinkProperties;

/**
 * The saved investigations: the files shipped in {@code cypher/investigations/} and every
 * {@code .cypher} file of {@code crosslink.investigations.dir}, read and checked once at start.
 * A file that breaks the format, does not compile or would write is refused with its file, line
 * and reason: left out and logged, or, with {@code crosslink.investigations.strict=true}, start-up
 * fails. Messages name files and lines only, never data.
 */
@Component
public class InvestigationCatalogue {

    private static final Logger log = LoggerFactory.getLogger(InvestigationCatalogue.class);
    private static final String SHIPPED = "classpath*:cypher/investigations/*.cypher";

    private final Map<String, Investigation> byName = new TreeMap<>();
    private final List<InvestigationFileException> refused = new ArrayList<>();

    @Autowired
    public InvestigationCatalogue(Driver driver, CrosslinkProperties store, InvestigationsProperties settings) {
        this(driver, store.neo4j().database(), settings.dir(), settings.strict());
    }

    InvestigationCatalogue(Driver driver, String database, Path dir, boolean strict) {
        List<Map.Entry<String, String>> files = new ArrayList<>(shipped());
        if (dir != null) {
            files.addAll(folder(dir));
        }
        for (Map.Entry<String, String> file : files) {
            try {
                Investigation inv = InvestigationFileParser.parse(file.getKey(), file.getValue());
                Investigation earlier = byName.get(inv.name());
                if (earlier != null) {
                    throw new InvestigationFileException(inv.source(), 1, "name " + inv.name() + " is already used by "
                            + earlier.source());
                }
                StatementCheck.check(inv, driver, database);
                byName.put(inv.name(), inv);
            } catch (InvestigationFileException e) {
                refused.add(e);
                log.warn("Investigation refused: {}", e.getMessage());
            }
        }
        if (strict && !refused.isEmpty()) {
            throw new IllegalStateException("crosslink.investigations.strict: " + refused.size()
                    + " investigation file(s) refused: " + String.join("; ", refused.stream().map(Throwable::getMessage).toList()));
        }
        log.info("{} saved investigations loaded, {} refused", byName.size(), refused.size());
    }

    public Collection<Investigation> all() {
        return byName.values();
    }

    public Optional<Investigation> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** Files refused at start, with file, line and reason. */
    public List<InvestigationFileException> refused() {
        return List.copyOf(refused);
    }

    private static List<Map.Entry<String, String>> shipped() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(SHIPPED);
            Arrays.sort(resources, Comparator.comparing(Resource::getFilename));
            List<Map.Entry<String, String>> files = new ArrayList<>();
            for (Resource r : resources) {
                files.add(Map.entry("cypher/investigations/" + r.getFilename(), r.getContentAsString(StandardCharsets.UTF_8)));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the shipped investigations", e);
        }
    }

    private static List<Map.Entry<String, String>> folder(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("crosslink.investigations.dir " + dir + " is not a folder");
        }
        try (Stream<Path> paths = Files.list(dir)) {
            List<Map.Entry<String, String>> files = new ArrayList<>();
            for (Path p : paths.filter(p -> p.toString().endsWith(".cypher")).sorted().toList()) {
                files.add(Map.entry(p.toString(), Files.readString(p, StandardCharsets.UTF_8)));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read crosslink.investigations.dir " + dir, e);
        }
    }
}

package uk.toex.crosslink.ingest.bulk;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.neo4j.batchimport.api.Configuration;
import org.neo4j.batchimport.api.Monitor;
import org.neo4j.batchimport.api.input.Collector;
import org.neo4j.batchimport.api.input.Input;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.internal.batchimport.DefaultAdditionalIds;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.io.layout.DatabaseLayout;
import org.neo4j.io.layout.Neo4jLayout;
import org.neo4j.io.pagecache.context.CursorContextFactory;
import org.neo4j.io.pagecache.context.FixedVersionContextSupplier;
import org.neo4j.io.pagecache.tracing.PageCacheTracer;
import org.neo4j.kernel.impl.index.schema.IndexImporterFactoryImpl;
import org.neo4j.kernel.impl.scheduler.JobSchedulerFactory;
import org.neo4j.kernel.impl.transaction.log.files.TransactionLogInitializer;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.logging.internal.SimpleLogService;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.scheduler.JobScheduler;
import org.neo4j.storageengine.api.StorageEngineFactory;

/**
 * Writes a whole graph into a database that does not exist yet with Neo4j's offline batch
 * importer (what {@code neo4j-admin database import full} runs): no transactions, no locks, no
 * index updates per row, so it is one to two orders of magnitude faster than Cypher writes. Only
 * for a store that has never been started: the embedded engine opens the result afterwards.
 * The importer is Neo4j's internal API (as {@code neo4j-admin} calls it in 5.26.30), not a public
 * one: on an engine upgrade, {@code OfflineImporterTest} and {@code FirstLoadTest} say whether it
 * still fits.
 */
public final class OfflineImporter {

    private static final String DATABASE = "neo4j";
    /** The importer's own progress and stage times, beside the store it made. */
    static final String REPORT = "import-progress.txt";

    private OfflineImporter() {
    }

    /** Whether the embedded store under {@code dataDir} has no default database yet. */
    public static boolean storeIsNew(Path dataDir) {
        return !Files.exists(layout(config(dataDir)).databaseDirectory());
    }

    /**
     * Imports into a database made under {@code workDir}, then moves it into {@code dataDir}: a run
     * killed part-way leaves no half-written database behind, only a work folder to delete.
     */
    static void importInto(Path dataDir, Path workDir, Input input) {
        importInPlace(workDir, input);
        DatabaseLayout made = layout(config(workDir));
        DatabaseLayout target = layout(config(dataDir));
        try {
            move(made.getTransactionLogsDirectory(), target.getTransactionLogsDirectory());
            move(made.databaseDirectory(), target.databaseDirectory());
            Files.move(workDir.resolve(REPORT), dataDir.resolve("first-load-" + REPORT),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the imported store into " + dataDir, e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        if (Files.exists(to)) {
            // left by a run killed between the two moves: the database itself never arrived
            org.springframework.util.FileSystemUtils.deleteRecursively(to);
        }
        Files.createDirectories(to.getParent());
        Files.move(from, to);
    }

    static void importInPlace(Path dataDir, Input input) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dataDir, e);
        }
        Config config = config(dataDir);
        DatabaseLayout layout = layout(config);
        StorageEngineFactory engine = StorageEngineFactory.selectStorageEngine(config);
        try (var fs = new DefaultFileSystemAbstraction(); JobScheduler scheduler = JobSchedulerFactory.createInitialisedScheduler();
             PrintStream report = new PrintStream(Files.newOutputStream(dataDir.resolve(REPORT)), true, StandardCharsets.UTF_8)) {
            engine.batchImporter(layout, fs, PageCacheTracer.NULL, Configuration.DEFAULT,
                    new SimpleLogService(NullLogProvider.getInstance()), report, false, DefaultAdditionalIds.EMPTY,
                    config, Monitor.NO_MONITOR, scheduler, Collector.STRICT,
                    TransactionLogInitializer.getLogFilesInitializer(), new IndexImporterFactoryImpl(),
                    EmptyMemoryTracker.INSTANCE,
                    new CursorContextFactory(PageCacheTracer.NULL, FixedVersionContextSupplier.EMPTY_CONTEXT_SUPPLIER))
                    .doImport(input);
        } catch (IOException e) {
            throw new UncheckedIOException("the offline import into " + layout.databaseDirectory() + " failed", e);
        } catch (Exception e) {
            throw new IllegalStateException("the offline import into " + layout.databaseDirectory() + " failed: "
                    + e.getMessage(), e);
        }
    }

    private static Config config(Path dataDir) {
        return Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, dataDir.toAbsolutePath()).build();
    }

    private static DatabaseLayout layout(Config config) {
        return StorageEngineFactory.selectStorageEngine(config).databaseLayout(Neo4jLayout.of(config), DATABASE);
    }
}

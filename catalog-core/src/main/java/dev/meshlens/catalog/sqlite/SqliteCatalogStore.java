package dev.meshlens.catalog.sqlite;

import dev.meshlens.catalog.ApplyResult;
import dev.meshlens.catalog.AspectVersion;
import dev.meshlens.catalog.Asset;
import dev.meshlens.catalog.AssetQuery;
import dev.meshlens.catalog.AssetSummary;
import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.BatchValidator;
import dev.meshlens.catalog.CatalogStore;
import dev.meshlens.catalog.ChangeListener;
import dev.meshlens.catalog.ChangeLogEntry;
import dev.meshlens.catalog.CrawlRun;
import dev.meshlens.catalog.Page;
import dev.meshlens.catalog.StoreException;
import dev.meshlens.catalog.StoreStatus;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.access.AccessStore;
import dev.meshlens.catalog.health.HealthSnapshots;
import dev.meshlens.catalog.json.AspectCodec;
import dev.meshlens.catalog.model.QualityResult;
import dev.meshlens.catalog.model.Run;
import dev.meshlens.catalog.profile.ProfileFacts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The catalog store on one SQLite file in WAL mode: one writer connection (batches are serialized)
 * and a pool of reader connections that read consistent snapshots while the writer writes.
 */
public final class SqliteCatalogStore implements CatalogStore {
  private static final Logger LOG = LoggerFactory.getLogger(SqliteCatalogStore.class);
  private static final int READERS = 4;

  private final Path file;
  private final Clock clock;
  private final AspectCodec codec = new AspectCodec();
  private final AssetReader reader = new AssetReader(codec);
  private final FactReader facts = new FactReader(codec);
  private final CrawlRunTable crawlRuns = new CrawlRunTable(codec);
  private final ReentrantLock writeLock = new ReentrantLock();
  private final List<ChangeListener> listeners = new CopyOnWriteArrayList<>();
  private final Connection writer;
  private final BatchWriter batchWriter;
  private final ReaderPool readers;
  private final int schemaVersion;
  private final SqliteHealthSnapshots health;
  private final SqliteAccessStore access;
  private final SqliteProfileFacts profiles;
  private volatile boolean closed;

  private SqliteCatalogStore(Path file, Clock clock, int targetVersion) throws SQLException {
    this.file = file;
    this.clock = clock;
    this.writer = open(file, false);
    this.schemaVersion = Migrations.migrate(writer, targetVersion, clock);
    this.batchWriter = new BatchWriter(writer, codec);
    this.readers = new ReaderPool(READERS, () -> open(file, true));
    Db db =
        new Db() {
          @Override
          public <T> T read(ReaderPool.Read<T> work) {
            return readers.read(work);
          }

          @Override
          public <T> T write(ReaderPool.Read<T> work) {
            return SqliteCatalogStore.this.write(work);
          }
        };
    this.health = new SqliteHealthSnapshots(db);
    this.access = new SqliteAccessStore(db);
    this.profiles = new SqliteProfileFacts(db);
  }

  /** Opens (creating if needed) the catalog in {@code file}, migrating its schema to the latest. */
  public static SqliteCatalogStore open(Path file) {
    return open(file, Clock.systemUTC());
  }

  public static SqliteCatalogStore open(Path file, Clock clock) {
    return open(file, clock, Migrations.latest());
  }

  static SqliteCatalogStore open(Path file, Clock clock, int schemaVersion) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      SqliteCatalogStore store = new SqliteCatalogStore(file, clock, schemaVersion);
      LOG.info("Catalog store open at {} (schema version {})", file, store.schemaVersion);
      return store;
    } catch (SQLException e) {
      throw new StoreException("Cannot open the catalog at " + file + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the folder of " + file, e);
    }
  }

  private static Connection open(Path file, boolean reader) throws SQLException {
    Connection connection =
        DriverManager.getConnection(
            // the store assigns its own keys: skip the driver's extra query after every insert
            "jdbc:sqlite:" + file.toAbsolutePath() + "?jdbc.get_generated_keys=false");
    try (Statement st = connection.createStatement()) {
      st.execute("PRAGMA busy_timeout = 10000");
      st.execute("PRAGMA journal_mode = WAL");
      st.execute("PRAGMA synchronous = NORMAL");
      st.execute("PRAGMA cache_size = -65536");
      st.execute("PRAGMA temp_store = MEMORY");
      if (reader) {
        st.execute("PRAGMA query_only = 1");
      }
    }
    return connection;
  }

  @Override
  public ApplyResult apply(Batch batch) {
    BatchValidator.check(batch);
    ApplyResult result;
    writeLock.lock();
    try {
      ensureOpen();
      try (Statement st = writer.createStatement()) {
        // BEGIN IMMEDIATE takes the write lock up front, so the sequence numbers read and
        // assigned below cannot race with another process writing the same file; between
        // batches the writer holds no lock at all
        st.execute("BEGIN IMMEDIATE");
        result = batchWriter.write(batch, clock.millis());
        st.execute("COMMIT");
      } catch (SQLException | RuntimeException e) {
        rollback();
        if (e instanceof RuntimeException runtime) {
          throw runtime;
        }
        throw new StoreException("Batch from " + batch.source() + " failed: " + e.getMessage(), e);
      }
    } finally {
      writeLock.unlock();
    }
    if (result.changed()) {
      for (ChangeListener listener : listeners) {
        notify(listener, result.lastSequence());
      }
    }
    return result;
  }

  private static void notify(ChangeListener listener, long sequence) {
    try {
      listener.changed(sequence);
    } catch (RuntimeException e) {
      LOG.warn("A change listener failed at sequence {}", sequence, e);
    }
  }

  private void rollback() {
    try (Statement st = writer.createStatement()) {
      batchWriter.rolledBack();
      st.execute("ROLLBACK");
    } catch (SQLException e) {
      LOG.error("Rollback failed", e);
    }
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("The catalog store at " + file + " is closed");
    }
  }

  @Override
  public Optional<Asset> findAsset(Urn urn) {
    return readers.read(c -> reader.find(c, urn));
  }

  @Override
  public Map<Urn, Asset> findAssets(Collection<Urn> urns) {
    return urns.isEmpty() ? Map.of() : readers.read(c -> reader.findAll(c, urns));
  }

  @Override
  public Page<AssetSummary> listAssets(AssetQuery query) {
    return readers.read(c -> reader.list(c, query));
  }

  @Override
  public List<AspectVersion> history(Urn urn) {
    return readers.read(c -> reader.history(c, urn));
  }

  @Override
  public List<ChangeLogEntry> changesSince(long afterSequence, int limit) {
    return readers.read(c -> reader.changesSince(c, afterSequence, limit));
  }

  @Override
  public long lastSequence() {
    return readers.read(c -> AssetReader.scalar(c, "SELECT coalesce(max(seq), 0) FROM change_log"));
  }

  @Override
  public Optional<Run> findRun(String runId) {
    return readers.read(c -> facts.findRun(c, runId));
  }

  @Override
  public List<Run> runsOfJob(Urn job, int limit) {
    return readers.read(c -> facts.runsOfJob(c, job, limit));
  }

  @Override
  public long countUsage(Urn dataset, Instant from, Instant to) {
    return readers.read(c -> facts.countUsage(c, dataset, from, to));
  }

  @Override
  public Optional<Instant> latestUsage() {
    return readers.read(FactReader::latestUsage);
  }

  @Override
  public Map<Urn, Long> usageByDataset(Instant from, Instant to) {
    return readers.read(c -> facts.usageByDataset(c, from, to));
  }

  @Override
  public List<QualityResult> qualityResults(Urn dataset, int limit) {
    return readers.read(c -> facts.qualityResults(c, dataset, limit));
  }

  @Override
  public List<Urn> assetsStatedBy(String source) {
    return readers.read(c -> reader.assetsStatedBy(c, source));
  }

  @Override
  public CrawlRun startCrawlRun(String source, String trigger) {
    return write(c -> crawlRuns.start(c, source, trigger, clock.instant()));
  }

  @Override
  public void finishCrawlRun(CrawlRun run) {
    write(c -> {
      crawlRuns.finish(c, run);
      return null;
    });
  }

  @Override
  public List<CrawlRun> crawlRuns(String source, int limit) {
    return readers.read(c -> crawlRuns.ofSource(c, source, limit));
  }

  @Override
  public int abandonUnfinishedCrawlRuns(String reason) {
    return write(c -> crawlRuns.abandonUnfinished(c, reason, clock.instant()));
  }

  @Override
  public Optional<String> sourceFingerprint(String source) {
    return readers.read(c -> crawlRuns.fingerprint(c, source));
  }

  @Override
  public void recordSourceFingerprint(String source, String fingerprint, long runId) {
    write(c -> {
      crawlRuns.recordFingerprint(c, source, fingerprint, runId, clock.instant());
      return null;
    });
  }

  /** A small write outside the batch path (run history), in its own transaction. */
  private <T> T write(ReaderPool.Read<T> work) {
    writeLock.lock();
    try (Statement st = writer.createStatement()) {
      ensureOpen();
      st.execute("BEGIN IMMEDIATE");
      try {
        T result = work.apply(writer);
        st.execute("COMMIT");
        return result;
      } catch (SQLException | RuntimeException e) {
        st.execute("ROLLBACK");
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException("Catalog write failed: " + e.getMessage(), e);
    } finally {
      writeLock.unlock();
    }
  }

  @Override
  public StoreStatus status() {
    String location = file.toAbsolutePath().toString();
    try {
      return readers.read(c ->
          new StoreStatus(
              true,
              location,
              Migrations.currentVersion(c),
              AssetReader.scalar(c, "SELECT coalesce(max(seq), 0) FROM change_log"),
              AssetReader.scalar(c, "SELECT count(*) FROM assets WHERE deleted = 0"),
              null));
    } catch (RuntimeException e) {
      return new StoreStatus(false, location, schemaVersion, -1, -1, e.getMessage());
    }
  }

  @Override
  public HealthSnapshots health() {
    return health;
  }

  @Override
  public AccessStore access() {
    return access;
  }

  @Override
  public ProfileFacts profiles() {
    return profiles;
  }

  @Override
  public void addChangeListener(ChangeListener listener) {
    listeners.add(listener);
  }

  /** The schema version this store runs at. */
  public int schemaVersion() {
    return schemaVersion;
  }

  @Override
  public void close() {
    writeLock.lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      readers.close();
      batchWriter.close();
      try (Statement st = writer.createStatement()) {
        st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
      }
      writer.close();
      LOG.info("Catalog store at {} closed", file);
    } catch (SQLException e) {
      throw new StoreException("Closing the catalog at " + file + " failed", e);
    } finally {
      writeLock.unlock();
    }
  }
}

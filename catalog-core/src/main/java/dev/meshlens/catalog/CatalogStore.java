package dev.meshlens.catalog;

import dev.meshlens.catalog.access.AccessStore;
import dev.meshlens.catalog.health.HealthSnapshots;
import dev.meshlens.catalog.model.QualityResult;
import dev.meshlens.catalog.model.Run;
import dev.meshlens.catalog.profile.ProfileFacts;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalog's source of truth. Every write is a {@link Batch}, validated whole and applied in one
 * transaction: aspect versions, withdrawals and their change-log entries, and time-series facts.
 * Applying a batch again writes nothing. Readers are never blocked by a writer.
 */
public interface CatalogStore extends AutoCloseable {

  /**
   * Validates and applies a batch in one transaction.
   *
   * @throws InvalidBatchException naming every problem; the store is unchanged
   */
  ApplyResult apply(Batch batch);

  /** The asset with its current aspect versions, deleted or not; empty if never seen. */
  Optional<Asset> findAsset(Urn urn);

  /**
   * The assets among {@code urns} the store has seen, deleted or not, each with its current aspect
   * versions, read in one consistent snapshot; URNs never seen are not in the map. For projections
   * that re-read many changed assets at once.
   */
  default Map<Urn, Asset> findAssets(Collection<Urn> urns) {
    Map<Urn, Asset> found = new LinkedHashMap<>();
    for (Urn urn : urns) {
      findAsset(urn).ifPresent(asset -> found.put(urn, asset));
    }
    return found;
  }

  /** Like {@link #findAsset} but throws when the asset was never seen. */
  default Asset loadAsset(Urn urn) {
    return findAsset(urn).orElseThrow(() -> new AssetNotFoundException(urn));
  }

  /** A page of assets, in the order they first entered the catalog. */
  Page<AssetSummary> listAssets(AssetQuery query);

  /** Every version of every aspect of an asset, oldest first, withdrawals included. */
  List<AspectVersion> history(Urn urn);

  /** Change-log entries after {@code afterSequence}, in order, at most {@code limit}. */
  List<ChangeLogEntry> changesSince(long afterSequence, int limit);

  /** The sequence number of the last change-log entry, 0 when the log is empty. */
  long lastSequence();

  /** A run by id, with all its reports merged. */
  Optional<Run> findRun(String runId);

  /** The runs of a job, newest start first, at most {@code limit}. */
  List<Run> runsOfJob(Urn job, int limit);

  /** How many usage events of a dataset fall in {@code [from, to)}. */
  long countUsage(Urn dataset, Instant from, Instant to);

  /** The time of the latest usage event recorded, if any. */
  Optional<Instant> latestUsage();

  /** Usage events per dataset in {@code [from, to)}, for every dataset with at least one. */
  Map<Urn, Long> usageByDataset(Instant from, Instant to);

  /** Quality results of a dataset, newest first, at most {@code limit}. */
  List<QualityResult> qualityResults(Urn dataset, int limit);

  /** The assets a source currently states anything about (its live aspects), in URN order. */
  List<Urn> assetsStatedBy(String source);

  /** Records that a crawl of {@code source} starts now; returns the run, status RUNNING. */
  CrawlRun startCrawlRun(String source, String trigger);

  /** Records how a started run ended (its id must come from {@link #startCrawlRun}). */
  void finishCrawlRun(CrawlRun run);

  /** The runs of a source, newest first, at most {@code limit}. */
  List<CrawlRun> crawlRuns(String source, int limit);

  /**
   * Marks every run still RUNNING as ABANDONED with {@code reason}: at startup, those are runs a
   * stopped process never finished. Returns how many.
   */
  int abandonUnfinishedCrawlRuns(String reason);

  /** The fingerprint recorded by a source's last fully successful crawl, if any. */
  Optional<String> sourceFingerprint(String source);

  /**
   * Records the fingerprint of a source as of run {@code runId}, or forgets it ({@code fingerprint}
   * null) so the next crawl reads the source in full.
   */
  void recordSourceFingerprint(String source, String fingerprint, long runId);

  /** Whether the store answers, and its positions. Never throws. */
  StoreStatus status();

  /** The dated health score snapshots. */
  HealthSnapshots health();

  /** API tokens and the audit log. */
  AccessStore access();

  /** The facts asset profiles show (usage statistics, producing runs, ...). */
  ProfileFacts profiles();

  /** Registers a listener told after each commit that changed the log. */
  void addChangeListener(ChangeListener listener);

  @Override
  void close();
}

package dev.meshlens.lineage;

import dev.meshlens.catalog.Asset;
import dev.meshlens.catalog.AssetQuery;
import dev.meshlens.catalog.AssetSummary;
import dev.meshlens.catalog.CatalogStore;
import dev.meshlens.catalog.ChangeLogEntry;
import dev.meshlens.catalog.Page;
import dev.meshlens.catalog.Urn;
import dev.meshlens.lineage.index.DerivedFacts;
import dev.meshlens.lineage.index.LineageIndex;
import dev.meshlens.lineage.rdf.AssetFacts;
import dev.meshlens.lineage.rdf.AssetRdf;
import dev.meshlens.lineage.rdf.GraphStore;
import dev.meshlens.lineage.rdf.Iris;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the TDB2 graph and the adjacency index in step with the store's change log: each changed
 * asset is re-read and its named graph replaced (or removed when the asset is deleted or gone),
 * many assets and the applied sequence in one TDB2 write transaction, and the index applies the
 * same graphs (see {@link #catchUp()}). Not thread-safe: {@link LineageGraph} serialises calls.
 */
final class Projection {
  private static final Logger LOG = LoggerFactory.getLogger(Projection.class);
  private static final int CHANGES_PER_READ = 5_000;

  /**
   * How much one write transaction of a catch-up writes: at most {@code assets} assets (TDB2 holds
   * the new nodes of a transaction in memory), and after {@code nanos} it commits at the end of the
   * chunk of changes it writes.
   */
  record TransactionBounds(int assets, long nanos) {}

  /** Following the store: readers see the changes within about a second. */
  static final TransactionBounds FOLLOWING = new TransactionBounds(5_000, 1_000_000_000L);

  /**
   * The catch-up at open, which nobody reads yet: one transaction, but for a commit every 10
   * minutes that keeps the progress made. Memory does not grow with it: TDB2 writes the new blocks
   * to its files and buffers a bounded cache of new nodes; the index is applied as it goes.
   */
  static final TransactionBounds OPENING =
      new TransactionBounds(Integer.MAX_VALUE, 600_000_000_000L);

  /** How many times what the data would take the files grow to before compacting. */
  static final int COMPACT_GROWTH = 4;

  /** The same at the end of a catch-up of more than one transaction. */
  static final int COMPACT_GROWTH_AT_END = 2;

  /**
   * About what a quad takes in a TDB2 database written in few transactions, with its share of the
   * six quad indexes and the node table (a little more than measured: 392 bytes compacted, 500
   * written in one transaction).
   */
  static final long BYTES_PER_QUAD = 512;

  /** The smallest base size compactions are counted from. */
  private static final long MIN_COMPACT_BASE = 256L << 20;

  /**
   * How many transactions commit between two compactions at least: a few large ones leave little
   * behind, and a compaction copies the whole database.
   */
  static final int TRANSACTIONS_BEFORE_COMPACTING = 10;

  private static final long LOG_EVERY_NANOS = 10_000_000_000L;

  private final CatalogStore store;
  private final GraphStore graphs;
  private final AssetFacts facts;
  private volatile LineageIndex index;
  private long applied;
  private long compactedBytes;
  private int transactionsSinceCompaction;
  private long quadsAddedSinceCompaction;
  private boolean opened;

  Projection(CatalogStore store, GraphStore graphs) {
    this.store = store;
    this.graphs = graphs;
    this.facts = AssetFacts.of(store);
    this.applied = graphs.appliedSequence();
    this.compactedBytes = graphs.bytesOnDisk();
    this.index = load(graphs);
    refreshDerived();
  }

  /**
   * Brings the derived graph (product consumption, inferred PII) in line with the index: the
   * difference is applied in one write transaction.
   */
  private void refreshDerived() {
    Set<Triple> wanted = new DerivedFacts(index).triples();
    Set<Triple> present = new LinkedHashSet<>(graphs.triples(Iris.DERIVED_GRAPH));
    List<Triple> remove = present.stream().filter(t -> !wanted.contains(t)).toList();
    List<Triple> add = wanted.stream().filter(t -> !present.contains(t)).toList();
    if (!remove.isEmpty() || !add.isEmpty()) {
      graphs.write(w -> w.update(Iris.DERIVED_GRAPH, remove, add));
      LOG.debug("Derived graph: {} triples added, {} removed", add.size(), remove.size());
    }
  }

  private static LineageIndex load(GraphStore graphs) {
    long started = System.nanoTime();
    LineageIndex index = new LineageIndex();
    graphs.forEachAssetGraph(index::apply);
    LOG.info(
        "Lineage index loaded from TDB2 in {} ms: {}",
        (System.nanoTime() - started) / 1_000_000,
        index.size());
    return index;
  }

  LineageIndex index() {
    return index;
  }

  long applied() {
    return applied;
  }

  /**
   * Applies every change after the applied sequence; returns the new applied sequence. Changes are
   * read many at a time, their assets in one bulk read and described while the previous ones are
   * written, and written in write transactions of many assets each: TDB2 copies every block a
   * transaction writes, so many small transactions bloat its files. Transactions are bounded in
   * assets and time so that readers see progress ({@link #FOLLOWING}); the first catch-up, which
   * {@link LineageGraph#open} runs before anyone can read, takes larger ones ({@link #OPENING}).
   * The index applies each asset as it is written; a transaction that fails reloads the index from
   * TDB2. Once {@link #TRANSACTIONS_BEFORE_COMPACTING} transactions have committed since the last
   * compaction (or the open), a catch-up compacts the database when its files have grown past
   * {@link #COMPACT_GROWTH} times what the data alone would take, and at its end past {@link
   * #COMPACT_GROWTH_AT_END} times (see {@link #compactIfGrown}).
   */
  long catchUp() {
    TransactionBounds bounds = opened ? FOLLOWING : OPENING;
    opened = true;
    long from = applied;
    long started = System.nanoTime();
    long[] logged = {started};
    int[] assets = {0};
    int transactions = 0;
    try (ExecutorService ahead = Executors.newVirtualThreadPerTaskExecutor()) {
      Chunk[] next = {read(applied)};
      while (!next[0].described().isEmpty()) {
        long[] upTo = {applied};
        try {
          graphs.write(w -> {
            long began = System.nanoTime();
            int count = 0;
            do {
              Chunk current = next[0];
              Future<Chunk> reading = ahead.submit(() -> read(current.upTo()));
              current
                  .described()
                  .forEach((urn, triples) -> {
                    if (triples == null) {
                      w.remove(urn);
                    } else {
                      w.replace(urn, triples);
                    }
                    index.apply(urn, graph(triples));
                  });
              upTo[0] = current.upTo();
              count += current.described().size();
              long now = System.nanoTime();
              if (now - logged[0] >= LOG_EVERY_NANOS) {
                logged[0] = now;
                LOG.info(
                    "Lineage graph catching up: at sequence {}, {} assets so far",
                    upTo[0],
                    assets[0] + count);
              }
              next[0] = await(reading);
            } while (!next[0].described().isEmpty()
                && count < bounds.assets()
                && System.nanoTime() - began < bounds.nanos());
            w.sequence(upTo[0]);
            assets[0] += count;
            quadsAddedSinceCompaction += w.added();
          });
        } catch (RuntimeException | Error e) {
          index = load(graphs);
          throw e;
        }
        applied = upTo[0];
        transactions++;
        transactionsSinceCompaction++;
        if (!next[0].described().isEmpty()) {
          compactIfGrown(COMPACT_GROWTH);
        }
      }
    }
    if (applied > from) {
      refreshDerived();
      compactIfGrown(COMPACT_GROWTH_AT_END);
      long millis = (System.nanoTime() - started) / 1_000_000;
      String message =
          "Lineage graph caught up from sequence {} to {}: {} assets in {} ms, {} transactions";
      if (assets[0] >= CHANGES_PER_READ || millis >= 1000) {
        LOG.info(message, from, applied, assets[0], millis, transactions);
      } else {
        LOG.debug(message, from, applied, assets[0], millis, transactions);
      }
    }
    return applied;
  }

  /** Changes read at once: the last sequence read, each changed asset's triples (null: gone). */
  private record Chunk(long upTo, Map<Urn, List<Triple>> described) {}

  private Chunk read(long after) {
    List<ChangeLogEntry> changes = store.changesSince(after, CHANGES_PER_READ);
    if (changes.isEmpty()) {
      return new Chunk(after, Map.of());
    }
    Set<Urn> changed = new LinkedHashSet<>();
    changes.forEach(change -> changed.add(change.urn()));
    Map<Urn, Asset> found = store.findAssets(changed);
    Map<Urn, List<Triple>> described = new LinkedHashMap<>();
    for (Urn urn : changed) {
      described.put(urn, describe(Optional.ofNullable(found.get(urn))));
    }
    return new Chunk(changes.getLast().sequence(), described);
  }

  private static <T> T await(Future<T> future) {
    try {
      return future.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("Reading changes failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while catching up", e);
    }
  }

  /**
   * Compacts when enough transactions committed since the last compaction (or the open) and the
   * files have grown past {@code growth} times what they would hold without copies: their size
   * after it and {@link #BYTES_PER_QUAD} for each quad added since (at least {@link
   * #MIN_COMPACT_BASE}). Growth that is data is not compacted: compactions copy the whole database.
   */
  private void compactIfGrown(int growth) {
    long expected = compactedBytes + quadsAddedSinceCompaction * BYTES_PER_QUAD;
    if (transactionsSinceCompaction >= TRANSACTIONS_BEFORE_COMPACTING
        && graphs.bytesOnDisk() > growth * Math.max(expected, MIN_COMPACT_BASE)) {
      compact();
    }
  }

  private void compact() {
    long before = graphs.bytesOnDisk();
    long began = System.nanoTime();
    graphs.compact();
    compactedBytes = graphs.bytesOnDisk();
    transactionsSinceCompaction = 0;
    quadsAddedSinceCompaction = 0;
    LOG.info(
        "Lineage graph compacted from {} MiB to {} MiB in {} ms",
        before >> 20,
        compactedBytes >> 20,
        (System.nanoTime() - began) / 1_000_000);
  }

  /**
   * Rebuilds the graph and the index from the store's live assets in one write transaction (a
   * failure leaves the old graph), then catches up with what was written meanwhile.
   */
  void reindex() {
    long started = System.nanoTime();
    long upTo = store.lastSequence();
    LineageIndex fresh = new LineageIndex();
    int[] count = {0};
    graphs.write(w -> {
      w.clear();
      for (int page = 1; ; page++) {
        Page<AssetSummary> assets = store.listAssets(AssetQuery.all(page, AssetQuery.MAX_SIZE));
        for (AssetSummary summary : assets.items()) {
          List<Triple> triples = describe(store.findAsset(summary.urn()));
          if (triples != null) {
            w.replace(summary.urn(), triples);
            fresh.apply(summary.urn(), graph(triples));
            count[0]++;
          }
        }
        if ((long) page * AssetQuery.MAX_SIZE >= assets.total()) {
          break;
        }
        LOG.info("Lineage reindex: {} of {} assets", count[0], assets.total());
      }
      w.update(Iris.DERIVED_GRAPH, List.of(), List.copyOf(new DerivedFacts(fresh).triples()));
      w.sequence(upTo);
    });
    index = fresh;
    applied = upTo;
    refreshDerived();
    LOG.info(
        "Lineage graph reindexed at sequence {}: {} assets in {} ms; {}",
        upTo,
        count[0],
        (System.nanoTime() - started) / 1_000_000,
        fresh.size());
    catchUp();
  }

  private List<Triple> describe(Optional<Asset> asset) {
    return asset.filter(a -> !a.deleted()).map(a -> AssetRdf.describe(a, facts)).orElse(null);
  }

  private static Graph graph(List<Triple> triples) {
    if (triples == null) {
      return null;
    }
    Graph graph = GraphFactory.createDefaultGraph();
    triples.forEach(graph::add);
    return graph;
  }
}

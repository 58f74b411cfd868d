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
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the TDB2 graph and the adjacency index in step with the store's change log: each changed
 * asset is re-read and its named graph replaced (or removed when the asset is deleted or gone),
 * with the applied sequence, in one TDB2 write transaction; then the index applies the same graphs.
 * Not thread-safe: {@link LineageGraph} serialises calls.
 */
final class Projection {
  private static final Logger LOG = LoggerFactory.getLogger(Projection.class);
  private static final int CHANGES_PER_READ = 1000;

  private final CatalogStore store;
  private final GraphStore graphs;
  private final AssetFacts facts;
  private volatile LineageIndex index;
  private long applied;

  Projection(CatalogStore store, GraphStore graphs) {
    this.store = store;
    this.graphs = graphs;
    this.facts = AssetFacts.of(store);
    this.applied = graphs.appliedSequence();
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

  /** Applies every change after the applied sequence; returns the new applied sequence. */
  long catchUp() {
    long from = applied;
    long started = System.nanoTime();
    int assets = 0;
    List<ChangeLogEntry> changes = store.changesSince(applied, CHANGES_PER_READ);
    while (!changes.isEmpty()) {
      Set<Urn> changed = new LinkedHashSet<>();
      changes.forEach(change -> changed.add(change.urn()));
      Map<Urn, List<Triple>> described = new LinkedHashMap<>();
      for (Urn urn : changed) {
        described.put(urn, describe(store.findAsset(urn)));
      }
      long sequence = changes.getLast().sequence();
      graphs.write(w -> {
        described.forEach((urn, triples) -> {
          if (triples == null) {
            w.remove(urn);
          } else {
            w.replace(urn, triples);
          }
        });
        w.sequence(sequence);
      });
      described.forEach((urn, triples) -> index.apply(urn, graph(triples)));
      applied = sequence;
      assets += changed.size();
      if (assets % (10 * CHANGES_PER_READ) < changed.size()) {
        LOG.info("Lineage graph catching up: at sequence {}, {} assets so far", applied, assets);
      }
      changes = store.changesSince(applied, CHANGES_PER_READ);
    }
    if (applied > from) {
      refreshDerived();
      long millis = (System.nanoTime() - started) / 1_000_000;
      String message = "Lineage graph caught up from sequence {} to {}: {} assets in {} ms";
      if (assets >= CHANGES_PER_READ || millis >= 1000) {
        LOG.info(message, from, applied, assets, millis);
      } else {
        LOG.debug(message, from, applied, assets, millis);
      }
    }
    return applied;
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

package dev.meshlens.lineage;

import dev.meshlens.catalog.AssetNotFoundException;
import dev.meshlens.catalog.CatalogStore;
import dev.meshlens.catalog.Urn;
import dev.meshlens.lineage.index.LineageQueries;
import dev.meshlens.lineage.rdf.DcatExport;
import dev.meshlens.lineage.rdf.GraphStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lineage graph: a Jena TDB2 projection of a {@link CatalogStore} under a directory, in PROV-O,
 * DCAT 3, DQV and DPROD, with an in-memory adjacency index kept in step with it for fast lineage
 * queries. It follows the store's change log (a change listener triggers a catch-up on a background
 * thread), remembers the sequence it applied inside the TDB2 database, catches up after a restart,
 * and {@link #reindex()} rebuilds it. Queries are thread-safe; every query answers within the
 * options' time budget, partially and saying so when a limit is hit.
 *
 * <p>Errors callers should map to a client error: {@link InvalidLineageRequestException} (an {@link
 * IllegalArgumentException}: bad depth, cap or asset type) and {@link AssetNotFoundException} (an
 * asset the graph does not know). {@link LineageTimeoutException} means a query that has no partial
 * answer ran out of time.
 */
public final class LineageGraph implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LineageGraph.class);

  private final GraphStore graphs;
  private final Projection projection;
  private final UsageCache usage;
  private final Duration budget;
  private final ExecutorService follower =
      Executors.newSingleThreadExecutor(
          Thread.ofPlatform().name("lineage-graph").daemon().factory());
  private volatile boolean closed;

  private LineageGraph(CatalogStore store, GraphStore graphs, LineageGraphOptions options) {
    this.graphs = graphs;
    this.projection = new Projection(store, graphs);
    this.usage = new UsageCache(store, options);
    this.budget = options.queryBudget();
  }

  /** Opens (or creates) the graph in {@code dir}, catches up with the store and follows it. */
  public static LineageGraph open(CatalogStore store, Path dir) {
    return open(store, dir, LineageGraphOptions.defaults());
  }

  /** Like {@link #open(CatalogStore, Path)} with options. */
  public static LineageGraph open(CatalogStore store, Path dir, LineageGraphOptions options) {
    GraphStore graphs = GraphStore.open(dir);
    LineageGraph graph;
    try {
      graph = new LineageGraph(store, graphs, options);
      graph.catchUp();
    } catch (RuntimeException e) {
      graphs.close();
      throw e;
    }
    store.addChangeListener(sequence -> graph.follow());
    return graph;
  }

  /** The last change-log sequence applied to the graph. */
  public synchronized long appliedSequence() {
    return projection.applied();
  }

  /** Applies every change-log entry after the applied sequence; returns the applied sequence. */
  public synchronized long catchUp() {
    return closed ? projection.applied() : projection.catchUp();
  }

  /** Rebuilds the graph and its index from the store (isomorphic to the followed graph). */
  public synchronized void reindex() {
    projection.reindex();
    usage.invalidate();
  }

  /** Lineage from an asset; see {@link LineageRequest} for the questions it takes. */
  public LineageResult lineage(LineageRequest request) {
    return queries().lineage(request, budget);
  }

  /** What a change to a dataset (or a product's datasets) would affect downstream. */
  public Impact impact(Urn urn) {
    Map<Urn, Long> used = usage.current();
    return queries().impact(urn, u -> used.getOrDefault(u, 0L), budget);
  }

  /** The shortest lineage path between two datasets or two fields, if data flows between them. */
  public Optional<LineagePath> path(Urn from, Urn to) {
    return queries().path(from, to, budget);
  }

  /** The products a product consumes and those consuming it, derived from dataset lineage. */
  public ProductLineage productLineage(Urn product) {
    return queries().productLineage(product, budget);
  }

  /** The PII a column, or each column of a dataset, inherits through column lineage. */
  public List<InferredPii> inferredPii(Urn columnOrDataset) {
    return queries().inferredPii(columnOrDataset, budget);
  }

  /**
   * The TDB2 dataset, for SPARQL and export: one named graph per asset (named by its IRI), the
   * union of them as the default graph in SPARQL. Use it in read transactions only.
   */
  public Dataset dataset() {
    return graphs.dataset();
  }

  /**
   * The catalog as DCAT-AP 3 (catalogs per domain, their datasets, publishers, owners, contracts
   * and provenance), built from the graph in one read transaction; a new model the caller owns.
   */
  public Model exportDcat() {
    return DcatExport.catalog(graphs.dataset());
  }

  private LineageQueries queries() {
    return new LineageQueries(projection.index());
  }

  private void follow() {
    if (closed) {
      return;
    }
    try {
      follower.execute(this::catchUpLogged);
    } catch (RejectedExecutionException e) {
      LOG.debug("Lineage graph closed, change not followed");
    }
  }

  private void catchUpLogged() {
    try {
      catchUp();
    } catch (RuntimeException e) {
      LOG.warn("Lineage graph could not catch up with the change log", e);
    }
  }

  /** Stops following the store and releases the TDB2 database; closing again does nothing. */
  @Override
  public void close() {
    boolean wasClosed = closed;
    closed = true;
    follower.shutdown();
    synchronized (this) {
      if (!wasClosed) {
        graphs.close();
      }
    }
  }
}

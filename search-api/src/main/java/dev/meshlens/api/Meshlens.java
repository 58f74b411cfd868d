package dev.meshlens.api;

import dev.meshlens.api.admin.AuditHandler; // access
import dev.meshlens.api.admin.MeHandler; // access
import dev.meshlens.api.admin.TokenHandler; // access
import dev.meshlens.api.asset.AssetEditHandler; // access
import dev.meshlens.api.asset.AssetHandler;
// access
import dev.meshlens.api.auth.AccessGate; // access
import dev.meshlens.api.demo.SampleMeshLoader;
import dev.meshlens.api.health.HealthHandler;
import dev.meshlens.api.health.HealthHandler.StartupState;
import dev.meshlens.api.ingest.BatchIngest;
import dev.meshlens.api.ingest.IngestHandler;
import dev.meshlens.api.ingest.JsonBody;
import dev.meshlens.api.lineage.CatalogLineage;
import dev.meshlens.api.lineage.LineageQueryHandler;
import dev.meshlens.api.openapi.OpenApiHandler;
import dev.meshlens.api.openlineage.LineageHandler;
import dev.meshlens.api.openlineage.LineagePush;
import dev.meshlens.api.profile.ProfileService;
import dev.meshlens.api.rdf.DcatHandler;
import dev.meshlens.api.rdf.SparqlHandler;
import dev.meshlens.api.scores.HealthScoreHandler; // health
import dev.meshlens.api.scores.ScoreJob; // health
import dev.meshlens.api.search.CatalogSearch;
import dev.meshlens.api.search.SearchHandler;
import dev.meshlens.api.source.SourceHandler;
import dev.meshlens.catalog.CatalogStore;
import dev.meshlens.catalog.CrawlRun;
import dev.meshlens.catalog.health.HealthPolicy; // health
import dev.meshlens.catalog.health.HealthPolicyParser; // health
import dev.meshlens.catalog.sqlite.SqliteCatalogStore;
import dev.meshlens.indexer.crawl.CrawlRunner;
import dev.meshlens.indexer.crawl.SourceReaders;
import dev.meshlens.indexer.crawl.openlineage.OpenLineageValidator;
import dev.meshlens.indexer.schedule.CrawlRequest;
import dev.meshlens.indexer.schedule.Scheduler;
import dev.meshlens.indexer.schedule.SchedulerConfig;
import dev.meshlens.indexer.search.SearchIndex;
import dev.meshlens.lineage.LineageGraph;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Clock; // access, health
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running Meshlens: the catalog store under the data directory, the search index and the lineage
 * graph that follow it, the crawl scheduler over it and the HTTP API, wired by hand here and
 * nowhere else. Closing it stops the server, then the scheduler (waiting a bounded time for running
 * crawls), then closes the search index, the lineage graph and the store.
 */
public final class Meshlens implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Meshlens.class);
  private static final String SAMPLE_MESH = "sample-mesh";

  private final ServerConfig config;
  private final CatalogStore store;
  private final CatalogSearch search;
  private final CatalogLineage graph;
  private final Scheduler scheduler;
  private final LineagePush lineage;
  private final Javalin http;
  private final AtomicReference<StartupState> startup;
  private final ScoreJob scores; // health
  private boolean closed;

  private Meshlens(
      ServerConfig config,
      CatalogStore store,
      Projections projections,
      Scheduler scheduler,
      LineagePush lineage,
      Javalin http,
      AtomicReference<StartupState> startup,
      ScoreJob scores) { // health
    this.config = config;
    this.store = store;
    this.search = projections.search();
    this.graph = projections.lineage();
    this.scheduler = scheduler;
    this.lineage = lineage;
    this.http = http;
    this.startup = startup;
    this.scores = scores; // health
  }

  /** The projections of the catalog the server keeps current. */
  private record Projections(CatalogSearch search, CatalogLineage lineage) {}

  /**
   * Opens the catalog, the search index and the lineage graph (each first catches up with the
   * catalog's change log), starts the HTTP API, then the scheduler (and the sample mesh's load).
   */
  public static Meshlens start(ServerConfig config) {
    return start(config, SourceReaders.standard());
  }

  /** Like {@link #start(ServerConfig)}, crawling with {@code readers}. */
  public static Meshlens start(ServerConfig config, SourceReaders readers) {
    HealthPolicy policy = // health: a bad policy file stops the start with its message
        config.healthPolicy() == null
            ? HealthPolicy.defaults()
            : HealthPolicyParser.fromFile(config.healthPolicy());
    CatalogStore store = SqliteCatalogStore.open(config.catalogFile());
    CatalogSearch search = null;
    CatalogLineage graph = null;
    Scheduler scheduler = null;
    LineagePush lineage = null;
    ScoreJob scores = null; // health
    try {
      search = CatalogSearch.open(store, config.searchIndexDir());
      graph = CatalogLineage.open(store, config.lineageGraphDir());
      boolean sampleMesh =
          config.sources() == null
              && config.loadSampleMesh()
              && SampleMeshLoader.wanted(config.dataDir(), store.lastSequence() == 0);
      scheduler =
          new Scheduler(
              store, readers, new CrawlRunner(store, readers), schedulerConfig(config, sampleMesh));
      lineage = LineagePush.start(store, new OpenLineageValidator(), LineagePush.Commits.GROUPED);
      scores = // health
          new ScoreJob(
              store,
              policy,
              search.index()::refreshSignals,
              ScoreJob.crawlActivity(scheduler),
              Clock.systemUTC(),
              ScoreJob.QUIET);
      AtomicReference<StartupState> startup =
          new AtomicReference<>(new StartupState("starting", false, null, null));
      JsonBody body = new JsonBody(config.maxRequestBytes());
      ProfileService profiles = new ProfileService(store, graph.graph(), search.index());
      Javalin http =
          HttpApi.create(
              config,
              new AccessGate(store.access(), config.anonymousRead(), Clock.systemUTC()), // access
              new HealthHandler(store, startup::get).routes(),
              new AssetHandler(store, profiles, search.index()).routes(), // profile
              new SearchHandler(search.index(), policy.grades()).routes(),
              new SourceHandler(scheduler).routes(),
              new LineageHandler(lineage, body).routes(),
              new LineageQueryHandler(graph.graph(), store, config.lineage().nodeCap())
                  .routes(), // access: store for redaction
              new SparqlHandler(
                      graph.graph().dataset(),
                      config.lineage().sparqlTimeout(),
                      config.lineage().sparqlResultCap())
                  .routes(),
              new DcatHandler(graph.graph(), store).routes(), // access: store for the filter
              new IngestHandler(new BatchIngest(store, Set.of(LineagePush.SOURCE)), body).routes(),
              new AssetEditHandler(store, body, profiles).routes(), // access
              new TokenHandler(store.access(), body, Clock.systemUTC()).routes(), // access
              new AuditHandler(store.access()).routes(), // access
              new MeHandler(config.anonymousRead()).routes(), // access
              new OpenApiHandler(config.anonymousRead()).routes(), // openapi
              new HealthScoreHandler(store, scores).routes()); // health
      http.start();
      scores.start(ScoreJob.CHECK_EVERY); // health
      Meshlens meshlens =
          new Meshlens(
              config,
              store,
              new Projections(search, graph),
              scheduler,
              lineage,
              http,
              startup,
              scores); // health
      LOG.info("HTTP API started on port {}", meshlens.port());
      meshlens.runStartupTasks(sampleMesh);
      return meshlens;
    } catch (RuntimeException e) {
      if (scores != null) { // health
        scores.close();
      }
      if (lineage != null) {
        lineage.close();
      }
      if (scheduler != null) {
        scheduler.close();
      }
      if (search != null) {
        search.close();
      }
      if (graph != null) {
        graph.close();
      }
      store.close();
      throw e;
    }
  }

  private static SchedulerConfig schedulerConfig(ServerConfig config, boolean sampleMesh) {
    Path sources = sampleMesh ? SampleMeshLoader.sourcesFile(config.dataDir()) : config.sources();
    return SchedulerConfig.of(sources)
        .withParallelism(config.crawlParallelism())
        .withStartupRuns(sampleMesh);
  }

  private void runStartupTasks(boolean sampleMesh) {
    if (!sampleMesh) {
      scheduler.start();
      String detail =
          config.sources() != null
              ? "sources scheduled"
              : config.loadSampleMesh() ? "catalog open" : "empty start";
      startup.set(StartupState.ready(detail));
      return;
    }
    step("extracting");
    Thread loader = new Thread(this::loadSampleMesh, "meshlens-sample-loader");
    loader.setDaemon(true);
    loader.start();
  }

  /** Extracts the sample mesh, then waits for the scheduler's startup crawls of its sources. */
  private void loadSampleMesh() {
    long started = System.nanoTime();
    try {
      SampleMeshLoader.extract(config.dataDir());
      List<CrawlRequest> runs = scheduler.start();
      AtomicInteger done = new AtomicInteger();
      step("crawling " + runs.size() + " sources");
      CompletableFuture<?>[] each =
          runs.stream()
              .map(r ->
                  r.result()
                      .thenRun(() -> step("crawled " + done.incrementAndGet() + "/" + runs.size())))
              .toArray(CompletableFuture[]::new);
      CompletableFuture.allOf(each)
          .whenComplete((ignored, failure) -> loaded(runs, started, failure));
    } catch (RuntimeException e) {
      failed(e);
    }
  }

  private void loaded(List<CrawlRequest> runs, long started, Throwable failure) {
    if (failure instanceof CancellationException
        || (failure != null && failure.getCause() instanceof CancellationException)) {
      LOG.info("Loading the sample mesh stopped at shutdown; the next start finishes it");
      startup.set(new StartupState(SAMPLE_MESH, true, "stopped", null));
    } else if (failure != null) {
      failed(failure);
    } else {
      List<CrawlRun> crawled = runs.stream().map(r -> r.result().join()).toList();
      SampleMeshLoader.logLoaded(crawled, (System.nanoTime() - started) / 1_000_000);
      startup.set(new StartupState(SAMPLE_MESH, true, "loaded", null));
    }
  }

  private void step(String detail) {
    startup.set(new StartupState(SAMPLE_MESH, false, detail, null));
  }

  private void failed(Throwable e) {
    LOG.error("Loading the sample mesh failed", e);
    startup.set(new StartupState(SAMPLE_MESH, true, "failed", e.getMessage()));
  }

  public int port() {
    return http.port();
  }

  public String url() {
    String host = config.host() == null ? "localhost" : config.host();
    return "http://" + host + ":" + port();
  }

  public CatalogStore store() {
    return store;
  }

  /** The search index the API searches (benchmarks search it directly too). */
  public SearchIndex searchIndex() {
    return search.index();
  }

  /** The lineage graph the API answers lineage, SPARQL and DCAT questions from. */
  public LineageGraph lineageGraph() {
    return graph.graph();
  }

  /** The HTTP routes registered, with the access level each declares. */
  public List<RouteAccess> routes() {
    return HttpApi.routes(http);
  }

  /** The job that keeps health scores current (benchmarks and tests recompute through it). */
  public ScoreJob healthScores() { // health
    return scores;
  }

  public StartupState startupState() {
    return startup.get();
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    LOG.info("Meshlens is shutting down");
    try {
      http.stop();
      lineage.close();
    } finally {
      try {
        scores.close(); // health
        scheduler.close();
      } finally {
        try {
          search.close();
        } finally {
          try {
            graph.close();
          } finally {
            store.close();
          }
        }
      }
    }
  }
}

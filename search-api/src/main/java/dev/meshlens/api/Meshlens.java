package dev.meshlens.api;

import dev.meshlens.api.asset.AssetHandler;
import dev.meshlens.api.demo.SampleMeshLoader;
import dev.meshlens.api.health.HealthHandler;
import dev.meshlens.api.health.HealthHandler.StartupState;
import dev.meshlens.api.ingest.BatchIngest;
import dev.meshlens.api.ingest.IngestHandler;
import dev.meshlens.api.ingest.JsonBody;
import dev.meshlens.api.openlineage.LineageHandler;
import dev.meshlens.api.openlineage.LineagePush;
import dev.meshlens.catalog.CatalogStore;
import dev.meshlens.catalog.sqlite.SqliteCatalogStore;
import dev.meshlens.indexer.crawl.SourceReaders;
import dev.meshlens.indexer.crawl.openlineage.OpenLineageValidator;
import io.javalin.Javalin;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running Meshlens: the catalog store under the data directory and the HTTP API over it, wired by
 * hand here and nowhere else. Closing it stops the server, then closes the store.
 */
public final class Meshlens implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Meshlens.class);

  private final ServerConfig config;
  private final CatalogStore store;
  private final LineagePush lineage;
  private final Javalin http;
  private final AtomicReference<StartupState> startup;
  private boolean closed;

  private Meshlens(
      ServerConfig config,
      CatalogStore store,
      LineagePush lineage,
      Javalin http,
      AtomicReference<StartupState> startup) {
    this.config = config;
    this.store = store;
    this.lineage = lineage;
    this.http = http;
    this.startup = startup;
  }

  /** Opens the catalog, starts the HTTP API, then runs the startup load in the background. */
  public static Meshlens start(ServerConfig config) {
    OpenLineageValidator validator = new OpenLineageValidator();
    CatalogStore store = SqliteCatalogStore.open(config.catalogFile());
    AtomicReference<StartupState> startup =
        new AtomicReference<>(new StartupState("starting", false, null, null));
    LineagePush lineage = LineagePush.start(store, validator, LineagePush.Commits.GROUPED);
    try {
      JsonBody body = new JsonBody(config.maxRequestBytes());
      Javalin http =
          HttpApi.create(
              config,
              new HealthHandler(store, startup::get).routes(),
              new AssetHandler(store).routes(),
              new LineageHandler(lineage, body).routes(),
              new IngestHandler(new BatchIngest(store, Set.of(LineagePush.SOURCE)), body).routes());
      http.start();
      Meshlens meshlens = new Meshlens(config, store, lineage, http, startup);
      LOG.info("HTTP API started on port {}", meshlens.port());
      meshlens.runStartupTasks();
      return meshlens;
    } catch (RuntimeException e) {
      lineage.close();
      store.close();
      throw e;
    }
  }

  private void runStartupTasks() {
    if (!config.loadSampleMesh()
        || !SampleMeshLoader.wanted(config.dataDir(), store.lastSequence() == 0)) {
      startup.set(StartupState.ready(config.loadSampleMesh() ? "catalog open" : "empty start"));
      return;
    }
    startup.set(new StartupState("sample-mesh", false, "extracting", null));
    Thread loader =
        new Thread(
            () -> {
              try {
                new SampleMeshLoader(store, SourceReaders.standard())
                    .load(
                        config.dataDir(),
                        step -> startup.set(new StartupState("sample-mesh", false, step, null)));
                startup.set(new StartupState("sample-mesh", true, "loaded", null));
              } catch (RuntimeException e) {
                LOG.error("Loading the sample mesh failed", e);
                startup.set(new StartupState("sample-mesh", true, "failed", e.getMessage()));
              }
            },
            "meshlens-sample-loader");
    loader.setDaemon(true);
    loader.start();
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
      store.close();
    }
  }
}

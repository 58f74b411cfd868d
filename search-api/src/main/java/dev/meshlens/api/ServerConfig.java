package dev.meshlens.api;

import java.nio.file.Path;

/**
 * How a server runs: the port (0 picks a free one), the host to bind (null: every interface), the
 * data directory holding the catalog and its projections, whether to load the sample mesh into an
 * empty catalog, the largest request body accepted, the sources file the scheduler follows (null:
 * the sample mesh's, when it is loaded), how many crawls may run at once, and the limits of the
 * lineage and SPARQL endpoints, whether anyone may read without a token, and the health policy file
 * (null: the built-in policy).
 */
public record ServerConfig(
    int port,
    String host,
    Path dataDir,
    boolean loadSampleMesh,
    long maxRequestBytes,
    Path sources,
    int crawlParallelism,
    LineageConfig lineage,
    boolean anonymousRead,
    Path healthPolicy) {
  public static final int DEFAULT_PORT = 7070;
  public static final Path DEFAULT_DATA_DIR = Path.of("meshlens-data");
  public static final int DEFAULT_CRAWL_PARALLELISM = 2;
  public static final int MAX_CRAWL_PARALLELISM = 64;

  public ServerConfig {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be in [0, 65535], got " + port);
    }
    if (dataDir == null) {
      throw new IllegalArgumentException("dataDir must be set");
    }
    if (maxRequestBytes < 1024) {
      throw new IllegalArgumentException("maxRequestBytes must be >= 1024, got " + maxRequestBytes);
    }
    if (crawlParallelism < 1 || crawlParallelism > MAX_CRAWL_PARALLELISM) {
      throw new IllegalArgumentException(
          "crawlParallelism must be in [1, "
              + MAX_CRAWL_PARALLELISM
              + "], got "
              + crawlParallelism);
    }
    if (lineage == null) {
      throw new IllegalArgumentException("lineage must be set");
    }
  }

  public static ServerConfig defaults() {
    return new ServerConfig(
        DEFAULT_PORT,
        null,
        DEFAULT_DATA_DIR,
        true,
        16L * 1024 * 1024,
        null,
        DEFAULT_CRAWL_PARALLELISM,
        LineageConfig.defaults(),
        true,
        null);
  }

  public ServerConfig withPort(int port) {
    return new ServerConfig(
        port,
        host,
        dataDir,
        loadSampleMesh,
        maxRequestBytes,
        sources,
        crawlParallelism,
        lineage,
        anonymousRead,
        healthPolicy);
  }

  public ServerConfig withDataDir(Path dataDir) {
    return new ServerConfig(
        port,
        host,
        dataDir,
        loadSampleMesh,
        maxRequestBytes,
        sources,
        crawlParallelism,
        lineage,
        anonymousRead,
        healthPolicy);
  }

  public ServerConfig withSampleMesh(boolean load) {
    return new ServerConfig(
        port,
        host,
        dataDir,
        load,
        maxRequestBytes,
        sources,
        crawlParallelism,
        lineage,
        anonymousRead,
        healthPolicy);
  }

  public ServerConfig withMaxRequestBytes(long bytes) {
    return new ServerConfig(
        port,
        host,
        dataDir,
        loadSampleMesh,
        bytes,
        sources,
        crawlParallelism,
        lineage,
        anonymousRead,
        healthPolicy);
  }

  public ServerConfig withSources(Path file) {
    return new ServerConfig(
        port,
        host,
        dataDir,
        loadSampleMesh,
        maxRequestBytes,
        file,
        crawlParallelism,
        lineage,
        anonymousRead,
        healthPolicy);
  }

  public ServerConfig withCrawlParallelism(int n) {
    return new ServerConfig(
        port,
        host,
        dataDir,
        loadSampleMesh,
        maxRequestBytes,
        sources,
        n,
        lineage,
        anonymousRead,
        healthPolicy);
  }

  public ServerConfig withLineage(LineageConfig lineage) {
    return new ServerConfig(
        port,
        host,
        dataDir,
        loadSampleMesh,
        maxRequestBytes,
        sources,
        crawlParallelism,
        lineage,
        anonymousRead,
        healthPolicy);
  }

  public ServerConfig withAnonymousRead(boolean anonymous) {
    return new ServerConfig(
        port,
        host,
        dataDir,
        loadSampleMesh,
        maxRequestBytes,
        sources,
        crawlParallelism,
        lineage,
        anonymous,
        healthPolicy);
  }

  public ServerConfig withHealthPolicy(Path file) {
    return new ServerConfig(
        port,
        host,
        dataDir,
        loadSampleMesh,
        maxRequestBytes,
        sources,
        crawlParallelism,
        lineage,
        anonymousRead,
        file);
  }

  public Path catalogFile() {
    return dataDir.resolve("catalog.db");
  }

  /** The folder of the search index, the Lucene projection of the catalog. */
  public Path searchIndexDir() {
    return dataDir.resolve("search-index");
  }

  /** The folder of the lineage graph, the Jena TDB2 projection of the catalog. */
  public Path lineageGraphDir() {
    return dataDir.resolve("lineage-graph");
  }
}

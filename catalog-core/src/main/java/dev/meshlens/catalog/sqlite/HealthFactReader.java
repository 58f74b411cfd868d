package dev.meshlens.catalog.sqlite;

import dev.meshlens.catalog.json.AspectCodec;
import dev.meshlens.catalog.model.ContractInfo;
import dev.meshlens.catalog.model.Port;
import dev.meshlens.catalog.model.ProductInfo;
import dev.meshlens.catalog.sqlite.HealthMeshFacts.JobRuns;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bulk reads of a health recompute: the facts of the whole mesh in a few aggregating queries,
 * then the datasets in chunks of consecutive ids with what their live aspects say (extracted in SQL
 * with the JSON functions, so no aspect is parsed in Java).
 */
final class HealthFactReader {
  private static final Logger LOG = LoggerFactory.getLogger(HealthFactReader.class);
  private static final String FINISHED = "state IN ('COMPLETE', 'FAIL', 'ABORT')";
  private static final String RUN_TIME = "coalesce(ended_at, started_at)";

  private final AspectCodec codec;

  HealthFactReader(AspectCodec codec) {
    this.codec = codec;
  }

  /** "Now" for the windows: the latest usage event or run end, when before the clock. */
  static Instant now(Connection c, Instant clock) throws SQLException {
    long latest =
        Math.max(
            FactReader.latestUsage(c).map(Instant::toEpochMilli).orElse(0L),
            AssetReader.scalar(c, "SELECT coalesce(max(" + RUN_TIME + "), 0) FROM runs"));
    return latest > 0 && latest < clock.toEpochMilli() ? Instant.ofEpochMilli(latest) : clock;
  }

  /**
   * Reads the facts of the whole mesh: "now" first, then the independent aggregations at once, each
   * on its own reader (each a consistent snapshot of its own; a commit between them is seen by the
   * later ones, as by the next recompute).
   */
  HealthMeshFacts mesh(Db db, Duration window, Instant clock) {
    Instant now = timed("now", () -> db.read(c -> now(c, clock)));
    try (ExecutorService pool =
        Executors.newFixedThreadPool(
            4, Thread.ofPlatform().name("meshlens-health-read-", 0).daemon().factory())) {
      Future<Lineage> lineage =
          pool.submit(() -> timed("lineage", () -> db.read(HealthFactReader::lineage)));
      Future<Map<String, long[]>> usage =
          pool.submit(() -> timed("usage", () -> db.read(c -> usage(c, now, window))));
      Future<Map<String, JobRuns>> jobs =
          pool.submit(() -> timed("runs", () -> db.read(c -> jobs(c, now, window))));
      Future<Map<String, Map<String, Boolean>>> checks =
          pool.submit(() -> timed("checks", () -> db.read(c -> checks(c, now))));
      Future<Governance> governance =
          pool.submit(() -> timed("products and contracts", () -> db.read(this::governance)));
      Lineage edges = join(lineage);
      Governance g = join(governance);
      return new HealthMeshFacts(
          now,
          join(usage),
          edges.producers(),
          edges.readers(),
          join(jobs),
          join(checks),
          g.products(),
          g.contracts(),
          g.contractsOf(),
          g.productOfPort(),
          g.names(),
          g.ids(),
          g.datasets());
    }
  }

  private static <T> T timed(String what, Supplier<T> work) {
    long start = System.nanoTime();
    T result = work.get();
    LOG.debug("Health facts: {} read in {} ms", what, (System.nanoTime() - start) / 1_000_000);
    return result;
  }

  private static <T> T join(Future<T> future) {
    try {
      return future.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException("Reading the mesh's facts failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while reading the mesh's facts", e);
    }
  }

  /** Per dataset, the jobs whose lineage writes it and how many jobs' lineage reads it. */
  private record Lineage(Map<String, List<String>> producers, Map<String, Integer> readers) {}

  /** Products, contracts, which contracts govern which datasets, names and ids, dataset count. */
  private record Governance(
      Map<String, ProductInfo> products,
      Map<String, ContractInfo> contracts,
      Map<String, Set<String>> contractsOf,
      Map<String, String> productOfPort,
      Map<String, String> names,
      Map<String, Long> ids,
      int datasets) {}

  private Governance governance(Connection c) throws SQLException {
    Map<String, ProductInfo> products = new HashMap<>();
    Map<String, ContractInfo> contracts = new HashMap<>();
    readAspects(c, "product", "productInfo", ProductInfo.class, products);
    readAspects(c, "contract", "contractInfo", ContractInfo.class, contracts);
    Map<String, Set<String>> contractsOf = new HashMap<>();
    Map<String, String> productOfPort = new HashMap<>();
    Map<String, String> names = new HashMap<>();
    Map<String, Long> ids = new HashMap<>();
    productsAndDomains(c, names, ids);
    contracts.forEach((urn, contract) ->
        contract
            .datasets()
            .forEach(d ->
                contractsOf.computeIfAbsent(d.toString(), k -> new LinkedHashSet<>()).add(urn)));
    products.forEach((urn, product) -> {
      for (Port port : product.outputPorts()) {
        port.datasets()
            .forEach(d -> {
              productOfPort.putIfAbsent(d.toString(), urn);
              if (port.contract() != null && contracts.containsKey(port.contract().toString())) {
                contractsOf
                    .computeIfAbsent(d.toString(), k -> new LinkedHashSet<>())
                    .add(port.contract().toString());
              }
            });
      }
    });
    int datasets =
        (int)
            AssetReader.scalar(
                c, "SELECT count(*) FROM assets WHERE type = 'dataset' AND deleted = 0");
    return new Governance(products, contracts, contractsOf, productOfPort, names, ids, datasets);
  }

  private static Map<String, long[]> usage(Connection c, Instant now, Duration window)
      throws SQLException {
    long end = now.toEpochMilli() + 1;
    long mid = end - window.toMillis();
    long start = mid - window.toMillis();
    Map<String, long[]> usage = new HashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT dataset, count(DISTINCT CASE WHEN time >= ?1 THEN principal END),"
                + " sum(time >= ?1), sum(time < ?1)"
                + " FROM usage_events WHERE time >= ?2 AND time < ?3 GROUP BY dataset")) {
      ps.setLong(1, mid);
      ps.setLong(2, start);
      ps.setLong(3, end);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          usage.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)});
        }
      }
    }
    return usage;
  }

  private static Lineage lineage(Connection c) throws SQLException {
    Map<String, List<String>> producers = new HashMap<>();
    Map<String, Integer> readers = new HashMap<>();
    edges(
        c,
        (job, dataset) -> producers.computeIfAbsent(dataset, k -> new ArrayList<>(1)).add(job),
        (job, dataset) -> readers.merge(dataset, 1, Integer::sum));
    return new Lineage(producers, readers);
  }

  /**
   * Each distinct (job, dataset) edge of the live {@code jobLineage} aspects, job by job: outputs
   * to {@code output}, inputs to {@code input} (an edge two sources state is given once). Each
   * aspect is parsed once, for both lists (its column lineage makes it large).
   */
  private static void edges(
      Connection c, BiConsumer<String, String> output, BiConsumer<String, String> input)
      throws SQLException {
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT j.id, j.urn, l.key, e.value FROM assets j"
                    + " JOIN aspects a ON a.asset = j.id AND a.aspect = 'jobLineage' AND a.live = 1"
                    + " JOIN change_log c ON c.seq = a.seq,"
                    + " json_each(json_extract(c.value, '$.outputs', '$.inputs')) l,"
                    + " json_each(l.value) e"
                    + " WHERE j.type = 'job' AND j.deleted = 0 ORDER BY j.id");
        ResultSet rs = ps.executeQuery()) {
      long current = -1;
      String job = null;
      Set<String> seen = new HashSet<>();
      while (rs.next()) {
        long id = rs.getLong(1);
        if (id != current) {
          current = id;
          job = rs.getString(2);
          seen.clear();
        }
        boolean out = rs.getInt(3) == 0;
        String dataset = rs.getString(4);
        if (seen.add((out ? "o" : "i") + dataset)) {
          (out ? output : input).accept(job, dataset);
        }
      }
    }
  }

  private static Map<String, JobRuns> jobs(Connection c, Instant now, Duration window)
      throws SQLException {
    Map<String, JobRuns> jobs = new HashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT job,"
                + " sum(CASE WHEN "
                + FINISHED
                + " AND "
                + RUN_TIME
                + " >= ?1 THEN 1 ELSE 0 END),"
                + " sum(CASE WHEN state = 'COMPLETE' AND "
                + RUN_TIME
                + " >= ?1 THEN 1 ELSE 0 END),"
                + " coalesce(max(CASE WHEN state = 'COMPLETE' THEN "
                + RUN_TIME
                + " END), 0),"
                + " coalesce(max(CASE WHEN state IN ('FAIL', 'ABORT') THEN "
                + RUN_TIME
                + " END), 0)"
                + " FROM runs WHERE "
                + RUN_TIME
                + " <= ?2 GROUP BY job")) {
      ps.setLong(1, now.toEpochMilli() - window.toMillis());
      ps.setLong(2, now.toEpochMilli());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          jobs.put(
              rs.getString(1),
              new JobRuns(rs.getInt(2), rs.getInt(3), rs.getLong(4), rs.getLong(5)));
        }
      }
    }
    return jobs;
  }

  /** The latest result (up to now) of each check of each dataset: passed or not. */
  private static Map<String, Map<String, Boolean>> checks(Connection c, Instant now)
      throws SQLException {
    Map<String, Map<String, Boolean>> checks = new HashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            // SQLite takes the bare column (passed) from the row holding max(time)
            "SELECT dataset, check_id, passed, max(time) FROM quality_results"
                + " WHERE time <= ? GROUP BY dataset, check_id")) {
      ps.setLong(1, now.toEpochMilli());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          checks
              .computeIfAbsent(rs.getString(1), k -> new HashMap<>(4))
              .put(rs.getString(2), rs.getInt(3) == 1);
        }
      }
    }
    return checks;
  }

  private <T> void readAspects(
      Connection c, String type, String aspect, Class<T> kind, Map<String, T> into)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT x.urn, c.value FROM assets x"
                + " JOIN aspects a ON a.asset = x.id AND a.aspect = ? AND a.live = 1"
                + " JOIN change_log c ON c.seq = a.seq"
                + " WHERE x.type = ? AND x.deleted = 0 ORDER BY a.source")) {
      ps.setString(1, aspect);
      ps.setString(2, type);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          into.putIfAbsent(rs.getString(1), codec.fromJson(kind, rs.getString(2)));
        }
      }
    }
  }

  private static void productsAndDomains(
      Connection c, Map<String, String> names, Map<String, Long> ids) throws SQLException {
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT urn, name, id FROM assets"
                    + " WHERE type IN ('product', 'domain') AND deleted = 0");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        names.put(rs.getString(1), rs.getString(2));
        ids.put(rs.getString(1), rs.getLong(3));
      }
    }
  }
}

package dev.meshlens.api.bench;

import dev.meshlens.api.Meshlens;
import dev.meshlens.api.profile.ProfileService;
import dev.meshlens.catalog.AssetNotFoundException;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.access.Role;
import dev.meshlens.catalog.access.TokenRequest;
import dev.meshlens.lineage.Direction;
import dev.meshlens.lineage.Level;
import dev.meshlens.lineage.LineageEdge;
import dev.meshlens.lineage.LineageRequest;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The serving part of the profile benchmark, on a running server: picks random datasets, reads each
 * profile alone over HTTP (a pass to warm up, then a timed one) and times each part of it in
 * process, then offers profile reads over HTTP at a fixed rate, open loop, then the raw JDBC reads
 * of the same facts ({@link RawProfileReads}) at the same rate.
 */
final class ProfileLoad {
  private static final Logger LOG = LoggerFactory.getLogger(ProfileLoad.class);

  /** Client threads (HTTP connections, JDBC connections). */
  static final int CLIENTS = 16;

  static final int SAMPLES = 500;

  private final Meshlens server;
  private final long seed;

  private final String authorization;

  /** Reads profiles as a steward, who sees every asset, so every profile is read in full. */
  ProfileLoad(Meshlens server, long seed) {
    this.server = server;
    this.authorization =
        "Bearer "
            + server
                .store()
                .access()
                .createToken(
                    new TokenRequest("bench-profile", Role.STEWARD, List.of(), null), Instant.now())
                .secret();
    this.seed = seed;
  }

  /** A dataset picked for the load, with the jobs producing it (for the raw reads). */
  record Sample(Urn urn, List<Urn> producers) {}

  /** What the catalog holds. */
  record Catalog(long datasets, long jobs, long usageEvents, long runs, long qualityResults) {}

  /** What was measured. */
  record Measured(
      Catalog catalog,
      int samples,
      long[] alone,
      long medianBytes,
      Map<String, Long> medianSectionNanos,
      Load.Result http,
      Load.Result raw,
      double loadBefore,
      double loadAfter) {}

  Measured run(double rate, int requests) {
    double loadBefore = loadAverage();
    Catalog catalog = catalog();
    List<Sample> samples = samples();
    LOG.info("Reading {} profiles one at a time (warm-up, then timed)", samples.size());
    long[] bytes = new long[samples.size()];
    long[] alone = alone(samples, bytes);
    Map<String, Long> sections = sections(samples);
    int[] order = order(requests, samples.size());
    LOG.info("Profiles over HTTP: {} reads at {}/s, open loop", requests, rate);
    Load.Result http =
        Load.openLoop("profiles over HTTP", rate, CLIENTS)
            .run(requests, () -> httpClient(i -> path(samples.get(order[i]).urn())));
    LOG.info("Raw JDBC reads of the same facts: {} at {}/s, open loop", requests, rate);
    Load.Result raw =
        Load.openLoop("raw JDBC profile reads", rate, CLIENTS)
            .run(requests, () -> rawClient(samples, order));
    java.util.Arrays.sort(bytes);
    return new Measured(
        catalog,
        samples.size(),
        alone,
        bytes[bytes.length / 2],
        sections,
        http,
        raw,
        loadBefore,
        loadAverage());
  }

  static String path(Urn urn) {
    return "/api/v1/assets/" + urn.toPathSegment();
  }

  private long[] alone(List<Sample> samples, long[] bytes) {
    long[] nanos = new long[samples.size()];
    try (Load.Client client = httpClient(i -> path(samples.get(i).urn()))) {
      for (int pass = 0; pass < 2; pass++) {
        for (int i = 0; i < samples.size(); i++) {
          long start = System.nanoTime();
          client.send(i);
          nanos[i] = System.nanoTime() - start;
        }
      }
    } catch (Exception e) {
      throw new IllegalStateException("Reading profiles one at a time failed: " + e, e);
    }
    try (PlainHttpConnection connection =
        new PlainHttpConnection(URI.create(server.url()), authorization)) {
      for (int i = 0; i < samples.size(); i++) {
        bytes[i] = connection.get(path(samples.get(i).urn())).body().length();
      }
    } catch (IOException e) {
      throw new IllegalStateException("Reading profiles failed: " + e, e);
    }
    return nanos;
  }

  /** The median time of each part of a profile, read in process one at a time. */
  private Map<String, Long> sections(List<Sample> samples) {
    ProfileService profiles =
        new ProfileService(server.store(), server.lineageGraph(), server.searchIndex());
    Map<String, List<Long>> all = new LinkedHashMap<>();
    for (Sample sample : samples) {
      profiles
          .sectionCosts(sample.urn())
          .forEach((part, nanos) -> all.computeIfAbsent(part, k -> new ArrayList<>()).add(nanos));
    }
    Map<String, Long> medians = new LinkedHashMap<>();
    all.forEach((part, nanos) -> {
      List<Long> sorted = nanos.stream().sorted().toList();
      medians.put(part, sorted.get(sorted.size() / 2));
    });
    return medians;
  }

  private int[] order(int requests, int samples) {
    Random random = new Random(seed);
    int[] order = new int[requests];
    for (int i = 0; i < requests; i++) {
      order[i] = random.nextInt(samples);
    }
    return order;
  }

  /** Random live datasets: the first dataset at or after a random row id, distinct. */
  private List<Sample> samples() {
    Random random = new Random(seed);
    Set<Urn> picked = new LinkedHashSet<>();
    try (Connection c = open();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT urn FROM assets WHERE id >= ? AND type = 'dataset' AND deleted = 0"
                    + " ORDER BY id LIMIT 1")) {
      long maxId = scalar(c, "SELECT max(id) FROM assets");
      for (int attempt = 0; attempt < 4 * SAMPLES && picked.size() < SAMPLES; attempt++) {
        ps.setLong(1, 1 + (long) (random.nextDouble() * maxId));
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) {
            picked.add(Urn.parse(rs.getString(1)));
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot pick datasets: " + e.getMessage(), e);
    }
    return picked.stream().map(u -> new Sample(u, producers(u))).toList();
  }

  private List<Urn> producers(Urn dataset) {
    try {
      Set<Urn> jobs = new LinkedHashSet<>();
      for (LineageEdge edge :
          server
              .lineageGraph()
              .lineage(new LineageRequest(dataset, Direction.UPSTREAM, 1, Level.DATASET, 1_000))
              .edges()) {
        if (edge.to().equals(dataset) && edge.via() != null) {
          jobs.add(edge.via());
        }
      }
      return List.copyOf(jobs);
    } catch (AssetNotFoundException e) {
      return List.of();
    }
  }

  private Catalog catalog() {
    try (Connection c = open()) {
      return new Catalog(
          scalar(c, "SELECT count(*) FROM assets WHERE type = 'dataset' AND deleted = 0"),
          scalar(c, "SELECT count(*) FROM assets WHERE type = 'job' AND deleted = 0"),
          scalar(c, "SELECT count(*) FROM usage_events"),
          scalar(c, "SELECT count(*) FROM runs"),
          scalar(c, "SELECT count(*) FROM quality_results"));
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot count the catalog: " + e.getMessage(), e);
    }
  }

  private Connection open() throws SQLException {
    Connection c = DriverManager.getConnection("jdbc:sqlite:" + server.store().status().location());
    try (Statement st = c.createStatement()) {
      st.execute("PRAGMA query_only = 1");
      st.execute("PRAGMA cache_size = -65536");
    }
    return c;
  }

  static long scalar(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }

  private Load.Client rawClient(List<Sample> samples, int[] order) throws SQLException {
    RawProfileReads reads = new RawProfileReads(open());
    return new Load.Client() {
      @Override
      public void send(int i) throws SQLException {
        reads.read(samples.get(order[i]));
      }

      @Override
      public void close() throws SQLException {
        reads.close();
      }
    };
  }

  /** A client on its own connection that GETs the path of request i and wants a 200. */
  private Load.Client httpClient(java.util.function.IntFunction<String> path) throws IOException {
    PlainHttpConnection connection =
        new PlainHttpConnection(URI.create(server.url()), authorization);
    return new Load.Client() {
      @Override
      public void send(int i) throws IOException {
        String target = path.apply(i);
        PlainHttpConnection.Answer answer = connection.get(target);
        if (answer.status() != 200) {
          throw new IllegalStateException(
              "GET " + target + " answered " + answer.status() + ": " + answer.body());
        }
      }

      @Override
      public void close() throws IOException {
        connection.close();
      }
    };
  }

  private static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }
}

package dev.meshlens.catalog.sqlite;

import dev.meshlens.catalog.EntityType;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.health.DatasetFacts;
import dev.meshlens.catalog.health.DatasetScorer;
import dev.meshlens.catalog.health.HealthPolicy;
import dev.meshlens.catalog.health.HealthRollup;
import dev.meshlens.catalog.health.HealthRollup.Rolled;
import dev.meshlens.catalog.health.HealthRollup.Scored;
import dev.meshlens.catalog.health.RecomputeSummary;
import dev.meshlens.catalog.health.SignalValues;
import dev.meshlens.catalog.json.AspectCodec;
import dev.meshlens.catalog.model.Port;
import dev.meshlens.catalog.model.ProductInfo;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One recompute of every health score: the mesh's facts in a few bulk reads, then the datasets in
 * chunks of {@value #CHUNK} (each chunk read on a reader and written in one write transaction),
 * then the products (from their output ports, or their member datasets when they list no output
 * port) and the domains (from their products).
 */
final class HealthRecomputation {
  private static final Logger LOG = LoggerFactory.getLogger(HealthRecomputation.class);
  static final int CHUNK = 5_000;
  private static final int LOG_EVERY = 100_000;

  private final Db db;
  private final HealthFactReader reader;
  private final HealthChunkReader chunks;
  private final HealthSnapshotTable table;

  HealthRecomputation(Db db, AspectCodec codec) {
    this.db = db;
    this.reader = new HealthFactReader(codec);
    this.chunks = new HealthChunkReader(codec);
    this.table = new HealthSnapshotTable(codec);
  }

  RecomputeSummary run(HealthPolicy policy, Instant clock) {
    long started = System.nanoTime();
    long day = LocalDate.ofInstant(clock, ZoneOffset.UTC).toEpochDay();
    HealthMeshFacts mesh = reader.mesh(db, policy.window(), clock);
    LOG.info(
        "Health recompute: {} datasets, {} products, windows end at {} (mesh facts read in {} ms)",
        mesh.datasets(),
        mesh.products().size(),
        mesh.now(),
        (System.nanoTime() - started) / 1_000_000);
    HealthFactAssembler assembler = new HealthFactAssembler(mesh, policy);
    DatasetScorer scorer = new DatasetScorer(policy);
    db.write(c -> {
      HealthSnapshotTable.writeDay(c, day, clock, HealthSnapshotTable.encodeWeights(policy));
      return null;
    });
    Scoring scoring = new Scoring(mesh, assembler, scorer, new HashMap<>(), new HashMap<>());
    long[] counts = scoreDatasets(scoring, day, started);
    int datasets = (int) counts[0];
    long rows = counts[1];
    Rollups rollups = rollUp(mesh, policy, scoring.parts(), scoring.members(), clock);
    rows +=
        db.write(c -> {
          table.dropOlderDetails(c, day, rollups.rows());
          return table.write(c, day, rollups.rows());
        });
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    LOG.info(
        "Health recompute done: {} datasets, {} products, {} domains scored in {} ms",
        datasets,
        rollups.products(),
        rollups.domains(),
        took.toMillis());
    return new RecomputeSummary(
        LocalDate.ofEpochDay(day), datasets, rollups.products(), rollups.domains(), rows, took);
  }

  /** What scoring a dataset needs, and where the parts of products go. */
  private record Scoring(
      HealthMeshFacts mesh,
      HealthFactAssembler assembler,
      DatasetScorer scorer,
      Map<String, Scored> parts,
      Map<String, List<String>> members) {}

  /**
   * Scores every dataset, chunk by chunk, and writes each chunk's rows in one transaction.
   *
   * @return the datasets scored and the rows written
   */
  private long[] scoreDatasets(Scoring scoring, long day, long started) {
    HealthMeshFacts mesh = scoring.mesh();
    int datasets = 0;
    long rows = 0;
    try (ExecutorService prefetch =
        Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("meshlens-health-prefetch").daemon().factory())) {
      // the next chunk is read while this one is scored and written
      Future<List<HealthDatasetRow>> next = prefetch.submit(() -> read(0));
      while (true) {
        List<HealthDatasetRow> chunk = join(next);
        if (chunk.isEmpty()) {
          break;
        }
        long last = chunk.getLast().id();
        next = prefetch.submit(() -> read(last));
        List<HealthSnapshotTable.Row> out = new ArrayList<>(chunk.size());
        for (HealthDatasetRow row : chunk) {
          out.add(score(row, scoring));
        }
        rows += db.write(c -> table.write(c, day, out));
        if ((datasets + chunk.size()) / LOG_EVERY > datasets / LOG_EVERY) {
          LOG.info(
              "Health recompute: {} of {} datasets scored ({} s)",
              datasets + chunk.size(),
              mesh.datasets(),
              (System.nanoTime() - started) / 1_000_000_000);
        }
        datasets += chunk.size();
      }
    }
    return new long[] {datasets, rows};
  }

  private List<HealthDatasetRow> read(long afterId) {
    return db.read(c -> chunks.chunk(c, afterId, CHUNK));
  }

  /** Scores one dataset; keeps it as a part when it rolls up into a product. */
  private static HealthSnapshotTable.Row score(HealthDatasetRow row, Scoring s) {
    HealthMeshFacts mesh = s.mesh();
    HealthFactAssembler assembler = s.assembler();
    DatasetScorer scorer = s.scorer();
    Map<String, Scored> parts = s.parts();
    Map<String, List<String>> members = s.members();
    DatasetFacts facts = assembler.facts(row);
    SignalValues values = scorer.values(facts);
    HealthPolicy policy = scorer.policy();
    Double score = values.score(policy);
    String product = assembler.productOf(row);
    boolean port = mesh.productOfPort().containsKey(row.urn());
    if (port || (product != null && !listsOutputs(mesh.products().get(product)))) {
      parts.put(
          row.urn(),
          new Scored(
              facts.urn(),
              row.name(),
              values,
              score,
              values.capReason(),
              scorer.drivers(facts, values)));
      if (!port) {
        members.computeIfAbsent(product, k -> new ArrayList<>()).add(row.urn());
      }
    }
    return new HealthSnapshotTable.Row(
        row.id(), score, policy.grades().of(score), values.capReason(), values.encode(), null);
  }

  private static <T> T join(Future<T> future) {
    try {
      return future.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException("Reading datasets failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while reading datasets", e);
    }
  }

  private static boolean listsOutputs(ProductInfo info) {
    return info != null && info.outputPorts().stream().anyMatch(p -> !p.datasets().isEmpty());
  }

  /** The product and domain rows to write, and how many of each. */
  private record Rollups(List<HealthSnapshotTable.Row> rows, int products, int domains) {}

  private static Rollups rollUp(
      HealthMeshFacts mesh,
      HealthPolicy policy,
      Map<String, Scored> parts,
      Map<String, List<String>> members,
      Instant at) {
    HealthRollup rollup = new HealthRollup(policy);
    Set<String> products = new TreeSet<>(mesh.products().keySet());
    products.addAll(members.keySet());
    Map<String, List<Scored>> byDomain = new TreeMap<>();
    List<HealthSnapshotTable.Row> rows = new ArrayList<>();
    int productCount = 0;
    for (String product : products) {
      Long id = mesh.ids().get(product);
      if (id == null) {
        continue; // a product that is deleted, or only named by a membership
      }
      List<Scored> ports = new ArrayList<>();
      for (String dataset : partsOf(product, mesh.products().get(product), members)) {
        Scored part = parts.get(dataset);
        if (part != null) {
          ports.add(part);
        }
      }
      Urn urn = Urn.parse(product);
      Rolled rolled = rollup.roll(urn, name(mesh, urn), ports, "output ports", at);
      rows.add(row(id, rolled));
      byDomain
          .computeIfAbsent(urn.domainOfProduct().toString(), k -> new ArrayList<>())
          .add(rolled.asPart());
      productCount++;
    }
    int domainCount = 0;
    for (Map.Entry<String, Long> asset : new TreeMap<>(mesh.ids()).entrySet()) {
      Urn urn = Urn.parse(asset.getKey());
      if (urn.type() != EntityType.DOMAIN) {
        continue;
      }
      List<Scored> domainProducts = byDomain.getOrDefault(asset.getKey(), List.of());
      rows.add(
          row(asset.getValue(), rollup.roll(urn, name(mesh, urn), domainProducts, "products", at)));
      domainCount++;
    }
    return new Rollups(rows, productCount, domainCount);
  }

  private static Set<String> partsOf(
      String product, ProductInfo info, Map<String, List<String>> members) {
    Set<String> datasets = new LinkedHashSet<>();
    if (listsOutputs(info)) {
      for (Port port : info.outputPorts()) {
        port.datasets().forEach(d -> datasets.add(d.toString()));
      }
    } else {
      datasets.addAll(members.getOrDefault(product, List.of()));
    }
    return datasets;
  }

  private static String name(HealthMeshFacts mesh, Urn urn) {
    String name = mesh.names().get(urn.toString());
    return name == null ? urn.localName() : name;
  }

  private static HealthSnapshotTable.Row row(long id, Rolled rolled) {
    Scored whole = rolled.asPart();
    return new HealthSnapshotTable.Row(
        id,
        whole.score(),
        rolled.detail().score().grade(),
        whole.cap(),
        whole.values().encode(),
        rolled.detail());
  }
}

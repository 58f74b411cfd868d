package dev.meshlens.lineage.bench;

import dev.meshlens.catalog.Urn;
import dev.meshlens.lineage.Direction;
import dev.meshlens.lineage.Level;
import dev.meshlens.lineage.LineageRequest;
import dev.meshlens.lineage.LineageResult;
import dev.meshlens.lineage.index.LineageIndex;
import dev.meshlens.lineage.index.LineageQueries;
import dev.meshlens.lineage.rdf.Iris;
import dev.meshlens.lineage.rdf.Vocab;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Random;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A throwaway harness, not a unit test: a layered synthetic lineage graph of about a million
 * dataset-to-dataset edges with hub datasets (read by thousands of jobs) and hub jobs (hundreds of
 * inputs and outputs), loaded into the adjacency index and into TDB2; then depth-10 lineage walks
 * timed against a SPARQL {@code prov:wasDerivedFrom+} property path on the same edges. Run with the
 * test class path: {@code java -cp ... dev.meshlens.lineage.bench.TraversalHarness [queries]}.
 */
public final class TraversalHarness {
  private static final Logger LOG = LoggerFactory.getLogger(TraversalHarness.class);
  private static final int LAYERS = 12;
  private static final int PER_LAYER = 16_000;
  private static final int JOBS_PER_LAYER = 20_000;
  private static final int HUB_DATASETS = 20;
  private static final int HUB_READERS = 2_000;
  private static final int HUB_JOBS = 5;
  private static final int HUB_JOB_SIDE = 300;

  private final Random random = new Random(2026);
  private final LineageIndex index = new LineageIndex();
  private final DatasetGraph tdb;
  private long edges;

  private TraversalHarness(DatasetGraph tdb) {
    this.tdb = tdb;
  }

  public static void main(String[] args) throws Exception {
    int queries = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    Path dir = Files.createTempDirectory("lineage-harness");
    Dataset dataset = TDB2Factory.connectDataset(dir.toString());
    TraversalHarness harness = new TraversalHarness(dataset.asDatasetGraph());
    harness.build();
    LineageQueries q = new LineageQueries(harness.index);
    for (Direction direction : Direction.values()) {
      harness.time(q, direction, queries / 4);
      harness.time(q, direction, queries);
    }
    harness.sparql(q, dataset, 30);
    TDBInternal.expel(dataset.asDatasetGraph());
  }

  static Urn ds(int layer, int i) {
    return Urn.dataset("bench://l" + layer, "t" + i);
  }

  private void build() {
    long started = System.nanoTime();
    int job = 0;
    Txn.executeWrite(tdb, () -> {});
    for (int layer = 1; layer < LAYERS; layer++) {
      final int l = layer;
      Txn.executeWrite(
          tdb,
          () -> {
            for (int j = 0; j < JOBS_PER_LAYER; j++) {
              Set<Urn> in = new LinkedHashSet<>();
              for (int k = 1 + random.nextInt(3); k > 0; k--) {
                int from = Math.max(0, l - 1 - random.nextInt(2));
                in.add(ds(from, random.nextInt(PER_LAYER)));
              }
              if (random.nextInt(100) < 10) {
                in.add(ds(0, random.nextInt(HUB_DATASETS)));
              }
              Set<Urn> out = new LinkedHashSet<>();
              for (int k = 1 + random.nextInt(2); k > 0; k--) {
                out.add(ds(l, random.nextInt(PER_LAYER)));
              }
              addJob(Urn.job("bench", "l" + l + "j" + j), in, out);
            }
          });
    }
    Txn.executeWrite(
        tdb,
        () -> {
          for (int h = 0; h < HUB_DATASETS; h++) {
            for (int r = 0; r < HUB_READERS / 10; r++) {
              int l = 1 + random.nextInt(LAYERS - 1);
              addJob(
                  Urn.job("bench", "hub" + h + "r" + r),
                  Set.of(ds(0, h)),
                  Set.of(ds(l, random.nextInt(PER_LAYER))));
            }
          }
          for (int h = 0; h < HUB_JOBS; h++) {
            int l = 1 + random.nextInt(LAYERS - 2);
            Set<Urn> in = new LinkedHashSet<>();
            Set<Urn> out = new LinkedHashSet<>();
            while (in.size() < HUB_JOB_SIDE) {
              in.add(ds(l, random.nextInt(PER_LAYER)));
            }
            while (out.size() < HUB_JOB_SIDE) {
              out.add(ds(l + 1, random.nextInt(PER_LAYER)));
            }
            addJob(Urn.job("bench", "hubjob" + h), in, out);
          }
        });
    LOG.info(
        "Built {} dataset-to-dataset edges in {} ms: {}",
        edges,
        (System.nanoTime() - started) / 1_000_000,
        index.size());
  }

  private void addJob(Urn job, Set<Urn> inputs, Set<Urn> outputs) {
    Graph graph = GraphFactory.createDefaultGraph();
    Node self = Iris.node(job);
    for (Urn in : inputs) {
      graph.add(self, Vocab.USED, Iris.node(in));
    }
    for (Urn out : outputs) {
      Node o = Iris.node(out);
      graph.add(self, Vocab.GENERATED, o);
      for (Urn in : inputs) {
        if (!in.equals(out)) {
          tdb.getDefaultGraph().add(o, Vocab.WAS_DERIVED_FROM, Iris.node(in));
          edges++;
        }
      }
    }
    index.apply(job, graph);
  }

  private Urn randomStart() {
    int layer = random.nextInt(LAYERS);
    return random.nextInt(50) == 0
        ? ds(0, random.nextInt(HUB_DATASETS))
        : ds(layer, random.nextInt(PER_LAYER));
  }

  private void time(LineageQueries q, Direction direction, int queries) {
    long[] nanos = new long[queries];
    long nodes = 0;
    int truncated = 0;
    int timedOut = 0;
    for (int i = 0; i < queries; i++) {
      Urn start = randomStart();
      if (!index.knows(start)) {
        start = ds(1, 0);
      }
      LineageRequest request = new LineageRequest(start, direction, 10, Level.DATASET, 2000);
      long t0 = System.nanoTime();
      LineageResult result = q.lineage(request, Duration.ofMillis(500));
      nanos[i] = System.nanoTime() - t0;
      nodes += result.nodes().size();
      truncated += result.limits().nodesOverCap() > 0 ? 1 : 0;
      timedOut += result.limits().timedOut() ? 1 : 0;
    }
    Arrays.sort(nanos);
    LOG.info(
        "{} depth 10 cap 2000, {} queries: p50 {} ms, p99 {} ms, max {} ms; mean nodes {}, over the cap {}, timed out {}",
        direction,
        queries,
        ms(nanos[queries / 2]),
        ms(nanos[(int) (queries * 0.99)]),
        ms(nanos[queries - 1]),
        nodes / queries,
        truncated,
        timedOut);
  }

  private void sparql(LineageQueries q, Dataset dataset, int queries) {
    String text =
        "PREFIX prov: <http://www.w3.org/ns/prov#> SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {"
            + " { SELECT DISTINCT ?x WHERE { ?x prov:wasDerivedFrom+ ?start } LIMIT 2000 } }";
    long[] sparql = new long[queries];
    long[] ours = new long[queries];
    for (int i = 0; i < queries; i++) {
      Urn start = randomStart();
      long t0 = System.nanoTime();
      long n =
          Txn.calculateRead(
              dataset,
              () -> {
                try (QueryExecution exec =
                    QueryExecution.dataset(dataset)
                        .query(text)
                        .substitution("start", ResourceFactory.createResource(Iris.iri(start)))
                        .timeout(30_000)
                        .build()) {
                  return exec.execSelect().next().getLiteral("n").getLong();
                }
              });
      sparql[i] = System.nanoTime() - t0;
      long t1 = System.nanoTime();
      LineageResult result =
          q.lineage(
              new LineageRequest(
                  start, Direction.DOWNSTREAM, LineageRequest.MAX_DEPTH, Level.DATASET, 2000),
              Duration.ofMillis(500));
      ours[i] = System.nanoTime() - t1;
      LOG.debug("{}: SPARQL {} nodes, index {} nodes", start, n, result.nodes().size());
    }
    Arrays.sort(sparql);
    Arrays.sort(ours);
    LOG.info(
        "SPARQL wasDerivedFrom+ LIMIT 2000 over {} starts: p50 {} ms, p99 {} ms; index depth 20 cap 2000: p50 {} ms, p99 {} ms",
        queries,
        ms(sparql[queries / 2]),
        ms(sparql[queries - 1]),
        ms(ours[queries / 2]),
        ms(ours[queries - 1]));
  }

  private static String ms(long nanos) {
    return String.format(java.util.Locale.ROOT, "%.2f", nanos / 1e6);
  }
}

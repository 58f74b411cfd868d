package dev.meshlens.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.JobLineage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Lineage answers on random graphs (cycles, self-loops, a hub job, rewritten and removed jobs)
 * against {@link LineageOracle}: nodes, distances, edges, the node and edge caps and what the
 * answer says they left out.
 */
class LineageOracleTest extends StoreFixture {

  @ParameterizedTest
  @ValueSource(longs = {1, 7, 42, 1234, 98765})
  void answers_match_a_brute_force_walk_over_the_stores_job_lineage(long seed) {
    Random random = new Random(seed);
    List<Urn> jobs = randomMesh(random);
    LineageGraph graph = open();
    jobs.addAll(changeSome(random, jobs));
    graph.catchUp();
    LineageOracle oracle = new LineageOracle(store, jobs);
    int[] seen = new int[3];
    for (int i = 0; i < 60; i++) {
      LineageRequest request =
          new LineageRequest(
              ds("d" + random.nextInt(DATASETS)),
              Direction.values()[random.nextInt(3)],
              1 + random.nextInt(6),
              Level.DATASET,
              List.of(1, 3, 8, 30, 2000).get(random.nextInt(5)));
      LineageResult result = graph.lineage(request);
      check(oracle, request, result, "seed " + seed + ", " + request);
      seen[0] += result.limits().nodesOverCap() > 0 ? 1 : 0;
      seen[1] += result.limits().edgesOverCap() > 0 ? 1 : 0;
      seen[2] += result.limits().nodesBeyondDepth() > 0 ? 1 : 0;
    }
    assertThat(seen)
        .as("seed " + seed + ": answers cut by the node cap, the edge cap and the depth")
        .doesNotContain(0);
  }

  private static final int DATASETS = 80;

  /** Random jobs over the datasets, one of them a hub; every dataset is referenced. */
  private List<Urn> randomMesh(Random random) {
    Batch.Builder batch = Batch.builder(SOURCE);
    List<Urn> jobs = new ArrayList<>();
    for (int d = 0; d < DATASETS; d++) {
      batch.upsert(
          job("seed" + d), lineage(List.of(ds("d" + d)), List.of(ds("d" + ((d + 1) % DATASETS)))));
      jobs.add(job("seed" + d));
    }
    for (int j = 0; j < 40; j++) {
      batch.upsert(
          job("j" + j), randomLineage(random, 1 + random.nextInt(4), 1 + random.nextInt(3)));
      jobs.add(job("j" + j));
    }
    batch.upsert(job("hub"), randomLineage(random, 25, 30));
    jobs.add(job("hub"));
    store.apply(batch.build());
    return jobs;
  }

  /** Rewrites and removes some jobs after the graph opened, and adds one. */
  private List<Urn> changeSome(Random random, List<Urn> jobs) {
    for (int i = 0; i < 8; i++) {
      Urn job = jobs.get(random.nextInt(jobs.size()));
      if (random.nextBoolean()) {
        remove(job);
      } else {
        store.apply(Batch.builder(SOURCE).upsert(job, randomLineage(random, 2, 2)).build());
      }
    }
    store.apply(Batch.builder(SOURCE).upsert(job("late"), randomLineage(random, 3, 3)).build());
    return List.of(job("late"));
  }

  private static JobLineage randomLineage(Random random, int inputs, int outputs) {
    return lineage(pick(random, inputs), pick(random, outputs));
  }

  private static JobLineage lineage(List<Urn> in, List<Urn> out) {
    return new JobLineage(in, out, List.of());
  }

  private static List<Urn> pick(Random random, int n) {
    Set<Urn> picked = new LinkedHashSet<>();
    while (picked.size() < n) {
      picked.add(ds("d" + random.nextInt(DATASETS)));
    }
    return List.copyOf(picked);
  }

  private static void check(
      LineageOracle oracle, LineageRequest request, LineageResult result, String why) {
    boolean down = request.direction() != Direction.UPSTREAM;
    boolean up = request.direction() != Direction.DOWNSTREAM;
    Map<Urn, Integer> dd = down ? oracle.distances(request.urn(), true) : Map.of();
    Map<Urn, Integer> du = up ? oracle.distances(request.urn(), false) : Map.of();
    Map<Urn, Integer> distance = new HashMap<>(dd);
    du.forEach((k, v) -> distance.merge(k, v, Math::min));
    Set<Urn> reach = new HashSet<>();
    long beyond = 0;
    for (Map.Entry<Urn, Integer> e : distance.entrySet()) {
      if (e.getValue() <= request.depth()) {
        reach.add(e.getKey());
      } else if (e.getValue() == request.depth() + 1) {
        beyond++;
      }
    }
    Set<Urn> nodes = urns(result);
    LineageLimits limits = result.limits();
    assertThat(nodes).as(why + ": distinct nodes").hasSameSizeAs(result.nodes());
    assertThat(result.nodes().getFirst().urn()).as(why + ": start first").isEqualTo(request.urn());
    result
        .nodes()
        .forEach(n ->
            assertThat(n.distance())
                .as(why + ": distance of " + n.urn())
                .isEqualTo(distance.get(n.urn())));
    assertThat(limits.timedOut()).as(why).isFalse();
    assertThat(limits.countsExact()).as(why).isTrue();
    assertThat(limits.nodesBeyondDepth()).as(why + ": nodes beyond depth").isEqualTo(beyond);
    assertThat(limits.nodesOverCap())
        .as(why + ": nodes over cap")
        .isEqualTo(reach.size() - nodes.size());
    assertThat(reach).as(why + ": answered nodes are within reach").containsAll(nodes);
    if (limits.nodesOverCap() > 0) {
      assertThat(nodes).as(why + ": capped").hasSize(request.nodeCap());
      int last = result.nodes().getLast().distance();
      reach.stream()
          .filter(u -> distance.get(u) < last)
          .forEach(u -> assertThat(nodes).as(why + ": nearer nodes come first").contains(u));
    }
    Set<LineageOracle.Edge> expected = oracle.edges(nodes, dd, du, request.depth());
    Set<LineageOracle.Edge> edges = new HashSet<>();
    result.edges().forEach(e -> edges.add(new LineageOracle.Edge(e.from(), e.to(), e.via())));
    assertThat(edges).as(why + ": distinct edges").hasSameSizeAs(result.edges());
    assertThat(expected).as(why + ": answered edges").containsAll(edges);
    assertThat(limits.edgesOverCap())
        .as(why + ": edges over cap")
        .isEqualTo(expected.size() - edges.size());
    if (limits.edgesOverCap() > 0) {
      assertThat(edges).as(why + ": edge cap").hasSize(request.edgeCap());
    }
    assertThat(result.truncated())
        .as(why + ": truncated")
        .isEqualTo(beyond > 0 || limits.nodesOverCap() > 0 || limits.edgesOverCap() > 0);
  }
}

package dev.meshlens.lineage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meshlens.catalog.AssetNotFoundException;
import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.DatasetInfo;
import dev.meshlens.catalog.model.JobLineage;
import dev.meshlens.lineage.rdf.GraphStore;
import dev.meshlens.lineage.rdf.Iris;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

class LineageGraphTest extends StoreFixture {

  private static final String GENERATED_BY =
      "PREFIX prov: <http://www.w3.org/ns/prov#> ASK { ?d prov:wasGeneratedBy ?job }";

  static LineageRequest downstream(Urn urn) {
    return LineageRequest.of(urn).withDirection(Direction.DOWNSTREAM);
  }

  boolean generatedBy(LineageGraph graph, Urn job) {
    return Txn.calculateRead(
        graph.dataset(),
        () -> {
          try (QueryExecution exec =
              QueryExecution.dataset(graph.dataset())
                  .query(GENERATED_BY)
                  .substitution("job", ResourceFactory.createResource(Iris.iri(job)))
                  .build()) {
            return exec.execAsk();
          }
        });
  }

  @Test
  void the_graph_follows_changes_and_a_removed_jobs_edges_disappear() {
    job("j1", List.of(ds("a")), List.of(ds("b")));
    job("j2", List.of(ds("b")), List.of(ds("c")));
    LineageGraph graph = open();
    assertThat(graph.appliedSequence()).isEqualTo(store.lastSequence());
    assertThat(urns(graph.lineage(downstream(ds("a"))))).containsExactly(ds("a"), ds("b"), ds("c"));
    assertThat(generatedBy(graph, job("j2"))).isTrue();

    remove(job("j2"));
    graph.catchUp();

    assertThat(urns(graph.lineage(downstream(ds("a"))))).containsExactly(ds("a"), ds("b"));
    assertThat(generatedBy(graph, job("j2"))).as("no triple of the removed job is left").isFalse();
    assertThat(graph.lineage(downstream(ds("a"))).edges())
        .containsExactly(new LineageEdge(ds("a"), ds("b"), job("j1"), null));
  }

  @Test
  void a_change_is_followed_without_an_explicit_catch_up() throws Exception {
    LineageGraph graph = open();
    job("j1", List.of(ds("a")), List.of(ds("b")));
    Instant deadline = Instant.now().plus(Duration.ofSeconds(2));
    while (graph.appliedSequence() < store.lastSequence() && Instant.now().isBefore(deadline)) {
      Thread.sleep(10);
    }
    assertThat(urns(graph.lineage(downstream(ds("a"))))).containsExactly(ds("a"), ds("b"));
  }

  @Test
  void a_reopened_graph_catches_up_from_the_sequence_it_stored() {
    job("j1", List.of(ds("a")), List.of(ds("b")));
    LineageGraph first = LineageGraph.open(store, dir.resolve("graph"));
    long applied = first.appliedSequence();
    first.close();

    job("j2", List.of(ds("b")), List.of(ds("c")));
    remove(job("j1"));
    LineageGraph again = open();

    assertThat(applied).isPositive().isLessThan(store.lastSequence());
    assertThat(again.appliedSequence()).isEqualTo(store.lastSequence());
    assertThat(urns(again.lineage(downstream(ds("b"))))).containsExactly(ds("b"), ds("c"));
    assertThat(urns(again.lineage(LineageRequest.of(ds("a"))))).containsExactly(ds("a"));
  }

  @Test
  void reindex_and_a_fresh_replay_give_graphs_isomorphic_to_the_followed_one() {
    job("j1", List.of(ds("a"), ds("x")), List.of(ds("b")));
    store.apply(
        Batch.builder(SOURCE)
            .upsert(
                ds("b"),
                new DatasetInfo("B", "the b table", "postgres", "table", null, null, Map.of()))
            .build());
    LineageGraph graph = open();
    job("j2", List.of(ds("b")), List.of(ds("c"), ds("d")));
    job("j1", List.of(ds("a")), List.of(ds("b")));
    remove(job("j2"));
    job("j3", List.of(ds("b")), List.of(ds("e")));
    graph.catchUp();
    DatasetGraph followed = snapshot(graph);

    graph.reindex();
    DatasetGraph rebuilt = snapshot(graph);
    DatasetGraph replayed = snapshot(open("replayed"));

    assertThat(IsoMatcher.isomorphic(followed, rebuilt)).as("reindexed").isTrue();
    assertThat(IsoMatcher.isomorphic(followed, replayed)).as("replayed from sequence 0").isTrue();
    assertThat(urns(graph.lineage(downstream(ds("a"))))).containsExactly(ds("a"), ds("b"), ds("e"));
  }

  @Test
  void a_change_of_more_assets_than_one_transaction_takes_is_followed_whole() {
    LineageGraph graph = open();
    int jobs = Projection.FOLLOWING.assets() + 1_000;
    Batch.Builder batch = Batch.builder(SOURCE);
    for (int i = 0; i < jobs; i++) {
      batch.upsert(
          job("j" + i),
          new JobLineage(List.of(ds("d" + i)), List.of(ds("d" + (i + 1))), List.of()));
    }
    store.apply(batch.build());
    graph.catchUp();

    assertThat(graph.appliedSequence()).isEqualTo(store.lastSequence());
    assertThat(urns(graph.lineage(downstream(ds("d" + (jobs - 2))))))
        .containsExactly(ds("d" + (jobs - 2)), ds("d" + (jobs - 1)), ds("d" + jobs));
    assertThat(generatedBy(graph, job("j" + (jobs - 1)))).isTrue();
    assertThat(IsoMatcher.isomorphic(snapshot(graph), snapshot(open("replayed"))))
        .as("replayed from sequence 0")
        .isTrue();
  }

  @Test
  void a_compacted_graph_keeps_its_content_and_sequence_in_one_generation() throws Exception {
    job("j1", List.of(ds("a")), List.of(ds("b")));
    job("j2", List.of(ds("b")), List.of(ds("c")));
    Path location = dir.resolve("compacted");
    DatasetGraph before;
    try (LineageGraph graph = LineageGraph.open(store, location)) {
      before = snapshot(graph);
    }
    try (GraphStore graphs = GraphStore.open(location)) {
      graphs.compact();
      assertThat(graphs.appliedSequence()).isEqualTo(store.lastSequence());
    }
    try (Stream<Path> generations = Files.list(location)) {
      assertThat(generations.map(p -> p.getFileName().toString()))
          .filteredOn(name -> name.startsWith("Data-"))
          .containsExactly("Data-0002");
    }
    LineageGraph reopened = open("compacted");
    assertThat(IsoMatcher.isomorphic(before, snapshot(reopened))).isTrue();
    assertThat(urns(reopened.lineage(downstream(ds("a")))))
        .containsExactly(ds("a"), ds("b"), ds("c"));
  }

  @Test
  void unknown_assets_and_bad_requests_are_client_errors() {
    job("j1", List.of(ds("a")), List.of(ds("b")));
    LineageGraph graph = open();

    assertThatThrownBy(() -> graph.lineage(LineageRequest.of(ds("nope"))))
        .isInstanceOf(AssetNotFoundException.class)
        .hasMessageContaining("nope");
    assertThatThrownBy(() -> LineageRequest.of(ds("a")).withDepth(21))
        .isInstanceOf(InvalidLineageRequestException.class)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("depth must be in [1, 20]; got: 21");
    assertThatThrownBy(() -> LineageRequest.of(ds("a")).withDepth(0))
        .hasMessage("depth must be in [1, 20]; got: 0");
    assertThatThrownBy(() -> LineageRequest.of(ds("a")).withNodeCap(0))
        .hasMessage("nodeCap must be in [1, 10000]; got: 0");
    assertThatThrownBy(() -> graph.lineage(LineageRequest.of(job("j1"))))
        .isInstanceOf(InvalidLineageRequestException.class)
        .hasMessageContaining("starts at a dataset or a product");
    assertThatThrownBy(() -> graph.path(ds("a"), job("j1")))
        .isInstanceOf(InvalidLineageRequestException.class)
        .hasMessageContaining("two datasets or two fields");
    assertThatThrownBy(() -> graph.impact(ds("nope")))
        .isInstanceOf(AssetNotFoundException.class)
        .hasMessage("No asset " + ds("nope") + " in the catalog");
    assertThatThrownBy(() -> graph.productLineage(ds("a")))
        .isInstanceOf(InvalidLineageRequestException.class)
        .hasMessage("product lineage needs a product URN; got " + ds("a"));
  }
}

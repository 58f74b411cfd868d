package dev.meshlens.lineage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.JobLineage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hubs: a dataset read by 3,000 jobs, and a job with 1,000 inputs and 1,000 outputs (a million
 * dataset-to-dataset edges). Answers stay fast, capped and exact about what they leave out.
 */
class HubLineageTest extends StoreFixture {
  private static final int READERS = 3000;
  private static final int SIDE = 1000;

  LineageGraph graph;

  @BeforeEach
  void hubs() {
    Batch.Builder batch = Batch.builder(SOURCE);
    for (int i = 0; i < READERS; i++) {
      batch.upsert(
          job("read" + i), new JobLineage(List.of(ds("hub")), List.of(ds("copy" + i)), List.of()));
    }
    List<Urn> inputs = new ArrayList<>();
    List<Urn> outputs = new ArrayList<>();
    for (int i = 0; i < SIDE; i++) {
      inputs.add(ds("in" + i));
      outputs.add(ds("out" + i));
    }
    batch.upsert(job("feeder"), new JobLineage(List.of(ds("src")), inputs, List.of()));
    batch.upsert(job("hubjob"), new JobLineage(inputs, outputs, List.of()));
    store.apply(batch.build());
    graph = open();
  }

  @Test
  void a_dataset_read_by_thousands_of_jobs_answers_capped_and_fast() {
    long started = System.nanoTime();
    LineageResult result =
        graph.lineage(LineageRequest.of(ds("hub")).withDirection(Direction.DOWNSTREAM));
    long millis = (System.nanoTime() - started) / 1_000_000;

    assertThat(result.nodes()).hasSize(LineageRequest.DEFAULT_NODE_CAP);
    assertThat(result.limits().nodesOverCap())
        .isEqualTo(READERS + 1 - LineageRequest.DEFAULT_NODE_CAP);
    assertThat(result.edges()).hasSize(LineageRequest.DEFAULT_NODE_CAP - 1);
    assertThat(result.truncated()).isTrue();
    assertThat(millis).as("answered in %d ms", millis).isLessThan(1000);
  }

  @Test
  void a_walk_out_of_time_answers_what_it_has_and_says_so() {
    graph.close();
    LineageGraph hurried =
        LineageGraph.open(
            store,
            dir.resolve("graph"),
            LineageGraphOptions.defaults().withQueryBudget(Duration.ofNanos(1)));
    try {
      LineageResult result =
          hurried.lineage(LineageRequest.of(ds("hub")).withDirection(Direction.DOWNSTREAM));

      assertThat(result.limits().timedOut()).isTrue();
      assertThat(result.limits().countsExact()).isFalse();
      assertThat(result.truncated()).isTrue();
      assertThat(result.nodes()).isNotEmpty();
      assertThatThrownBy(() -> hurried.path(ds("hub"), ds("copy2999")))
          .isInstanceOf(LineageTimeoutException.class)
          .hasMessageContaining("within 0 ms");
    } finally {
      hurried.close();
    }
  }

  @Test
  void a_job_with_a_million_input_output_pairs_is_counted_not_listed() {
    long started = System.nanoTime();
    LineageResult result =
        graph.lineage(new LineageRequest(ds("src"), Direction.DOWNSTREAM, 2, Level.DATASET, 2000));
    long millis = (System.nanoTime() - started) / 1_000_000;

    assertThat(result.nodes()).hasSize(2000);
    assertThat(result.limits().nodesOverCap()).as("one output left out").isEqualTo(1);
    assertThat(result.edges()).hasSize(result.limits().edgeCap());
    assertThat(result.limits().edgesOverCap())
        .as("src to each input, each input to each admitted output, less the cap")
        .isEqualTo(SIDE + (long) SIDE * (2000 - 1 - SIDE) - result.limits().edgeCap());
    assertThat(result.limits().countsExact()).isTrue();
    assertThat(millis).as("answered in %d ms", millis).isLessThan(1000);
    assertThat(graph.path(ds("src"), ds("out999")).orElseThrow().length()).isEqualTo(2);
    assertThat(
            graph
                .lineage(new LineageRequest(ds("out7"), Direction.UPSTREAM, 1, Level.DATASET, 2000))
                .nodes())
        .hasSize(SIDE + 1);
  }
}

package dev.meshlens.api.bench;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small run end to end: every row is printed with its figures, node sets agree; no speeds. */
class GraphBenchmarkTest {
  @TempDir Path dir;

  @Test
  void a_small_run_prints_every_row_and_the_node_sets_agree_with_sparql() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();

    GraphBenchReport report =
        GraphBenchmark.run(
            new GraphBenchmark.Options(
                3_000, 100, Duration.ofMillis(500), 40, 20, Duration.ofSeconds(10), 42, dir),
            new PrintStream(printed, true, UTF_8));

    String table = printed.toString(UTF_8);
    assertThat(table)
        .startsWith("Lineage graph: 2,961 dataset-to-dataset edges (936 datasets, 870 jobs; 2 hub")
        .contains("| metric", "| Meshlens", "| baseline", "| ratio", "| target", "| result")
        .containsPattern(
            "\\| edges added/s: graph built from the store \\(baseline: raw Jena, one TDB2 write"
                + " transaction\\) +\\| +[0-9,]+ \\| +[0-9,]+ \\| +[0-9.]+x \\|")
        .containsPattern(
            "\\| upstream: API p50, SPARQL's starts \\(baseline: SPARQL property path\\) +\\|"
                + " +[0-9.,]+ ms \\| +[0-9.,]+ ms \\| +[0-9.]+x faster \\| >= 3x faster +\\|"
                + " (PASS|MISS) +\\|")
        .containsPattern(
            "\\| downstream: API p99, all starts \\(baseline: in-memory BFS\\) +\\| +[0-9.,]+ ms"
                + " \\| +[0-9.,]+ ms \\| +[0-9.]+x \\| <= 25 ms +\\| (PASS|MISS) +\\|")
        .containsPattern(
            "\\| node sets: complete API answers = SPARQL closure +\\| +[0-9]+ of [0-9]+ \\|"
                + " +\\| +\\| the same nodes +\\| PASS +\\|")
        .contains(
            "edges added/s: graph built from the store (baseline: raw Jena, TDB2 phased loader)",
            "statements written: quads in the graph (baseline: raw Jena, the edges as triples)",
            "statements added/s: quads (baseline: raw Jena, triples in one write transaction)",
            "graph on disk (baseline: raw Jena, one write transaction)",
            "time to add the edges",
            "upstream: API p99, SPARQL's starts",
            "upstream: API p50, all starts",
            "upstream: API max, all starts",
            "upstream: API one request at a time, p50 / p99 (baseline: in process)",
            "upstream: API answer size, p50 / max",
            "upstream: in process, no HTTP, p50 / p99 (baseline: in-memory BFS)",
            "upstream: answers over the node cap (baseline: SPARQL timeouts)",
            "downstream: API p50, SPARQL's starts",
            "node sets: partial API answers within the SPARQL closure",
            "node sets: BFS without limits = SPARQL closure",
            "peak heap in use")
        .doesNotContain("node sets differ");
    assertThat(table.lines().filter(l -> l.startsWith("|"))).hasSize(2 + 6 + 2 * 9 + 3 + 1);
    NodeSets sets = report.nodeSets();
    assertThat(sets.queries()).as("20 starts each way").isEqualTo(40);
    assertThat(sets.sparqlTimedOut()).isZero();
    assertThat(sets.complete()).as("answers within depth 10 and the cap").isPositive();
    assertThat(sets.completeEqual()).isEqualTo(sets.complete());
    assertThat(sets.partialWithin()).isEqualTo(sets.partial());
    assertThat(sets.bfsEqual()).isEqualTo(40);
    assertThat(report.upstream().api().count()).as("100/s for half a second").isEqualTo(50);
    assertThat(report.downstream().apiAlone().count()).as("each start once").isEqualTo(40);
    assertThat(report.downstream().answerSizes().max())
        .as("a JSON answer of nodes and edges")
        .isGreaterThan(100);
    assertThat(report.build().quads())
        .as("every edge, and more: types, labels, used, generated")
        .isGreaterThan(report.shape().edges());
    assertThat(report.edgeRate()).isPositive();
    assertThat(report.rawEdgeRate()).isPositive();
  }

  @Test
  void the_catalog_stays_in_the_given_folder_and_is_reused() {
    GraphBenchmark.Options options =
        new GraphBenchmark.Options(
            1_000, 50, Duration.ofMillis(200), 20, 5, Duration.ofSeconds(10), 7, dir);

    GraphBenchReport first = GraphBenchmark.run(options);
    GraphBenchReport again = GraphBenchmark.run(options);

    assertThat(dir.resolve("catalog.db")).exists();
    assertThat(dir.resolve("lineage-graph")).isDirectory();
    assertThat(first.build().storeNanos()).isPositive();
    assertThat(again.build().storeNanos()).as("the catalog was reused").isZero();
    assertThat(again.shape().edges()).isEqualTo(first.shape().edges());
  }
}

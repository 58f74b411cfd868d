package dev.meshlens.lineage;

import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.ColumnLineage;
import dev.meshlens.catalog.model.JobLineage;
import dev.meshlens.catalog.sqlite.SqliteCatalogStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A real SQLite catalog store in a temporary folder for each test, and lineage helpers. */
abstract class StoreFixture {
  static final String SOURCE = "test:lineage";

  @TempDir Path dir;
  SqliteCatalogStore store;
  private final List<LineageGraph> opened = new ArrayList<>();

  @BeforeEach
  void openStore() {
    store = SqliteCatalogStore.open(dir.resolve("catalog.db"));
  }

  @AfterEach
  void closeStore() {
    opened.forEach(LineageGraph::close);
    store.close();
  }

  LineageGraph open() {
    return open("graph");
  }

  LineageGraph open(String folder) {
    LineageGraph graph = LineageGraph.open(store, dir.resolve(folder));
    opened.add(graph);
    return graph;
  }

  static Urn ds(String name) {
    return Urn.dataset("pg://db", name);
  }

  static Urn job(String name) {
    return Urn.job("etl", name);
  }

  /** Writes a job reading {@code inputs} and writing {@code outputs}. */
  void job(String name, List<Urn> inputs, List<Urn> outputs) {
    store.apply(
        Batch.builder(SOURCE)
            .upsert(job(name), new JobLineage(inputs, outputs, List.of()))
            .build());
  }

  /** Writes a job with column lineage. */
  void job(String name, List<Urn> inputs, List<Urn> outputs, List<ColumnLineage> columns) {
    store.apply(
        Batch.builder(SOURCE).upsert(job(name), new JobLineage(inputs, outputs, columns)).build());
  }

  void remove(Urn urn) {
    store.apply(Batch.builder(SOURCE).remove(urn).build());
  }

  static Set<Urn> urns(LineageResult result) {
    Set<Urn> urns = new TreeSet<>();
    result.nodes().forEach(n -> urns.add(n.urn()));
    return urns;
  }

  /** A copy of the graph's TDB2 dataset in memory. */
  static DatasetGraph snapshot(LineageGraph graph) {
    DatasetGraph copy = DatasetGraphFactory.createTxnMem();
    DatasetGraph source = graph.dataset().asDatasetGraph();
    Txn.executeRead(
        source, () -> Txn.executeWrite(copy, () -> source.find().forEachRemaining(copy::add)));
    return copy;
  }
}

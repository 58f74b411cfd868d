package dev.meshlens.lineage.index;

import dev.meshlens.catalog.Urn;
import dev.meshlens.lineage.rdf.Iris;
import dev.meshlens.lineage.rdf.Vocab;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * The in-memory adjacency index kept in step with the TDB2 graph: every asset graph written to TDB2
 * is applied here too ({@link #apply}), and a reopened graph rebuilds it from TDB2. It holds int
 * ids and arrays only (datasets and jobs as {@link Connectors}, columns and column lineage as
 * another), so traversals never touch TDB2 or the store. Readers share a read lock; applying takes
 * the write lock.
 */
public final class LineageIndex {
  final NodeTable nodes = new NodeTable();
  final Connectors datasets = new Connectors();
  final Connectors columns = new Connectors();
  private final Map<Integer, int[]> productOutputs = new HashMap<>();
  private final Map<Integer, IntList> exposedBy = new HashMap<>();
  private final Map<Integer, IntList> members = new HashMap<>();
  private final Map<Integer, int[]> declaredPii = new HashMap<>();
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

  /** Makes the index hold what {@code graph} says about {@code urn}; a null graph removes it. */
  public void apply(Urn urn, Graph graph) {
    lock.writeLock().lock();
    try {
      Graph g = graph == null ? Graph.emptyGraph : graph;
      Node self = Iris.node(urn);
      int id = nodes.intern(urn);
      nodes.name(id, GraphFacts.label(g, self));
      nodes.owners(id, ids(GraphFacts.objects(g, self, Vocab.WAS_ATTRIBUTED_TO)));
      switch (urn.type()) {
        case DATASET -> applyDataset(id, g, self);
        case JOB -> applyJob(id, g, self);
        case PRODUCT -> applyProduct(id, urn, g, self);
        default -> {}
      }
    } finally {
      lock.writeLock().unlock();
    }
  }

  private void applyDataset(int id, Graph g, Node self) {
    int oldProduct = nodes.product(id);
    if (oldProduct != NodeTable.NONE) {
      members.get(oldProduct).remove(id);
    }
    List<Urn> product = GraphFacts.objects(g, self, Vocab.IS_PART_OF);
    int productId = product.isEmpty() ? NodeTable.NONE : productNode(product.getFirst());
    nodes.product(id, productId);
    if (productId != NodeTable.NONE) {
      members.computeIfAbsent(productId, p -> new IntList()).add(id);
    }
    List<Urn> domain = GraphFacts.subjects(g, Vocab.HAS_DATASET, self);
    nodes.domain(id, domain.isEmpty() ? NodeTable.NONE : nodes.intern(domain.getFirst()));
    for (int column : declaredPii.getOrDefault(id, IntList.EMPTY)) {
      nodes.pii(column, false);
    }
    IntList pii = new IntList();
    for (Urn column : GraphFacts.objects(g, self, Vocab.HAS_COLUMN)) {
      int columnId = nodes.intern(column);
      Node node = Iris.node(column);
      nodes.name(columnId, GraphFacts.label(g, node));
      if (GraphFacts.isTrue(g, node, Vocab.PII)) {
        nodes.pii(columnId, true);
        pii.add(columnId);
      }
    }
    declaredPii.put(id, pii.toArray());
  }

  private void applyJob(int id, Graph g, Node self) {
    datasets.removeJob(id);
    columns.removeJob(id);
    int[] inputs = ids(GraphFacts.objects(g, self, Vocab.USED));
    int[] outputs = ids(GraphFacts.objects(g, self, Vocab.GENERATED));
    if (inputs.length > 0 && outputs.length > 0) {
      datasets.add(id, inputs, outputs, null);
    }
    GraphFacts.columnLineage(g)
        .forEach((target, entry) ->
            columns.add(
                id,
                ids(List.copyOf(entry.sources())),
                new int[] {nodes.intern(target)},
                entry.transformation()));
  }

  private void applyProduct(int id, Urn urn, Graph g, Node self) {
    nodes.domain(id, nodes.intern(urn.domainOfProduct()));
    for (int dataset : productOutputs.getOrDefault(id, IntList.EMPTY)) {
      exposedBy.get(dataset).remove(id);
    }
    int[] outputs = ids(GraphFacts.outputDatasets(g, self));
    for (int dataset : outputs) {
      exposedBy.computeIfAbsent(dataset, d -> new IntList(1)).add(id);
    }
    productOutputs.put(id, outputs);
  }

  private int productNode(Urn product) {
    int id = nodes.intern(product);
    if (nodes.domain(id) == NodeTable.NONE) {
      nodes.domain(id, nodes.intern(product.domainOfProduct()));
    }
    return id;
  }

  private int[] ids(List<Urn> urns) {
    int[] ids = new int[urns.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = nodes.intern(urns.get(i));
    }
    return ids;
  }

  /** Runs a query under the read lock. */
  <T> T read(Supplier<T> query) {
    lock.readLock().lock();
    try {
      return query.get();
    } finally {
      lock.readLock().unlock();
    }
  }

  /** The product a dataset belongs to (its membership, else a product serving it), or NONE. */
  int productOf(int dataset) {
    int product = nodes.product(dataset);
    if (product != NodeTable.NONE) {
      return product;
    }
    IntList serving = exposedBy.get(dataset);
    if (serving == null || serving.isEmpty()) {
      return NodeTable.NONE;
    }
    int first = serving.get(0);
    for (int i = 1; i < serving.size(); i++) {
      first = Math.min(first, serving.get(i));
    }
    return first;
  }

  /** The domain a dataset belongs to (its membership, else its product's), or NONE. */
  int domainOf(int dataset) {
    int domain = nodes.domain(dataset);
    if (domain != NodeTable.NONE) {
      return domain;
    }
    int product = productOf(dataset);
    return product == NodeTable.NONE ? NodeTable.NONE : nodes.domain(product);
  }

  /** A product's datasets: its members and the datasets its output ports serve. */
  int[] datasetsOf(int product) {
    IntList all = new IntList();
    IntList own = members.get(product);
    for (int i = 0; own != null && i < own.size(); i++) {
      all.add(own.get(i));
    }
    for (int dataset : productOutputs.getOrDefault(product, IntList.EMPTY)) {
      if (!all.contains(dataset)) {
        all.add(dataset);
      }
    }
    return all.toArray();
  }

  /** The id of a URN the index knows, or NONE. */
  int find(Urn urn) {
    return nodes.find(urn);
  }

  /** Whether the index knows the asset (live, or referenced by lineage). */
  public boolean knows(Urn urn) {
    return read(() -> nodes.find(urn) != NodeTable.NONE);
  }

  /** The number of dataset-level and column-level connectors, for logs. */
  public String size() {
    return read(() ->
        nodes.size()
            + " nodes, "
            + datasets.count()
            + " jobs, "
            + columns.count()
            + " column lineage entries");
  }
}

package dev.meshlens.lineage.index;

import dev.meshlens.catalog.Urn;
import dev.meshlens.lineage.rdf.Iris;
import dev.meshlens.lineage.rdf.Vocab;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * Reads what the lineage index needs out of one asset's named graph, so the index is built from
 * exactly what the TDB2 graph holds, whether it is being followed or reloaded.
 */
final class GraphFacts {
  private GraphFacts() {}

  /** One column lineage entry of a job: its source columns and transformation. */
  record ColumnSources(Set<Urn> sources, String transformation) {}

  static String label(Graph graph, Node subject) {
    List<Triple> found = graph.find(subject, Vocab.LABEL, Node.ANY).toList();
    return found.isEmpty() ? null : found.getFirst().getObject().getLiteralLexicalForm();
  }

  /** The assets {@code subject} links to with {@code predicate}, in a stable order. */
  static List<Urn> objects(Graph graph, Node subject, Node predicate) {
    Set<Urn> urns = new LinkedHashSet<>();
    graph
        .find(subject, predicate, Node.ANY)
        .forEach(t -> Iris.toUrn(t.getObject()).ifPresent(urns::add));
    return sorted(urns);
  }

  /** The assets that link to {@code object} with {@code predicate}. */
  static List<Urn> subjects(Graph graph, Node predicate, Node object) {
    Set<Urn> urns = new LinkedHashSet<>();
    graph
        .find(Node.ANY, predicate, object)
        .forEach(t -> Iris.toUrn(t.getSubject()).ifPresent(urns::add));
    return sorted(urns);
  }

  static boolean isTrue(Graph graph, Node subject, Node predicate) {
    return graph
        .find(subject, predicate, Node.ANY)
        .filterKeep(t -> t.getObject().isLiteral())
        .filterKeep(t -> "true".equals(t.getObject().getLiteralLexicalForm()))
        .hasNext();
  }

  /** A job's column lineage: each target column with its sources, from qualified derivations. */
  static Map<Urn, ColumnSources> columnLineage(Graph graph) {
    Map<Urn, ColumnSources> lineage = new LinkedHashMap<>();
    for (Triple t : graph.find(Node.ANY, Vocab.QUALIFIED_DERIVATION, Node.ANY).toList()) {
      Optional<Urn> target = Iris.toUrn(t.getSubject());
      Node derivation = t.getObject();
      List<Urn> sources = objects(graph, derivation, Vocab.PROV_ENTITY);
      if (target.isEmpty() || sources.isEmpty()) {
        continue;
      }
      List<Triple> transformation = graph.find(derivation, Vocab.TRANSFORMATION, Node.ANY).toList();
      String label =
          transformation.isEmpty()
              ? null
              : transformation.getFirst().getObject().getLiteralLexicalForm();
      ColumnSources entry =
          lineage.computeIfAbsent(
              target.get(), k -> new ColumnSources(new LinkedHashSet<>(), label));
      entry.sources().addAll(sources);
    }
    lineage.replaceAll(
        (k, v) -> new ColumnSources(new LinkedHashSet<>(sorted(v.sources())), v.transformation()));
    return lineage;
  }

  /** The datasets a product's output ports serve. */
  static List<Urn> outputDatasets(Graph graph, Node product) {
    Set<Urn> urns = new LinkedHashSet<>();
    for (Triple port : graph.find(product, Vocab.OUTPUT_PORT, Node.ANY).toList()) {
      graph
          .find(port.getObject(), Vocab.SERVES_DATASET, Node.ANY)
          .forEach(t -> Iris.toUrn(t.getObject()).ifPresent(urns::add));
    }
    return sorted(urns);
  }

  private static List<Urn> sorted(Set<Urn> urns) {
    List<Urn> list = new ArrayList<>(urns);
    list.sort(null);
    return list;
  }
}

package dev.meshlens.lineage.index;

import dev.meshlens.catalog.EntityType;
import dev.meshlens.catalog.Urn;
import dev.meshlens.lineage.InferredPii;
import dev.meshlens.lineage.ProductLink;
import dev.meshlens.lineage.rdf.Iris;
import dev.meshlens.lineage.rdf.Vocab;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;

/**
 * What the lineage graph derives across assets, as the triples of its derived graph: {@code
 * ml:consumesProduct} between products, and for each column that inherits PII the inferred tag
 * ({@code dcat:keyword "pii:inferred"}) with {@code ml:piiInferredFrom} naming each origin column.
 */
public final class DerivedFacts {
  private final LineageIndex index;

  public DerivedFacts(LineageIndex index) {
    this.index = index;
  }

  /** Every derived triple, in a stable order. */
  public Set<Triple> triples() {
    return index.read(() -> {
      Set<Triple> triples = new LinkedHashSet<>();
      long noDeadline = System.nanoTime() + Long.MAX_VALUE / 2;
      for (int product : products()) {
        for (ProductLink link : new ProductLinks(index, noDeadline).of(product).consumes()) {
          triples.add(
              Triple.create(
                  Iris.node(link.consumer()), Vocab.CONSUMES_PRODUCT, Iris.node(link.producer())));
        }
      }
      for (InferredPii pii : inferredPii()) {
        triples.add(
            Triple.create(
                Iris.node(pii.column()),
                Vocab.KEYWORD,
                NodeFactory.createLiteralString(InferredPii.TAG)));
        triples.add(
            Triple.create(
                Iris.node(pii.column()), Vocab.PII_INFERRED_FROM, Iris.node(pii.origin())));
      }
      return triples;
    });
  }

  private List<Integer> products() {
    List<Integer> products = new ArrayList<>();
    for (int id = 0; id < index.nodes.size(); id++) {
      if (index.nodes.type(id) == EntityType.PRODUCT) {
        products.add(id);
      }
    }
    return products;
  }

  /**
   * Every inherited PII, walking downstream from each column declared PII and not past another
   * (which is an origin of its own): the same pairs {@link PiiPropagation} finds upstream.
   */
  private List<InferredPii> inferredPii() {
    List<InferredPii> found = new ArrayList<>();
    Connectors graph = index.columns;
    for (int origin = 0; origin < index.nodes.size(); origin++) {
      if (!index.nodes.pii(origin)) {
        continue;
      }
      IntIntMap distance = new IntIntMap();
      distance.putIfAbsent(origin, 0);
      IntList queue = new IntList();
      queue.add(origin);
      Urn originUrn = index.nodes.urn(origin);
      for (int head = 0; head < queue.size(); head++) {
        int node = queue.get(head);
        IntList readers = graph.readers(node);
        for (int k = 0; readers != null && k < readers.size(); k++) {
          int c = readers.get(k);
          if (!PiiPropagation.carriesValues(graph.label(c))) {
            continue;
          }
          for (int target : graph.outputs(c)) {
            if (distance.putIfAbsent(target, distance.get(node) + 1)) {
              found.add(new InferredPii(index.nodes.urn(target), originUrn, distance.get(target)));
              if (!index.nodes.pii(target)) {
                queue.add(target);
              }
            }
          }
        }
      }
    }
    return found;
  }
}

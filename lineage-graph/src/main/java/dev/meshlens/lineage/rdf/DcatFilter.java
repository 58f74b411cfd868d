package dev.meshlens.lineage.rdf;

import dev.meshlens.catalog.Urn;
import dev.meshlens.lineage.Redaction;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;

/**
 * Leaves out of a DCAT export the datasets someone may not see: every statement about such a
 * dataset or pointing at it, then whatever only it pointed at (its contact points, a contract or
 * owner nobody else refers to), so nothing of it is left to read.
 */
public final class DcatFilter {
  private DcatFilter() {}

  /**
   * Removes from {@code model} the datasets {@code redaction} hides, as decided by a function that
   * reads the hidden set for the exported datasets' URNs.
   */
  public static Model without(Model model, Function<List<Urn>, Redaction> redactionOf) {
    Resource datasetType = model.createResource(Vocab.DCAT + "Dataset");
    List<Resource> datasets = model.listResourcesWithProperty(RDF.type, datasetType).toList();
    List<Urn> urns = new ArrayList<>();
    datasets.forEach(d -> Iris.toUrn(d.getURI()).ifPresent(urns::add));
    Redaction redaction = redactionOf.apply(urns);
    List<Resource> removed = new ArrayList<>();
    for (Resource dataset : datasets) {
      if (Iris.toUrn(dataset.getURI()).map(redaction::hides).orElse(false)) {
        removed.add(dataset);
      }
    }
    removeWithOrphans(model, removed);
    return model;
  }

  private static void removeWithOrphans(Model model, List<Resource> start) {
    List<Resource> queue = new ArrayList<>(start);
    Set<Resource> done = new HashSet<>();
    while (!queue.isEmpty()) {
      Resource r = queue.removeLast();
      if (!done.add(r)) {
        continue;
      }
      List<Statement> out = model.listStatements(r, null, (RDFNode) null).toList();
      model.remove(out);
      model.removeAll(null, null, r);
      for (Statement s : out) {
        if (s.getObject().isResource()
            && !s.getObject().equals(s.getSubject())
            && !model.contains(null, null, s.getObject())
            && !s.getPredicate().equals(RDF.type)) {
          queue.add(s.getObject().asResource());
        }
      }
    }
  }
}

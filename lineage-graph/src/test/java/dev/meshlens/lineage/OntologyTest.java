package dev.meshlens.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshlens.lineage.rdf.Vocab;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

class OntologyTest extends StoreFixture {

  static Graph ontology() {
    Graph graph = GraphFactory.createDefaultGraph();
    RDFParser.source(OntologyTest.class.getResourceAsStream("/ontology/meshlens.ttl"))
        .lang(Lang.TURTLE)
        .parse(graph);
    return graph;
  }

  @Test
  void every_meshlens_term_the_graph_uses_is_declared_in_the_ontology() {
    SmallMesh.write(store);
    LineageGraph graph = open();
    List<List<String>> used =
        Sparql.select(
            graph.dataset(),
            "SELECT DISTINCT ?term WHERE { { ?s ?term ?o } UNION { ?s a ?term } UNION"
                + " { GRAPH ?g { ?s ?term ?o } } FILTER(STRSTARTS(STR(?term), '"
                + Vocab.ML
                + "')) }");
    Graph ontology = ontology();
    Set<String> undeclared = new TreeSet<>();
    for (List<String> row : used) {
      Node term = NodeFactory.createURI(row.getFirst());
      if (!ontology.contains(term, Vocab.TYPE, Node.ANY)) {
        undeclared.add(row.getFirst());
      }
    }

    assertThat(used).as("the small mesh uses Meshlens terms").hasSizeGreaterThan(5);
    assertThat(undeclared).isEmpty();
  }
}

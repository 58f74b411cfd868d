package dev.meshlens.lineage.rdf;

import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.Owner;
import dev.meshlens.catalog.model.Ownership;
import dev.meshlens.catalog.model.Tag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;

/** Collects the triples describing one asset; literal helpers skip null and blank values. */
final class TripleSink {
  private final List<Triple> triples = new ArrayList<>();

  void add(Node subject, Node predicate, Node object) {
    triples.add(Triple.create(subject, predicate, object));
  }

  void text(Node subject, Node predicate, String value) {
    if (value != null && !value.isBlank()) {
      add(subject, predicate, NodeFactory.createLiteralString(value));
    }
  }

  void bool(Node subject, Node predicate, boolean value) {
    add(
        subject,
        predicate,
        NodeFactory.createLiteralDT(Boolean.toString(value), XSDDatatype.XSDboolean));
  }

  void time(Node subject, Node predicate, Instant value) {
    if (value != null) {
      add(
          subject,
          predicate,
          NodeFactory.createLiteralDT(value.toString(), XSDDatatype.XSDdateTime));
    }
  }

  /** The name shown for a resource: {@code rdfs:label}, and {@code dct:title} when asked. */
  void label(Node subject, String name, boolean title) {
    text(subject, Vocab.LABEL, name);
    if (title) {
      text(subject, Vocab.TITLE, name);
    }
  }

  void keywords(Node subject, List<Tag> tags) {
    tags.forEach(tag -> text(subject, Vocab.KEYWORD, tag.name()));
  }

  /**
   * Owners as PROV attribution, the DCAT 3 way: {@code prov:wasAttributedTo} each owner, and a
   * qualified {@code prov:Attribution} ({@code <asset>/attribution/<owner>}) naming the role with
   * {@code dcat:hadRole}.
   */
  void owners(Urn urn, Ownership ownership) {
    Node subject = Iris.node(urn);
    for (Owner owner : ownership.owners()) {
      Node agent = Iris.node(owner.owner());
      add(subject, Vocab.WAS_ATTRIBUTED_TO, agent);
      Node attribution = Iris.below(urn, "attribution", owner.owner().toString());
      add(subject, Vocab.QUALIFIED_ATTRIBUTION, attribution);
      add(attribution, Vocab.TYPE, Vocab.ATTRIBUTION);
      add(attribution, Vocab.PROV_AGENT, agent);
      add(attribution, Vocab.HAD_ROLE, role(owner.role()));
    }
  }

  /**
   * A type from a source's open list (a dataset's kind, a job's type, a check's type) as a SKOS
   * concept of a Meshlens scheme: {@code <subject> <predicate> ml:<scheme>/<value>}, the concept
   * labelled with the value and in the scheme. Case does not matter: {@code BATCH} and {@code
   * batch} are one concept, labelled in lower case.
   */
  void concept(Node subject, Node predicate, Node scheme, String value) {
    if (value == null || value.isBlank()) {
      return;
    }
    String label = value.trim().toLowerCase(Locale.ROOT);
    Node concept = NodeFactory.createURI(scheme.getURI() + "/" + Iris.segment(label));
    add(subject, predicate, concept);
    add(concept, Vocab.TYPE, Vocab.CONCEPT);
    text(concept, Vocab.PREF_LABEL, label);
    add(concept, Vocab.IN_SCHEME, scheme);
  }

  static Node role(String role) {
    return NodeFactory.createURI(Vocab.ML + "role/" + Iris.segment(role.toLowerCase(Locale.ROOT)));
  }

  List<Triple> triples() {
    return List.copyOf(triples);
  }
}

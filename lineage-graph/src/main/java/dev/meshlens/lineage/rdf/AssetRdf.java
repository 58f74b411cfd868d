package dev.meshlens.lineage.rdf;

import dev.meshlens.catalog.Asset;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.ContractInfo;
import dev.meshlens.catalog.model.DomainInfo;
import dev.meshlens.catalog.model.GlossaryTermInfo;
import dev.meshlens.catalog.model.Membership;
import dev.meshlens.catalog.model.OwnerInfo;
import dev.meshlens.catalog.model.Ownership;
import dev.meshlens.catalog.model.Tags;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;

/**
 * Describes one live asset in RDF: the triples of its named graph (the graph is named by the
 * asset's IRI). What is said depends on the type; see {@code docs/proposals/0004-lineage-graph.md}
 * for the mapping. The same asset always gives the same triples: there are no blank nodes, the
 * qualified attributions and derivations have IRIs below their asset's.
 */
public final class AssetRdf {
  private AssetRdf() {}

  /** The triples of a live asset's named graph. */
  public static List<Triple> describe(Asset asset, AssetFacts facts) {
    TripleSink out = new TripleSink();
    Urn urn = asset.urn();
    Node self = Iris.node(urn);
    asset.aspect(Ownership.class).ifPresent(o -> out.owners(urn, o));
    asset.aspect(Tags.class).ifPresent(t -> out.keywords(self, t.tags()));
    switch (urn.type()) {
      case DOMAIN -> domain(asset, self, out);
      case PRODUCT -> ProductRdf.describe(asset, self, out);
      case DATASET -> DatasetRdf.describe(asset, self, facts, out);
      case JOB -> JobRdf.describe(asset, self, facts, out);
      case OWNER -> owner(asset, self, out);
      case CONTRACT -> contract(asset, self, out);
      case TERM -> term(asset, self, out);
      case FIELD -> out.label(self, asset.displayName(), false);
    }
    return out.triples();
  }

  private static void domain(Asset asset, Node self, TripleSink out) {
    out.add(self, Vocab.TYPE, Vocab.CATALOG);
    out.add(self, Vocab.TYPE, Vocab.DOMAIN);
    out.add(Iris.ROOT_CATALOG, Vocab.HAS_CATALOG, self);
    out.label(self, asset.displayName(), true);
    asset
        .aspect(DomainInfo.class)
        .ifPresent(d -> out.text(self, Vocab.DESCRIPTION, d.description()));
  }

  private static void owner(Asset asset, Node self, TripleSink out) {
    out.add(self, Vocab.TYPE, Vocab.AGENT);
    out.label(self, asset.displayName(), false);
    asset
        .aspect(OwnerInfo.class)
        .ifPresent(o -> {
          out.add(
              self,
              Vocab.TYPE,
              o.kind() == OwnerInfo.OwnerKind.TEAM ? Vocab.ORGANIZATION : Vocab.PERSON);
          out.text(self, Vocab.NAME, o.name());
          if (o.email() != null && !o.email().isBlank()) {
            out.add(self, Vocab.MBOX, NodeFactory.createURI("mailto:" + o.email().trim()));
          }
          o.teams().forEach(team -> out.add(Iris.node(team), Vocab.MEMBER, self));
        });
  }

  private static void contract(Asset asset, Node self, TripleSink out) {
    out.add(self, Vocab.TYPE, NodeFactory.createURI(Vocab.DCT + "Standard"));
    out.label(self, asset.displayName(), true);
    asset
        .aspect(ContractInfo.class)
        .ifPresent(c -> {
          out.text(self, Vocab.DESCRIPTION, c.description());
          out.text(self, Vocab.LIFECYCLE_STATUS, c.status());
        });
  }

  private static void term(Asset asset, Node self, TripleSink out) {
    out.add(self, Vocab.TYPE, Vocab.CONCEPT);
    out.label(self, asset.displayName(), false);
    out.text(self, Vocab.PREF_LABEL, asset.displayName());
    asset
        .aspect(GlossaryTermInfo.class)
        .ifPresent(t -> out.text(self, Vocab.DESCRIPTION, t.definition()));
  }

  /** Membership: a domain catalog lists the asset, which is part of its product. */
  static void membership(Asset asset, Node self, TripleSink out) {
    asset
        .aspect(Membership.class)
        .ifPresent(m -> {
          out.add(Iris.node(m.domain()), Vocab.HAS_DATASET, self);
          if (m.product() != null) {
            out.add(self, Vocab.IS_PART_OF, Iris.node(m.product()));
          }
        });
  }
}

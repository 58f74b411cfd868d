package dev.meshlens.api.bench;

import dev.meshlens.catalog.Urn;
import java.util.Set;

/** Where the node sets compared with SPARQL come from: one lineage answer at depth 10. */
@FunctionalInterface
interface LineageAnswers {
  /** The nodes of one answer (the start included) and whether the answer left any out. */
  record Nodes(Set<Urn> urns, boolean truncated) {}

  Nodes nodes(Urn start, boolean upstream);
}

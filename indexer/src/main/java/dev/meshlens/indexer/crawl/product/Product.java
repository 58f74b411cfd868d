package dev.meshlens.indexer.crawl.product;

import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.Owner;
import dev.meshlens.catalog.model.Tag;
import java.nio.file.Path;
import java.util.List;

/** An ODPS product descriptor as read from one file, before its ports are linked to contracts. */
record Product(
    Path file,
    String domain,
    String id,
    String name,
    String description,
    String status,
    List<PortRef> inputPorts,
    List<PortRef> outputPorts,
    List<Owner> owners,
    List<Tag> tags) {

  Urn urn() {
    return Urn.product(domain, id);
  }

  /** A port as the descriptor states it: the contract is referenced by id. */
  record PortRef(String name, String version, String description, String contractId) {}
}

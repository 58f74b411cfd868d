package dev.meshlens.indexer.crawl.product;

import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.Owner;
import dev.meshlens.catalog.model.QualityCheck;
import dev.meshlens.catalog.model.Sla;
import dev.meshlens.catalog.model.Tag;
import java.nio.file.Path;
import java.util.List;

/** An ODCS contract as read from one file, before it is linked to its product. */
record Contract(
    Path file,
    String id,
    String name,
    String version,
    String status,
    String description,
    String domain,
    Sla sla,
    List<ContractDataset> datasets,
    List<Owner> owners,
    List<Tag> tags) {

  Urn urn() {
    return Urn.contract(id);
  }

  List<Urn> datasetUrns() {
    return datasets.stream().map(ContractDataset::urn).toList();
  }

  List<QualityCheck> qualityRules() {
    return datasets.stream().flatMap(d -> d.checks().stream()).toList();
  }
}

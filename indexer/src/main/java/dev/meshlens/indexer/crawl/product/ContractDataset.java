package dev.meshlens.indexer.crawl.product;

import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.DatasetInfo;
import dev.meshlens.catalog.model.QualityCheck;
import dev.meshlens.catalog.model.Schema;
import dev.meshlens.catalog.model.Tag;
import java.util.List;

/** A dataset a contract governs: one schema object, named from the contract's server. */
record ContractDataset(
    Urn urn,
    DatasetInfo info,
    Schema schema,
    List<Tag> tags,
    List<Urn> terms,
    List<QualityCheck> checks) {}

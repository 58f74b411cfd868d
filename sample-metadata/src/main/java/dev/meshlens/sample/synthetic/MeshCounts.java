package dev.meshlens.sample.synthetic;

import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.model.DatasetInfo;
import dev.meshlens.catalog.model.DomainInfo;
import dev.meshlens.catalog.model.JobLineage;
import dev.meshlens.catalog.model.OwnerInfo;
import dev.meshlens.catalog.model.ProductInfo;
import dev.meshlens.catalog.model.Schema;

/**
 * What a sequence of batches holds: batches and upserts, and the assets and facts among them
 * (lineage edges are job inputs; columns are schema fields).
 */
public record MeshCounts(
    long batches,
    long upserts,
    long domains,
    long owners,
    long products,
    long datasets,
    long columns,
    long jobs,
    long lineageEdges,
    long usageEvents) {

  public static final MeshCounts ZERO = new MeshCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

  /** The counts of one batch. */
  public static MeshCounts of(Batch batch) {
    long domains = 0;
    long owners = 0;
    long products = 0;
    long datasets = 0;
    long columns = 0;
    long jobs = 0;
    long edges = 0;
    for (Batch.Upsert upsert : batch.upserts()) {
      switch (upsert.aspect()) {
        case DomainInfo ignored -> domains++;
        case OwnerInfo ignored -> owners++;
        case ProductInfo ignored -> products++;
        case DatasetInfo ignored -> datasets++;
        case Schema schema -> columns += schema.fields().size();
        case JobLineage lineage -> {
          jobs++;
          edges += lineage.inputs().size();
        }
        default -> {}
      }
    }
    return new MeshCounts(
        1,
        batch.upserts().size(),
        domains,
        owners,
        products,
        datasets,
        columns,
        jobs,
        edges,
        batch.usage().size());
  }

  public MeshCounts plus(MeshCounts other) {
    return new MeshCounts(
        batches + other.batches,
        upserts + other.upserts,
        domains + other.domains,
        owners + other.owners,
        products + other.products,
        datasets + other.datasets,
        columns + other.columns,
        jobs + other.jobs,
        lineageEdges + other.lineageEdges,
        usageEvents + other.usageEvents);
  }
}

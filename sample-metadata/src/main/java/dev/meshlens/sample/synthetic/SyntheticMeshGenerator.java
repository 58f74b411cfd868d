package dev.meshlens.sample.synthetic;

import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.Urn;
import dev.meshlens.sample.synthetic.MeshLayout.DatasetSlot;
import dev.meshlens.sample.synthetic.SyntheticMeshConfig.Content;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Generates a synthetic mesh of any size as a lazy sequence of {@link Batch}es, each valid for a
 * {@link dev.meshlens.catalog.CatalogStore}. The same configuration gives the same batches, byte
 * for byte once serialized. Memory stays bounded: everything about a dataset is computed from its
 * index, so only the batch being built is held, however many datasets there are.
 *
 * <p>A full mesh ({@link Content#FULL_MESH}) has about one domain per 5,000 datasets (at least 3),
 * each with a team, one person per 1,000 datasets (at least 10), one data product per 50 datasets,
 * and datasets named like real tables and topics (snake_case or camelCase by platform) with typed,
 * mostly described columns, tags and a few personal-data columns. About nine datasets in ten are
 * written by a job that reads 1 to 3 earlier datasets, forming chains; a few hub datasets (see
 * {@link #hubs()}) are read by thousands of jobs once the mesh is large. Usage events follow a
 * Zipf-like popularity. The first batch holds the domains, teams and people; each further batch
 * holds {@code batchSize} datasets with their jobs, usage events, and the products whose last
 * dataset it holds. Every lineage input was emitted in an earlier or the same batch.
 */
public final class SyntheticMeshGenerator {
  private final SyntheticMeshConfig config;
  private final MeshLayout layout;
  private final MeshNames names;
  private final DatasetFactory datasets;
  private final LineageFactory lineage;
  private final UsageFactory usage;
  private final SkeletonFactory skeleton;
  private final String source;

  public SyntheticMeshGenerator(SyntheticMeshConfig config) {
    this.config = config;
    this.layout = new MeshLayout(config);
    this.names = new MeshNames(config, layout);
    this.datasets = new DatasetFactory(config, names);
    this.lineage = new LineageFactory(config, layout, names);
    this.usage = new UsageFactory(config, layout, names);
    this.skeleton = new SkeletonFactory(config, layout, names, lineage);
    this.source = "synthetic:seed-" + config.seed();
  }

  public SyntheticMeshConfig config() {
    return config;
  }

  /** The source name every batch carries. */
  public String source() {
    return source;
  }

  /** How many batches {@link #batches()} yields. */
  public int batchCount() {
    return config.datasetBatches() + (config.content() == Content.FULL_MESH ? 1 : 0);
  }

  /** The hub datasets, the shared tables many jobs read; they are in the first dataset batch. */
  public List<Urn> hubs() {
    return IntStream.range(0, layout.hubs()).mapToObj(names::datasetUrn).toList();
  }

  /** How many domains the mesh has. */
  public int domains() {
    return layout.domains();
  }

  /** The batches, generated one at a time as the stream is consumed. */
  public Stream<Batch> batches() {
    return StreamSupport.stream(
        Spliterators.spliterator(
            iterator(),
            batchCount(),
            Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE),
        false);
  }

  /** The batches, generated one at a time by {@code next()}. */
  public Iterator<Batch> iterator() {
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < batchCount();
      }

      @Override
      public Batch next() {
        if (!hasNext()) {
          throw new NoSuchElementException("all " + batchCount() + " batches were generated");
        }
        return batch(next++);
      }
    };
  }

  /** Hands each batch to {@code consumer} in order. */
  public void forEachBatch(Consumer<? super Batch> consumer) {
    iterator().forEachRemaining(consumer);
  }

  /** Batch {@code number} (0-based), computed on its own. */
  Batch batch(int number) {
    Batch.Builder batch = Batch.builder(source);
    if (config.content() == Content.FULL_MESH) {
      if (number == 0) {
        skeleton.addOrganisation(batch);
        return batch.build();
      }
      addDatasets(batch, number - 1, true);
    } else {
      addDatasets(batch, number, false);
    }
    return batch.build();
  }

  private void addDatasets(Batch.Builder batch, int datasetBatch, boolean fullMesh) {
    int start = datasetBatch * config.batchSize();
    int end = (int) Math.min(config.datasets(), (long) start + config.batchSize());
    for (int index = start; index < end; index++) {
      DatasetSlot dataset = layout.slot(index);
      Urn urn = names.datasetUrn(dataset);
      datasets.addTo(batch, dataset, urn);
      if (fullMesh) {
        lineage.addTo(batch, dataset, urn);
        usage.addTo(batch, dataset, urn);
        if (index == dataset.product().last()) {
          skeleton.addProduct(batch, dataset.product());
        }
      }
    }
  }
}

package dev.meshlens.sample.synthetic;

import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.ColumnLineage;
import dev.meshlens.catalog.model.JobInfo;
import dev.meshlens.catalog.model.JobLineage;
import dev.meshlens.catalog.model.Membership;
import dev.meshlens.sample.synthetic.MeshLayout.DatasetSlot;
import dev.meshlens.sample.synthetic.MeshLayout.ProductSlot;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Lineage as jobs: each dataset that is not a source is written by one job that reads 1 to 3
 * earlier datasets, mostly recent ones (so chains form, often within a product), sometimes any
 * earlier one, and in about one case in twenty a hub. Inputs always have a lower index than the
 * output, so they are emitted in an earlier or the same batch.
 */
final class LineageFactory {
  private static final long SALT_LINEAGE = 31;
  private static final int SOURCE_PERCENT = 10;
  private static final int HUB_PERCENT = 6;
  private static final int RECENT_PERCENT = 70;
  private static final double RECENT_MEAN_DISTANCE = 8.0;

  private final long seed;
  private final int columns;
  private final MeshLayout layout;
  private final MeshNames names;

  LineageFactory(SyntheticMeshConfig config, MeshLayout layout, MeshNames names) {
    this.seed = config.seed();
    this.columns = config.columnsPerDataset();
    this.layout = layout;
    this.names = names;
  }

  /** The indexes of the datasets the job writing {@code index} reads; empty for sources. */
  int[] inputs(int index) {
    if (index < layout.hubs()) {
      return new int[0];
    }
    SplittableRandom random = Hashing.random(seed, SALT_LINEAGE, index);
    if (random.nextInt(100) < SOURCE_PERCENT) {
      return new int[0];
    }
    int roll = random.nextInt(100);
    int wanted = roll < 55 ? 1 : roll < 85 ? 2 : 3;
    int[] inputs = new int[wanted];
    int count = 0;
    for (int attempt = 0; attempt < 2 * wanted && count < wanted; attempt++) {
      int candidate = pick(index, attempt == 0, random);
      if (!contains(inputs, count, candidate)) {
        inputs[count++] = candidate;
      }
    }
    return Arrays.copyOf(inputs, count);
  }

  private int pick(int index, boolean first, SplittableRandom random) {
    int roll = random.nextInt(100);
    if (first && roll < HUB_PERCENT) {
      return random.nextInt(layout.hubs());
    }
    if (roll < RECENT_PERCENT) {
      int distance = 1 + (int) (-RECENT_MEAN_DISTANCE * StrictMath.log(1.0 - random.nextDouble()));
      return index - distance >= 0 ? index - distance : random.nextInt(index);
    }
    return random.nextInt(index);
  }

  private static boolean contains(int[] values, int count, int value) {
    for (int i = 0; i < count; i++) {
      if (values[i] == value) {
        return true;
      }
    }
    return false;
  }

  /** Adds the job that writes the dataset, unless it is a source. */
  void addTo(Batch.Builder batch, DatasetSlot output, Urn outputUrn) {
    int[] inputs = inputs(output.index());
    if (inputs.length == 0) {
      return;
    }
    ProductSlot product = output.product();
    Platform platform = names.platform(product);
    String domainId = MeshNames.domainId(product.domain());
    String table = names.table(output);
    Urn job = jobUrn(platform, domainId, names.productId(product), table);
    List<Urn> inputUrns = new ArrayList<>(inputs.length);
    List<ColumnLineage> columnLineage = new ArrayList<>(inputs.length);
    for (int k = 0; k < inputs.length; k++) {
      DatasetSlot input = layout.slot(inputs[k]);
      Urn inputUrn = names.datasetUrn(input);
      inputUrns.add(inputUrn);
      columnLineage.add(
          new ColumnLineage(
              outputUrn.field(names.columnName(output, Math.min(k + 1, columns - 1))),
              List.of(inputUrn.field(names.columnName(input, Math.min(1, columns - 1)))),
              "TRANSFORMATION",
              null));
    }
    batch.upsert(job, jobInfo(platform, table, inputUrns));
    batch.upsert(job, new JobLineage(inputUrns, List.of(outputUrn), columnLineage));
    batch.upsert(
        job, new Membership(MeshNames.domainUrn(product.domain()), names.productUrn(product)));
  }

  private static Urn jobUrn(Platform platform, String domainId, String productId, String table) {
    return switch (platform) {
      case SNOWFLAKE ->
          Urn.job(
              "dbt://analytics_" + Spelling.snake(domainId),
              "model." + Spelling.snake(productId) + "." + table);
      case KAFKA ->
          Urn.job(
              "flink://flink." + domainId + ".acme.internal",
              productId + "." + Spelling.camel(table) + "Stream");
      default ->
          Urn.job(
              "airflow://airflow." + domainId + ".acme.internal", productId + ".build_" + table);
    };
  }

  private static JobInfo jobInfo(Platform platform, String table, List<Urn> inputs) {
    String description =
        "Builds "
            + table
            + " from "
            + inputs.size()
            + " upstream dataset"
            + (inputs.size() == 1 ? "" : "s")
            + ".";
    return switch (platform) {
      case SNOWFLAKE ->
          new JobInfo(description, "dbt-model", "select * from " + inputs.getFirst().localName());
      case KAFKA -> new JobInfo(description, "streaming", null);
      default -> new JobInfo(description, "batch", null);
    };
  }
}

package dev.meshlens.sample.bench.graph;

import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.DatasetInfo;
import dev.meshlens.catalog.model.JobLineage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

/**
 * A generated lineage graph, held as int ids: datasets in {@value LineageMeshConfig#LAYERS} layers
 * (dataset {@code id} is in layer {@code id / datasetsPerLayer}; the first {@link
 * LineageMeshConfig#hubDatasets()} of layer 0 are the hubs), and jobs, each with the ids it reads
 * and writes. A normal job of layer {@code l} reads one to three datasets of layer {@code l - 1}
 * (or, one time in three, {@code l - 2}), a hub one time in ten, and writes one or two datasets of
 * layer {@code l}; a hub job reads {@link LineageMeshConfig#hubJobSide()} datasets of one layer and
 * writes as many of the next. Inputs are always in lower layers than outputs, so the graph has no
 * cycles and no walk is longer than {@code LAYERS - 1} hops.
 *
 * <p>{@link #batches()} turns it into batches for a catalog store: the datasets (a {@link
 * DatasetInfo} each), then the jobs (a {@link JobLineage} each). {@link #edges()} are the distinct
 * dataset-to-dataset edges those jobs state, what {@code prov:wasDerivedFrom} says in the lineage
 * graph.
 */
public final class LineageMesh {
  public static final String SOURCE = "bench:lineage-mesh";
  private static final String NAMESPACE = "postgres://warehouse.bench.internal:5432";
  private static final String JOBS = "airflow://airflow.bench.internal";

  private final LineageMeshConfig config;
  private final int perLayer;
  private final int[][] inputs;
  private final int[][] outputs;
  private final long[] edges;

  private LineageMesh(LineageMeshConfig config, int[][] inputs, int[][] outputs) {
    this.config = config;
    this.perLayer = config.datasetsPerLayer();
    this.inputs = inputs;
    this.outputs = outputs;
    this.edges = distinctEdges(inputs, outputs);
  }

  /** Generates the graph of {@code config}; the same config gives the same graph. */
  public static LineageMesh generate(LineageMeshConfig config) {
    SplittableRandom random = new SplittableRandom(config.seed());
    int perLayer = config.datasetsPerLayer();
    int jobs = config.jobsPerLayer() * (LineageMeshConfig.LAYERS - 1) + config.hubJobs();
    int[][] in = new int[jobs][];
    int[][] out = new int[jobs][];
    int job = 0;
    for (int layer = 1; layer < LineageMeshConfig.LAYERS; layer++) {
      for (int j = 0; j < config.jobsPerLayer(); j++, job++) {
        IntSet reads = new IntSet();
        for (int k = 1 + random.nextInt(3); k > 0; k--) {
          int from = layer >= 2 && random.nextInt(3) == 0 ? layer - 2 : layer - 1;
          reads.add(from * perLayer + random.nextInt(perLayer));
        }
        if (random.nextInt(10) == 0) {
          reads.add(random.nextInt(config.hubDatasets()));
        }
        IntSet writes = new IntSet();
        for (int k = 1 + random.nextInt(2); k > 0; k--) {
          writes.add(layer * perLayer + random.nextInt(perLayer));
        }
        in[job] = reads.toArray();
        out[job] = writes.toArray();
      }
    }
    for (int h = 0; h < config.hubJobs(); h++, job++) {
      int layer = random.nextInt(LineageMeshConfig.LAYERS - 1);
      in[job] = distinct(random, layer * perLayer, perLayer, config.hubJobSide());
      out[job] = distinct(random, (layer + 1) * perLayer, perLayer, config.hubJobSide());
    }
    return new LineageMesh(config, in, out);
  }

  private static int[] distinct(SplittableRandom random, int first, int range, int count) {
    IntSet picked = new IntSet();
    while (picked.size() < Math.min(count, range)) {
      picked.add(first + random.nextInt(range));
    }
    return picked.toArray();
  }

  /** Each (output, input) pair of each job, as {@code output << 32 | input}, sorted, distinct. */
  private static long[] distinctEdges(int[][] inputs, int[][] outputs) {
    long pairs = 0;
    for (int j = 0; j < inputs.length; j++) {
      pairs += (long) inputs[j].length * outputs[j].length;
    }
    long[] all = new long[Math.toIntExact(pairs)];
    int n = 0;
    for (int j = 0; j < inputs.length; j++) {
      for (int o : outputs[j]) {
        for (int i : inputs[j]) {
          all[n++] = (long) o << 32 | i;
        }
      }
    }
    Arrays.sort(all);
    int distinct = 0;
    for (int k = 0; k < all.length; k++) {
      if (k == 0 || all[k] != all[k - 1]) {
        all[distinct++] = all[k];
      }
    }
    return Arrays.copyOf(all, distinct);
  }

  public LineageMeshConfig config() {
    return config;
  }

  /** The number of datasets; their ids are {@code 0} to {@code datasets() - 1}. */
  public int datasets() {
    return perLayer * LineageMeshConfig.LAYERS;
  }

  /** The number of jobs, hub jobs included (they come last). */
  public int jobs() {
    return inputs.length;
  }

  /** The distinct dataset-to-dataset edges, each {@code output << 32 | input}, sorted. */
  public long[] edges() {
    return edges.clone();
  }

  /** How many distinct edges there are. */
  public int edgeCount() {
    return edges.length;
  }

  /** The layer of a dataset. */
  public int layer(int dataset) {
    return dataset / perLayer;
  }

  /** The ids of the hub datasets. */
  public int[] hubs() {
    int[] hubs = new int[config.hubDatasets()];
    Arrays.setAll(hubs, i -> i);
    return hubs;
  }

  /** The datasets a job reads. */
  public int[] inputs(int job) {
    return inputs[job].clone();
  }

  /** The datasets a job writes. */
  public int[] outputs(int job) {
    return outputs[job].clone();
  }

  /** The URN of dataset {@code id}. */
  public Urn dataset(int id) {
    return id < config.hubDatasets()
        ? Urn.dataset(NAMESPACE, "core.hub_" + id)
        : Urn.dataset(NAMESPACE, "layer" + layer(id) + ".table_" + id % perLayer);
  }

  /** The URN of job {@code job}. */
  public Urn job(int job) {
    int normal = config.jobsPerLayer() * (LineageMeshConfig.LAYERS - 1);
    return job < normal
        ? Urn.job(JOBS, "layer" + (1 + job / config.jobsPerLayer()) + ".build_" + job)
        : Urn.job(JOBS, "hub.fan_out_" + (job - normal));
  }

  /** How many batches {@link #batches()} yields. */
  public int batchCount() {
    return ceilDiv(datasets()) + ceilDiv(jobs());
  }

  private int ceilDiv(int assets) {
    return (assets + config.batchSize() - 1) / config.batchSize();
  }

  /** The batches: the datasets, then the jobs, {@code batchSize} assets each, built as consumed. */
  public Iterator<Batch> batches() {
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

  private Batch batch(int number) {
    Batch.Builder batch = Batch.builder(SOURCE);
    int datasetBatches = ceilDiv(datasets());
    boolean jobBatch = number >= datasetBatches;
    int first = (jobBatch ? number - datasetBatches : number) * config.batchSize();
    int end = Math.min(jobBatch ? jobs() : datasets(), first + config.batchSize());
    for (int id = first; id < end; id++) {
      if (jobBatch) {
        batch.upsert(job(id), new JobLineage(urns(inputs[id]), urns(outputs[id]), List.of()));
      } else {
        Urn urn = dataset(id);
        batch.upsert(
            urn, new DatasetInfo(urn.localName(), null, "postgres", "table", null, null, null));
      }
    }
    return batch.build();
  }

  private List<Urn> urns(int[] ids) {
    List<Urn> urns = new ArrayList<>(ids.length);
    for (int id : ids) {
      urns.add(dataset(id));
    }
    return urns;
  }

  /** A small set of ints in insertion order (a job's inputs or outputs). */
  private static final class IntSet {
    private int[] values = new int[4];
    private int size;

    void add(int value) {
      for (int i = 0; i < size; i++) {
        if (values[i] == value) {
          return;
        }
      }
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    int size() {
      return size;
    }

    int[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }
}

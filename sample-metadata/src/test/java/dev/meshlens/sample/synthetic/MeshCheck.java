package dev.meshlens.sample.synthetic;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.BatchValidator;
import dev.meshlens.catalog.EntityType;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.ColumnLineage;
import dev.meshlens.catalog.model.DatasetInfo;
import dev.meshlens.catalog.model.JobLineage;
import dev.meshlens.catalog.model.UsageEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Checks a stream of batches as it passes: each batch is valid, and every dataset that lineage or
 * usage refers to was emitted in an earlier or the same batch. Remembers emitted datasets as 64-bit
 * fingerprints so that it stays small, and counts the jobs reading each hub.
 */
final class MeshCheck implements Consumer<Batch> {
  private static final int MAX_PROBLEMS = 20;

  private final Set<Long> emitted = new HashSet<>();
  private final Map<Urn, Integer> hubReaders = new HashMap<>();
  private final List<String> problems = new ArrayList<>();
  private MeshCounts counts = MeshCounts.ZERO;
  private long duplicateDatasets;

  MeshCheck(List<Urn> hubs) {
    hubs.forEach(hub -> hubReaders.put(hub, 0));
  }

  @Override
  public void accept(Batch batch) {
    counts = counts.plus(MeshCounts.of(batch));
    BatchValidator.validate(batch).forEach(v -> problem("invalid batch: " + v));
    for (Batch.Upsert upsert : batch.upserts()) {
      if (upsert.urn().type() == EntityType.DATASET
          && upsert.aspect() instanceof DatasetInfo
          && !emitted.add(fingerprint(upsert.urn()))) {
        duplicateDatasets++;
      }
    }
    for (Batch.Upsert upsert : batch.upserts()) {
      if (upsert.aspect() instanceof JobLineage lineage) {
        checkLineage(upsert.urn(), lineage);
      }
    }
    for (UsageEvent event : batch.usage()) {
      requireEmitted(event.dataset(), "usage event");
    }
  }

  private void checkLineage(Urn job, JobLineage lineage) {
    for (Urn input : lineage.inputs()) {
      requireEmitted(input, "input of " + job);
      hubReaders.computeIfPresent(input, (hub, readers) -> readers + 1);
    }
    lineage.outputs().forEach(output -> requireEmitted(output, "output of " + job));
    for (ColumnLineage column : lineage.columns()) {
      requireEmitted(column.target().dataset(), "column lineage target of " + job);
      column.sources().forEach(s -> requireEmitted(s.dataset(), "column source of " + job));
    }
  }

  private void requireEmitted(Urn dataset, String role) {
    if (!emitted.contains(fingerprint(dataset))) {
      problem(role + " " + dataset + " was not emitted before");
    }
  }

  private void problem(String message) {
    if (problems.size() < MAX_PROBLEMS) {
      problems.add(message);
    }
  }

  /** 64-bit FNV-1a of the URN's UTF-8 bytes. */
  private static long fingerprint(Urn urn) {
    long hash = 0xcbf29ce484222325L;
    for (byte b : urn.toString().getBytes(UTF_8)) {
      hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
    }
    return hash;
  }

  List<String> problems() {
    return problems;
  }

  MeshCounts counts() {
    return counts;
  }

  long distinctDatasets() {
    return emitted.size();
  }

  long duplicateDatasets() {
    return duplicateDatasets;
  }

  /** How many jobs read each hub. */
  Map<Urn, Integer> hubReaders() {
    return hubReaders;
  }
}

package dev.meshlens.sample.synthetic;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.json.BatchParser;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Iterator;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Generates a mesh of 200,000 datasets, checks every batch as it passes and measures the heap in
 * use after a full GC along the way: what grows is the checker's own set of dataset fingerprints,
 * not the generator, which holds one batch at a time.
 */
class BoundedMemoryTest {
  private static final Logger LOG = LoggerFactory.getLogger(BoundedMemoryTest.class);
  private static final int DATASETS = 200_000;
  private static final long MIB = 1024 * 1024;

  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private long firstHeap;
  private long maxHeap;

  @Test
  void two_hundred_thousand_datasets_stream_through_a_bounded_heap() throws Exception {
    SyntheticMeshGenerator generator = new SyntheticMeshGenerator(SyntheticMeshConfig.of(DATASETS));
    MeshCheck check = new MeshCheck(generator.hubs());
    BatchParser parser = new BatchParser();
    MessageDigest digest = sha256();
    int batchNumber = 0;
    for (Iterator<Batch> batches = generator.iterator(); batches.hasNext(); batchNumber++) {
      Batch batch = batches.next();
      check.accept(batch);
      digest.update((parser.toJson(batch) + "\n").getBytes(UTF_8));
      if (batchNumber % 50 == 10) {
        sampleHeap(batchNumber);
      }
    }
    sampleHeap(batchNumber);
    LOG.info(
        "Generated {} datasets; hub readers {}", check.counts().datasets(), check.hubReaders());

    assertThat(check.problems()).isEmpty();
    assertThat(check.counts().datasets()).isEqualTo(DATASETS);
    assertThat(check.distinctDatasets()).isEqualTo(DATASETS);
    assertThat(check.counts().columns()).isEqualTo(10L * DATASETS);
    assertThat(check.counts().batches()).isEqualTo(201);
    assertThat(check.hubReaders()).hasSize(3);
    assertThat(check.hubReaders().values()).allSatisfy(r -> assertThat(r).isGreaterThan(1_000));
    assertThat(maxHeap - firstHeap)
        .as("heap growth, in bytes, from batch 10 to the end (the checker's set included)")
        .isLessThan(64 * MIB);
    assertThat(writtenDigest(generator))
        .as("the writer's bytes equal those checked, so the same seed gives the same bytes")
        .isEqualTo(digest.digest());
  }

  /** Measures the heap in use after a full GC. */
  private void sampleHeap(int batchNumber) {
    memory.gc();
    long used = memory.getHeapMemoryUsage().getUsed();
    firstHeap = firstHeap == 0 ? used : firstHeap;
    maxHeap = Math.max(maxHeap, used);
    LOG.info("After {} batches: {} MiB of heap in use after GC", batchNumber, used / MIB);
  }

  private static byte[] writtenDigest(SyntheticMeshGenerator generator) throws IOException {
    MessageDigest digest = sha256();
    try (OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
      new NdjsonMeshWriter().write(new SyntheticMeshGenerator(generator.config()), out);
    }
    return digest.digest();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

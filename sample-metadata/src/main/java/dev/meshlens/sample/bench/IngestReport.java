package dev.meshlens.sample.bench;

import static dev.meshlens.sample.bench.BenchTable.number;
import static dev.meshlens.sample.bench.BenchTable.ratio;
import static dev.meshlens.sample.bench.BenchTable.verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The outcome of an ingest benchmark: both measurements and the table comparing them with the
 * targets (write rate at least half the raw JDBC rate, 1,000,000 datasets in under 5 minutes, heap
 * at most 1 GiB).
 */
public record IngestReport(
    IngestBenchmark.Options options,
    long maxHeapBytes,
    IngestMeasurement store,
    IngestMeasurement baseline) {
  public static final double MIN_RATIO = 0.5;
  public static final long TARGET_DATASETS = 1_000_000;
  public static final double TARGET_SECONDS = 300;
  public static final long MAX_HEAP_BYTES = 1L << 30;
  private static final double MIB = 1 << 20;

  static final List<String> HEADER =
      List.of("metric", "Meshlens", "raw JDBC", "ratio (Meshlens / raw)", "target", "result");

  public double writeRatio() {
    return store.writeRate() / baseline.writeRate();
  }

  /** Our wall time scaled linearly to {@value #TARGET_DATASETS} datasets. */
  public double projectedSeconds() {
    return store.wallSeconds() * TARGET_DATASETS / Math.max(1, store.datasets());
  }

  public boolean allTargetsMet() {
    return writeRatio() >= MIN_RATIO
        && projectedSeconds() < TARGET_SECONDS
        && store.peakHeapBytes() <= MAX_HEAP_BYTES;
  }

  public List<BenchRow> rows() {
    List<BenchRow> rows = new ArrayList<>();
    rows.add(
        new BenchRow(
            "datasets/s, write path",
            number(store.writeRate()),
            number(baseline.writeRate()),
            ratio(writeRatio()),
            ">= " + MIN_RATIO + "x raw JDBC",
            verdict(writeRatio() >= MIN_RATIO)));
    rows.add(compare("datasets/s, end to end", store.wallRate(), baseline.wallRate(), "%,.0f"));
    rows.addAll(timeRows());
    rows.add(heapRow());
    rows.add(
        new BenchRow(
            "GC collections / time",
            store.gcCount() + " / " + seconds(store.gcMillis()),
            baseline.gcCount() + " / " + seconds(baseline.gcMillis()),
            baseline.gcMillis() == 0 ? "-" : ratio((double) store.gcMillis() / baseline.gcMillis()),
            "",
            ""));
    rows.add(
        compare("database size", store.fileBytes() / MIB, baseline.fileBytes() / MIB, "%,.0f MiB"));
    return rows;
  }

  /** The time taken; with a target when the run had the target's size, else projected to it. */
  private List<BenchRow> timeRows() {
    String target = String.format(Locale.ROOT, "< %,.0f s", TARGET_SECONDS);
    BenchRow measured =
        compare(
            String.format(Locale.ROOT, "time for %,d datasets", store.datasets()),
            store.wallSeconds(),
            baseline.wallSeconds(),
            "%,.1f s");
    if (store.datasets() == TARGET_DATASETS) {
      return List.of(
          new BenchRow(
              measured.metric(),
              measured.ours(),
              measured.baseline(),
              measured.ratio(),
              target,
              verdict(projectedSeconds() < TARGET_SECONDS)));
    }
    double baselineProjected =
        baseline.wallSeconds() * TARGET_DATASETS / Math.max(1, baseline.datasets());
    BenchRow projected =
        new BenchRow(
            String.format(Locale.ROOT, "time for %,d (projected linearly)", TARGET_DATASETS),
            String.format(Locale.ROOT, "%,.0f s", projectedSeconds()),
            String.format(Locale.ROOT, "%,.0f s", baselineProjected),
            ratio(projectedSeconds() / baselineProjected),
            target,
            verdict(projectedSeconds() < TARGET_SECONDS));
    return List.of(measured, projected);
  }

  private BenchRow heapRow() {
    boolean ok = store.peakHeapBytes() <= MAX_HEAP_BYTES;
    return new BenchRow(
        "peak heap in use",
        String.format(Locale.ROOT, "%,.0f MiB", store.peakHeapBytes() / MIB),
        String.format(Locale.ROOT, "%,.0f MiB", baseline.peakHeapBytes() / MIB),
        ratio((double) store.peakHeapBytes() / Math.max(1, baseline.peakHeapBytes())),
        String.format(Locale.ROOT, "<= %,.0f MiB", MAX_HEAP_BYTES / MIB),
        verdict(ok));
  }

  private static BenchRow compare(String metric, double ours, double theirs, String format) {
    return new BenchRow(
        metric,
        String.format(Locale.ROOT, format, ours),
        String.format(Locale.ROOT, format, theirs),
        ratio(ours / theirs),
        "",
        "");
  }

  /** The table as Markdown, under a line saying what was run. */
  public String table() {
    return BenchTable.render(headline(), HEADER, rows());
  }

  private String headline() {
    return String.format(
        Locale.ROOT,
        "Store ingest: %,d datasets x %d columns in batches of %,d (seed %d); max heap %,.0f MiB;"
            + " Java %s",
        store.datasets(),
        options.columns(),
        options.batchSize(),
        options.seed(),
        maxHeapBytes / MIB,
        Runtime.version().feature());
  }

  private static String seconds(long millis) {
    return BenchTable.seconds(millis / 1000.0);
  }
}

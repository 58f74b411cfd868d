package dev.meshlens.api.bench;

import static dev.meshlens.sample.bench.BenchTable.number;
import static dev.meshlens.sample.bench.BenchTable.ratio;
import static dev.meshlens.sample.bench.BenchTable.seconds;
import static dev.meshlens.sample.bench.BenchTable.verdict;

import dev.meshlens.catalog.health.RecomputeSummary;
import dev.meshlens.sample.bench.BenchRow;
import dev.meshlens.sample.bench.BenchTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The outcome of a health benchmark: the catalog write, the recompute of every score next to the
 * raw JDBC aggregation of the same facts, the snapshots written, disk and heap; against the target
 * of recomputing all in under 2 minutes.
 */
public record HealthBenchReport(
    HealthBenchmark.Options options,
    HealthBenchmark.Ingest ingest,
    HealthBenchmark.Recompute recompute,
    HealthBenchmark.Baseline baseline,
    double loadBefore,
    double loadAfter,
    long maxHeap) {
  public static final double MAX_SECONDS = 120;
  static final List<String> HEADER =
      List.of("metric", "Meshlens", "raw JDBC aggregation", "ratio", "target", "result");
  private static final double MIB = 1 << 20;

  public double recomputeSeconds() {
    return recompute.summary().took().toNanos() / 1e9;
  }

  public boolean allTargetsMet() {
    return recomputeSeconds() < MAX_SECONDS;
  }

  public List<BenchRow> rows() {
    RecomputeSummary s = recompute.summary();
    double baselineSeconds = baseline.nanos() / 1e9;
    List<BenchRow> rows = new ArrayList<>();
    rows.add(
        BenchRow.of(
            "catalog: generated and ingested",
            ingest.reused() ? "reused" : seconds(ingest.nanos() / 1e9),
            "",
            ""));
    rows.add(
        new BenchRow(
            "recompute all scores: time",
            seconds(recomputeSeconds()),
            seconds(baselineSeconds),
            ratio(recomputeSeconds() / baselineSeconds),
            "< " + seconds(MAX_SECONDS),
            verdict(allTargetsMet())));
    rows.add(
        BenchRow.of(
            "datasets / s",
            number(s.datasets() / recomputeSeconds()),
            number(s.datasets() / baselineSeconds),
            ratio(baselineSeconds / recomputeSeconds())));
    rows.add(
        BenchRow.of(
            "scored: datasets / products / domains",
            number(s.datasets()) + " / " + number(s.products()) + " / " + number(s.domains()),
            number(baseline.rows()) + " rows read",
            ""));
    rows.add(
        BenchRow.of("snapshot rows written (one per asset per day)", number(s.rows()), "none", ""));
    rows.add(
        BenchRow.of(
            "snapshot payload: total / per row",
            mib(recompute.snapshotPayloadBytes())
                + " / "
                + number((double) recompute.snapshotPayloadBytes() / Math.max(1, s.rows()))
                + " B",
            "",
            ""));
    rows.add(BenchRow.of("catalog on disk after", mib(recompute.catalogBytes()), "", ""));
    rows.add(
        BenchRow.of(
            "peak heap in use (recompute) / max heap",
            mib(recompute.peakHeap()) + " / " + mib(maxHeap),
            "",
            ""));
    rows.add(
        BenchRow.of(
            "machine load average, 1 min (before, after)",
            String.format(Locale.ROOT, "%.1f, %.1f", loadBefore, loadAfter),
            "",
            ""));
    return rows;
  }

  public String table() {
    return BenchTable.render(
        String.format(
            Locale.ROOT,
            "Health scores: recompute all for %,d datasets (seed %d)",
            options.datasets(),
            options.seed()),
        HEADER,
        rows());
  }

  private static String mib(long bytes) {
    return String.format(Locale.ROOT, "%.1f MiB", bytes / MIB);
  }
}

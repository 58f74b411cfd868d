package dev.meshlens.api.bench;

import static dev.meshlens.sample.bench.BenchTable.number;
import static dev.meshlens.sample.bench.BenchTable.ratio;
import static dev.meshlens.sample.bench.BenchTable.seconds;
import static dev.meshlens.sample.bench.BenchTable.verdict;

import dev.meshlens.sample.bench.BenchRow;
import dev.meshlens.sample.bench.BenchTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The outcome of a profile benchmark: the catalog, the server start, profile reads over HTTP next
 * to the raw JDBC reads of the same facts, one at a time and under load, the time of each part of a
 * profile, and the heap; against the target p99 of 20 ms over HTTP.
 */
public record ProfileBenchReport(
    ProfileBenchmark.Options options,
    ProfileBenchmark.Ingest ingest,
    long startNanos,
    ProfileLoad.Measured measured,
    long peakHeap,
    long maxHeap) {
  public static final double MAX_P99_MILLIS = 20;
  static final List<String> HEADER =
      List.of("metric", "over HTTP", "raw JDBC reads", "ratio (HTTP / raw)", "target", "result");
  private static final double MIB = 1 << 20;

  public Latencies http() {
    return Latencies.of(measured.http().nanos());
  }

  public Latencies raw() {
    return Latencies.of(measured.raw().nanos());
  }

  public boolean allTargetsMet() {
    return http().p99Millis() <= MAX_P99_MILLIS;
  }

  public List<BenchRow> rows() {
    ProfileLoad.Catalog catalog = measured.catalog();
    List<BenchRow> rows = new ArrayList<>();
    rows.add(
        BenchRow.of(
            "catalog: datasets / jobs",
            number(catalog.datasets()) + " / " + number(catalog.jobs()),
            "",
            ""));
    rows.add(
        BenchRow.of(
            "catalog: usage events / runs / quality results",
            number(catalog.usageEvents())
                + " / "
                + number(catalog.runs())
                + " / "
                + number(catalog.qualityResults()),
            "",
            ""));
    rows.add(
        BenchRow.of(
            "catalog: generated and ingested",
            ingest.reused() ? "reused" : seconds(ingest.nanos() / 1e9),
            "",
            ""));
    rows.add(
        BenchRow.of(
            "server start (search index, lineage graph catch up)",
            seconds(startNanos / 1e9),
            "",
            ""));
    Latencies http = http();
    Latencies raw = raw();
    rows.add(
        BenchRow.of(
            "profile p50",
            millis(http.p50Millis()),
            millis(raw.p50Millis()),
            ratio(http.p50Millis() / raw.p50Millis())));
    rows.add(
        new BenchRow(
            "profile p99",
            millis(http.p99Millis()),
            millis(raw.p99Millis()),
            ratio(http.p99Millis() / raw.p99Millis()),
            "<= " + millis(MAX_P99_MILLIS) + " over HTTP",
            verdict(http.p99Millis() <= MAX_P99_MILLIS)));
    rows.add(
        BenchRow.of(
            "profile max",
            millis(http.maxMillis()),
            millis(raw.maxMillis()),
            ratio(http.maxMillis() / raw.maxMillis())));
    rows.add(
        BenchRow.of(
            "profiles answered / per second",
            throughput(measured.http()),
            throughput(measured.raw()),
            ""));
    Latencies alone = Latencies.of(measured.alone());
    rows.add(
        BenchRow.of(
            "one profile at a time, no load: p50 / p99",
            millis(alone.p50Millis()) + " / " + millis(alone.p99Millis()),
            "",
            ""));
    rows.add(
        BenchRow.of("profile size, median", number(measured.medianBytes()) + " bytes", "", ""));
    measured
        .medianSectionNanos()
        .forEach((part, nanos) ->
            rows.add(BenchRow.of("part in process, median: " + part, millis(nanos / 1e6), "", "")));
    rows.add(
        BenchRow.of(
            "machine load average, 1 min (before, after the loads)",
            String.format(Locale.ROOT, "%.1f, %.1f", measured.loadBefore(), measured.loadAfter()),
            "",
            ""));
    rows.add(BenchRow.of("peak heap in use (serving)", mib(peakHeap), "", ""));
    return rows;
  }

  private static String throughput(Load.Result result) {
    int count = result.nanos().length;
    return number(count)
        + " / "
        + String.format(Locale.ROOT, "%.1f", count / (result.wallNanos() / 1e9));
  }

  /** The table as Markdown, under a line saying what was run. */
  public String table() {
    return BenchTable.render(headline(), HEADER, rows());
  }

  private String headline() {
    return String.format(
        Locale.ROOT,
        "Profiles: %,d datasets x %d columns (seed %d); %,.0f profiles/s offered for %s, open loop,"
            + " %d connections, %d random datasets; max heap %s; Java %s",
        options.datasets(),
        options.columns(),
        options.seed(),
        options.rate(),
        seconds(options.duration().toMillis() / 1e3),
        ProfileLoad.CLIENTS,
        measured.samples(),
        mib(maxHeap),
        Runtime.version().feature());
  }

  private static String millis(double millis) {
    return String.format(Locale.ROOT, millis < 10 ? "%.2f ms" : "%.1f ms", millis);
  }

  private static String mib(long bytes) {
    return String.format(Locale.ROOT, "%,.0f MiB", bytes / MIB);
  }
}

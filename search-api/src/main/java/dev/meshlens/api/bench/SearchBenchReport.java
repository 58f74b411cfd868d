package dev.meshlens.api.bench;

import static dev.meshlens.sample.bench.BenchTable.number;
import static dev.meshlens.sample.bench.BenchTable.ratio;
import static dev.meshlens.sample.bench.BenchTable.seconds;
import static dev.meshlens.sample.bench.BenchTable.verdict;

import dev.meshlens.api.bench.BenchQuery.Kind;
import dev.meshlens.sample.bench.BenchRow;
import dev.meshlens.sample.bench.BenchTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The outcome of a search benchmark: the index build, searches over HTTP next to the same searches
 * on the raw searcher (in all and by kind), autocomplete, and the heap; against the targets.
 */
public record SearchBenchReport(
    SearchBenchmark.Options options,
    SearchBenchmark.Ingest ingest,
    SearchBenchmark.Build build,
    SearchLoad.Measured measured,
    long servingPeakHeap,
    long maxHeap) {
  public static final double MAX_P50_MILLIS = 10;
  public static final double MAX_P99_MILLIS = 50;
  public static final double MAX_RAW_FACTOR = 3;
  public static final double RAW_ALLOWANCE_MILLIS = 5;
  public static final double MAX_SUGGEST_P99_MILLIS = 15;
  public static final long MAX_HEAP = 4L << 30;
  static final List<String> HEADER =
      List.of("metric", "over HTTP", "raw IndexSearcher", "ratio (HTTP / raw)", "target", "result");
  private static final double MIB = 1 << 20;

  public Latencies http() {
    return Latencies.of(measured.http().nanos());
  }

  public Latencies raw() {
    return Latencies.of(measured.raw().nanos());
  }

  /** Autocomplete latencies, or null when the server has no autocomplete. */
  public Latencies suggest() {
    return measured.suggest() == null ? null : Latencies.of(measured.suggest().nanos());
  }

  public double rawP99Allowance() {
    return MAX_RAW_FACTOR * raw().p99Millis() + RAW_ALLOWANCE_MILLIS;
  }

  public long peakHeap() {
    return Math.max(build.peakHeap(), servingPeakHeap);
  }

  /** Every target met; an autocomplete that is not available does not meet its target. */
  public boolean allTargetsMet() {
    return http().p50Millis() <= MAX_P50_MILLIS
        && http().p99Millis() <= MAX_P99_MILLIS
        && http().p99Millis() <= rawP99Allowance()
        && suggest() != null
        && suggest().p99Millis() <= MAX_SUGGEST_P99_MILLIS
        && peakHeap() <= MAX_HEAP;
  }

  public List<BenchRow> rows() {
    List<BenchRow> rows = new ArrayList<>(buildRows());
    Latencies http = http();
    Latencies raw = raw();
    rows.add(latency("search p50", http.p50Millis(), raw.p50Millis(), MAX_P50_MILLIS));
    rows.add(latency("search p99", http.p99Millis(), raw.p99Millis(), MAX_P99_MILLIS));
    rows.add(
        new BenchRow(
            "search p99 against raw p99",
            millis(http.p99Millis()),
            millis(raw.p99Millis()),
            ratio(http.p99Millis() / raw.p99Millis()),
            String.format(Locale.ROOT, "<= 3x raw + 5 ms = %.1f ms", rawP99Allowance()),
            verdict(http.p99Millis() <= rawP99Allowance())));
    rows.add(
        BenchRow.of(
            "search max",
            millis(http.maxMillis()),
            millis(raw.maxMillis()),
            ratio(http.maxMillis() / raw.maxMillis())));
    rows.add(
        BenchRow.of(
            "searches answered / per second",
            throughput(measured.http()),
            throughput(measured.raw()),
            ""));
    SearchLoad.OneAtATime alone = measured.alone();
    rows.add(
        pair(
            "one search at a time, no load: p50 / p99",
            Latencies.of(alone.http()),
            Latencies.of(alone.raw())));
    rows.add(
        pair(
            "engine in process, one at a time: p50 / p99",
            Latencies.of(alone.engine()),
            Latencies.of(alone.raw())));
    Latencies engine = Latencies.of(measured.engine().nanos());
    rows.add(pair("engine in process (SearchIndex.search): p50 / p99", engine, raw));
    rows.add(
        BenchRow.of(
            "engine in process: searches answered / per second",
            throughput(measured.engine()),
            throughput(measured.raw()),
            ""));
    for (Kind kind : Kind.values()) {
      rows.add(byKind(kind));
    }
    rows.add(
        BenchRow.of(
            "matches per search, median (all pages)",
            number(measured.alone().medianMatches()),
            "",
            ""));
    rows.addAll(suggestRows());
    rows.add(
        BenchRow.of(
            "machine load average, 1 min (before, after the loads)",
            String.format(Locale.ROOT, "%.1f, %.1f", measured.loadBefore(), measured.loadAfter()),
            "",
            ""));
    rows.add(
        new BenchRow(
            "peak heap in use (build, serving)",
            mib(build.peakHeap()) + ", " + mib(servingPeakHeap),
            "",
            "",
            "<= " + mib(MAX_HEAP),
            verdict(peakHeap() <= MAX_HEAP)));
    return rows;
  }

  private List<BenchRow> buildRows() {
    double buildSeconds = build.nanos() / 1e9;
    return List.of(
        BenchRow.of(
            "catalog: generated and ingested",
            ingest.reused() ? "reused" : seconds(ingest.nanos() / 1e9),
            "",
            ""),
        BenchRow.of("index build: time (new index, catch-up)", seconds(buildSeconds), "", ""),
        BenchRow.of("index build: datasets/s", number(build.documents() / buildSeconds), "", ""),
        BenchRow.of(
            "index: documents / size on disk",
            number(build.documents()) + " / " + mib(build.bytes()),
            "",
            ""));
  }

  private BenchRow byKind(Kind kind) {
    List<BenchQuery> queries = measured.queries();
    return pair(
        String.format(
            Locale.ROOT,
            "search p50 / p99: %s (%d of %d)",
            kind.label,
            queries.stream().filter(q -> q.kind() == kind).count(),
            queries.size()),
        Latencies.of(ofKind(measured.http().nanos(), kind)),
        Latencies.of(ofKind(measured.raw().nanos(), kind)));
  }

  /** A row of p50 / p99 of ours and the baseline's, and the ratio of the p99s. */
  private static BenchRow pair(String metric, Latencies ours, Latencies baseline) {
    return BenchRow.of(
        metric,
        millis(ours.p50Millis()) + " / " + millis(ours.p99Millis()),
        millis(baseline.p50Millis()) + " / " + millis(baseline.p99Millis()),
        ratio(ours.p99Millis() / baseline.p99Millis()));
  }

  private long[] ofKind(long[] nanos, Kind kind) {
    List<BenchQuery> queries = measured.queries();
    return IntStream.range(0, nanos.length)
        .filter(i -> queries.get(i % queries.size()).kind() == kind)
        .mapToLong(i -> nanos[i])
        .toArray();
  }

  private List<BenchRow> suggestRows() {
    Latencies suggest = suggest();
    String target = "<= " + millis(MAX_SUGGEST_P99_MILLIS);
    if (suggest == null) {
      return List.of(
          BenchRow.of("autocomplete p50", "not available", "", ""),
          new BenchRow("autocomplete p99", "not available", "", "", target, "n/a"));
    }
    return List.of(
        BenchRow.of("autocomplete p50", millis(suggest.p50Millis()), "", ""),
        new BenchRow(
            "autocomplete p99",
            millis(suggest.p99Millis()),
            "",
            "",
            target,
            verdict(suggest.p99Millis() <= MAX_SUGGEST_P99_MILLIS)));
  }

  private static BenchRow latency(String metric, double http, double raw, double max) {
    return new BenchRow(
        metric,
        millis(http),
        millis(raw),
        ratio(http / raw),
        "<= " + millis(max) + " over HTTP",
        verdict(http <= max));
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
        "Search: %,d datasets x %d columns (seed %d); %,.0f searches/s offered for %s, open loop,"
            + " %d connections, %d distinct searches; max heap %s; Java %s",
        options.datasets(),
        options.columns(),
        options.seed(),
        options.rate(),
        seconds(options.duration().toMillis() / 1e3),
        SearchLoad.CLIENTS,
        measured.queries().size(),
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

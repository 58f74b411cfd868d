package dev.meshlens.api.bench;

import static dev.meshlens.sample.bench.BenchTable.number;
import static dev.meshlens.sample.bench.BenchTable.ratio;
import static dev.meshlens.sample.bench.BenchTable.verdict;

import dev.meshlens.catalog.CrawlRun;
import dev.meshlens.sample.bench.BenchRow;
import dev.meshlens.sample.bench.BenchTable;
import dev.meshlens.sample.bench.crawl.SqliteSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The outcome of a crawl benchmark: the first crawl against the store's bulk ingest of the same
 * batches, the no-change re-crawl against the first crawl, and where the re-crawl's time goes;
 * targets: at least {@value #MIN_FIRST_CRAWL_RATE} assets/s for the first crawl, a re-crawl at
 * least {@value #MIN_SPEED_UP}x faster. An asset is a table or a view.
 */
public record CrawlBenchReport(
    CrawlBenchmark.Options options, SqliteSource source, CrawlMeasurement measured, long maxHeap) {
  public static final double MIN_FIRST_CRAWL_RATE = 3_500;
  public static final double MIN_SPEED_UP = 10;
  static final List<String> HEADER =
      List.of("metric", "crawl", "baseline", "ratio", "target", "result");
  private static final double MIB = 1 << 20;

  /** Assets per second of the first crawl, reading and applying. */
  public double firstCrawlRate() {
    return rate(measured.first().nanos());
  }

  /** Assets per second of the store applying the same batches to an empty store. */
  public double bulkIngestRate() {
    return rate(measured.bulkIngest());
  }

  /** How many times faster the no-change re-crawl is than the first crawl. */
  public double reCrawlSpeedUp() {
    return (double) measured.first().nanos() / Math.max(1, measured.again().nanos());
  }

  public boolean allTargetsMet() {
    return firstCrawlRate() >= MIN_FIRST_CRAWL_RATE && reCrawlSpeedUp() >= MIN_SPEED_UP;
  }

  public List<BenchRow> rows() {
    CrawlRun first = measured.first().value();
    CrawlRun again = measured.again().value();
    List<BenchRow> rows = new ArrayList<>();
    rows.add(
        new BenchRow(
            "first crawl: assets/s, read + apply (baseline: store bulk ingest)",
            number(firstCrawlRate()),
            number(bulkIngestRate()),
            ratio(firstCrawlRate() / bulkIngestRate()),
            ">= " + number(MIN_FIRST_CRAWL_RATE) + " assets/s",
            verdict(firstCrawlRate() >= MIN_FIRST_CRAWL_RATE)));
    rows.add(time("first crawl: time", measured.first().nanos(), measured.bulkIngest()));
    rows.add(
        new BenchRow(
            "no-change re-crawl: time (baseline: first crawl)",
            seconds(measured.again().nanos()),
            seconds(measured.first().nanos()),
            ratio(reCrawlSpeedUp()) + " faster",
            String.format(Locale.ROOT, ">= %.0fx faster", MIN_SPEED_UP),
            verdict(reCrawlSpeedUp() >= MIN_SPEED_UP)));
    rows.add(
        BenchRow.of(
            "no-change re-crawl: assets/s",
            number(rate(measured.again().nanos())),
            number(firstCrawlRate()),
            ratio(reCrawlSpeedUp())));
    rows.add(
        BenchRow.of(
            "no-change re-crawl: CPU time of the crawling thread (baseline: first crawl)",
            seconds(measured.again().cpuNanos()),
            seconds(measured.first().cpuNanos()),
            ratio((double) measured.first().cpuNanos() / Math.max(1, measured.again().cpuNanos()))
                + " faster"));
    rows.add(
        BenchRow.of(
            "assets added or changed / unchanged",
            number(again.counts().added() + again.counts().changed())
                + " / "
                + number(again.counts().unchanged()),
            number(first.counts().added() + first.counts().changed())
                + " / "
                + number(first.counts().unchanged()),
            ""));
    rows.addAll(reCrawlParts());
    return rows;
  }

  /**
   * Where the crawls' time goes: each part measured alone (reading the source once more, applying
   * its batches once more), as a share of the whole it is part of.
   */
  private List<BenchRow> reCrawlParts() {
    long first = measured.first().nanos();
    long apply = measured.noChangeApply();
    long rest = Math.max(0, apply - measured.validate() - measured.jsonAndHash());
    return List.of(
        share("first crawl part: reading the source (of first crawl)", measured.read(), first),
        share(
            "re-read with a changed fingerprint: reading the source (of first crawl)",
            measured.read(),
            first),
        share(
            "re-read with a changed fingerprint: store apply, nothing to write (of first crawl)",
            apply,
            first),
        share("apply part: validating the batches (of apply)", measured.validate(), apply),
        share("apply part: aspects to JSON + SHA-256 (of apply)", measured.jsonAndHash(), apply),
        share("apply part: lookups, transaction, rest (of apply)", rest, apply));
  }

  private static BenchRow share(String metric, long part, long whole) {
    return BenchRow.of(
        metric,
        seconds(part),
        seconds(whole),
        String.format(Locale.ROOT, "%.0f%%", 100.0 * part / Math.max(1, whole)));
  }

  private static BenchRow time(String metric, long ours, long theirs) {
    return BenchRow.of(
        metric, seconds(ours), seconds(theirs), ratio((double) ours / Math.max(1, theirs)));
  }

  /** The table as Markdown, under a line saying what was run. */
  public String table() {
    return BenchTable.render(headline(), HEADER, rows());
  }

  private String headline() {
    return String.format(
        Locale.ROOT,
        "Crawl: %,d tables x %d columns + %,d views = %,d assets, %,d foreign keys, %,.0f MiB"
            + " SQLite file (seed %d); max heap %,.0f MiB; Java %s",
        source.tables(),
        options.columns(),
        source.views(),
        source.datasets(),
        source.foreignKeys(),
        source.bytes() / MIB,
        options.seed(),
        maxHeap / MIB,
        Runtime.version().feature());
  }

  private double rate(long nanos) {
    return source.datasets() / Math.max(1e-9, nanos / 1e9);
  }

  /** Seconds with two decimals: small runs take fractions of a second. */
  private static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%,.2f s", nanos / 1e9);
  }
}

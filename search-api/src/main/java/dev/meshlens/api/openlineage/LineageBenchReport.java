package dev.meshlens.api.openlineage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The outcome of the push benchmark: the run over HTTP, the baseline run without HTTP, and the
 * table comparing them with the target of at least {@value #TARGET_RATE} events/s over HTTP.
 */
public record LineageBenchReport(
    LineageBenchmark.Options options, Measurement http, Measurement baseline) {
  public static final double TARGET_RATE = 2_000;
  private static final List<String> HEADER =
      List.of("metric", "over HTTP", "baseline", "ratio (HTTP / baseline)", "target", "result");

  /**
   * One run: how many events in how long, the time each took from send to answer (or to commit,
   * without HTTP), the CPU time the whole process spent (clients included), and the catalog it
   * left.
   */
  public record Measurement(
      int events,
      double seconds,
      double p50Millis,
      double p99Millis,
      double cpuSeconds,
      long assets,
      long versions) {
    public double rate() {
      return events / seconds;
    }

    public double cpuMillisPerEvent() {
      return cpuSeconds * 1000 / events;
    }
  }

  public boolean targetMet() {
    return http.rate() >= TARGET_RATE;
  }

  /** The table as Markdown, under a line saying what was run and what the baseline is. */
  public String table() {
    List<List<String>> rows = new ArrayList<>();
    rows.add(HEADER);
    rows.add(
        List.of(
            "events/s",
            number(http.rate()),
            number(baseline.rate()),
            ratio(http.rate() / baseline.rate()),
            ">= " + number(TARGET_RATE) + " over HTTP",
            targetMet() ? "PASS" : "MISS"));
    rows.add(
        compare(
            String.format(Locale.ROOT, "time for %,d events", http.events()),
            http.seconds(),
            baseline.seconds(),
            "%,.1f s"));
    rows.add(compare("latency per event, p50", http.p50Millis(), baseline.p50Millis(), "%.2f ms"));
    rows.add(compare("latency per event, p99", http.p99Millis(), baseline.p99Millis(), "%.2f ms"));
    rows.add(
        compare(
            "CPU time per event (process)",
            http.cpuMillisPerEvent(),
            baseline.cpuMillisPerEvent(),
            "%.2f ms"));
    rows.add(compare("assets in the catalog", http.assets(), baseline.assets(), "%,.0f"));
    rows.add(compare("aspect versions written", http.versions(), baseline.versions(), "%,.0f"));
    return headline() + "\n" + render(rows);
  }

  private String headline() {
    return String.format(
        Locale.ROOT,
        "OpenLineage push: %,d RunEvents (START + COMPLETE, seed %d) into an empty catalog;"
            + " over HTTP: POST /api/v1/lineage from %d concurrent clients; baseline: the same"
            + " events parsed, checked, mapped and applied one transaction each, in one thread,"
            + " without HTTP; Java %s",
        http.events(),
        options.seed(),
        options.clients(),
        Runtime.version().feature());
  }

  private static List<String> compare(String metric, double ours, double theirs, String format) {
    return List.of(
        metric,
        String.format(Locale.ROOT, format, ours),
        String.format(Locale.ROOT, format, theirs),
        theirs == 0 ? "-" : ratio(ours / theirs),
        "",
        "");
  }

  /** Aligned Markdown: the metric, target and result columns left, numbers right. */
  private static String render(List<List<String>> rows) {
    int[] widths = new int[HEADER.size()];
    rows.forEach(row -> {
      for (int i = 0; i < widths.length; i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    });
    List<String> rule = new ArrayList<>();
    for (int width : widths) {
      rule.add("-".repeat(width));
    }
    rows.add(1, rule);
    StringBuilder out = new StringBuilder();
    for (int r = 0; r < rows.size(); r++) {
      out.append('|');
      for (int i = 0; i < widths.length; i++) {
        String cell = rows.get(r).get(i);
        String pad = " ".repeat(widths[i] - cell.length());
        boolean left = r < 2 || i == 0 || i >= 4;
        out.append(' ').append(left ? cell + pad : pad + cell).append(" |");
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%,.0f", value);
  }

  private static String ratio(double value) {
    return String.format(Locale.ROOT, "%.2fx", value);
  }
}

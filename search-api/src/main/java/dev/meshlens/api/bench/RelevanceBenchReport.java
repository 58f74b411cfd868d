package dev.meshlens.api.bench;

import static dev.meshlens.sample.bench.BenchTable.ratio;
import static dev.meshlens.sample.bench.BenchTable.verdict;

import dev.meshlens.indexer.search.RelevanceReport;
import dev.meshlens.indexer.search.RelevanceReport.QueryResult;
import dev.meshlens.indexer.search.RelevanceReport.Summary;
import dev.meshlens.indexer.search.RelevanceSuite.Category;
import dev.meshlens.sample.bench.BenchRow;
import dev.meshlens.sample.bench.BenchTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * The outcome of a relevance benchmark: the suite's measures for search ("meshlens") and for the
 * plain BM25 baseline, per category and overall. Targets: nDCG@10 at least {@value
 * #MIN_NDCG_RATIO}x the baseline's, P@1 = 1 on exact-name queries, no zero-result query.
 *
 * @param names "Name (type)" of the URNs judged or found
 * @param missing judged URNs that are not in the catalog
 */
public record RelevanceBenchReport(
    RelevanceReport ours,
    RelevanceReport baseline,
    Map<String, String> names,
    List<String> missing) {
  public static final double MIN_NDCG_RATIO = 1.3;
  public static final int WORST_SHOWN = 10;
  static final List<String> HEADER =
      List.of("metric", "meshlens", "baseline", "ratio", "target", "result");

  public RelevanceBenchReport {
    names = Map.copyOf(names);
    missing = List.copyOf(missing);
  }

  /** Overall nDCG@10 of search divided by the baseline's. */
  public double ndcgRatio() {
    return ours.overall().ndcg() / baseline.overall().ndcg();
  }

  /** P@1 of search on the exact-name queries. */
  public double exactNamePrecisionAtOne() {
    return ours.of(Category.EXACT_NAME).precisionAtOne();
  }

  public boolean allTargetsMet() {
    return ndcgRatio() >= MIN_NDCG_RATIO
        && exactNamePrecisionAtOne() == 1
        && ours.overall().zeroResults() == 0;
  }

  /** The measures of both, overall then per category: nDCG@10, MRR, P@1, zero-result queries. */
  public List<BenchRow> metricRows() {
    List<BenchRow> rows = new ArrayList<>();
    rows.addAll(rowsOf("all", ours.overall(), baseline.overall()));
    ours.byCategory()
        .forEach((category, summary) ->
            rows.addAll(rowsOf(category.code(), summary, baseline.of(category))));
    return rows;
  }

  private static List<BenchRow> rowsOf(String scope, Summary ours, Summary theirs) {
    String label = scope + " (" + ours.queries() + "): ";
    return List.of(
        measure(label + "nDCG@10", ours, theirs, Summary::ndcg),
        measure(label + "MRR", ours, theirs, Summary::mrr),
        measure(label + "P@1", ours, theirs, Summary::precisionAtOne),
        BenchRow.of(
            label + "zero-result queries",
            Integer.toString(ours.zeroResults()),
            Integer.toString(theirs.zeroResults()),
            ""));
  }

  private static BenchRow measure(
      String metric, Summary ours, Summary theirs, ToDoubleFunction<Summary> value) {
    double a = value.applyAsDouble(ours);
    double b = value.applyAsDouble(theirs);
    return BenchRow.of(metric, decimal(a), decimal(b), b == 0 ? "-" : ratio(a / b));
  }

  /** The three targets with their verdicts. */
  public List<BenchRow> targetRows() {
    Summary all = ours.overall();
    Summary base = baseline.overall();
    Summary exact = ours.of(Category.EXACT_NAME);
    return List.of(
        new BenchRow(
            "nDCG@10, all queries",
            decimal(all.ndcg()),
            decimal(base.ndcg()),
            ratio(ndcgRatio()),
            String.format(Locale.ROOT, ">= %.1fx baseline", MIN_NDCG_RATIO),
            verdict(ndcgRatio() >= MIN_NDCG_RATIO)),
        new BenchRow(
            "P@1, exact-name queries (" + exact.queries() + ")",
            decimal(exact.precisionAtOne()),
            decimal(baseline.of(Category.EXACT_NAME).precisionAtOne()),
            "",
            "= 1.000",
            verdict(exactNamePrecisionAtOne() == 1)),
        new BenchRow(
            "zero-result queries",
            Integer.toString(all.zeroResults()),
            Integer.toString(base.zeroResults()),
            "",
            "0",
            verdict(all.zeroResults() == 0)));
  }

  /** The worst queries of search: nDCG@10, the query, what came first and what was wanted. */
  public List<String> worstLines() {
    Function<String, String> name = urn -> names.getOrDefault(urn, urn);
    List<String> lines = new ArrayList<>();
    for (QueryResult r : ours.worst(WORST_SHOWN)) {
      String first =
          r.zeroResults()
              ? "no results"
              : name.apply(r.ranked().getFirst()) + " [grade " + r.gradeAt(1) + "]";
      lines.add(
          String.format(
              Locale.ROOT,
              "%s  %-11s %-16s \"%s\" -> first: %s; wanted: %s",
              decimal(r.ndcg()),
              r.judged().id(),
              r.judged().category().code(),
              r.judged().query(),
              first,
              String.join(", ", r.judged().answers().stream().map(name).toList())));
    }
    return lines;
  }

  /** Everything printed: the measures, the targets, the worst queries, judgments not found. */
  public String table() {
    StringBuilder out = new StringBuilder();
    out.append(
        BenchTable.render(
            String.format(
                Locale.ROOT,
                "Relevance on the sample mesh: %d judged queries, Meshlens search vs plain BM25"
                    + " (StandardAnalyzer over all text in one field), same documents",
                ours.overall().queries()),
            HEADER,
            metricRows()));
    out.append('\n').append(BenchTable.render("Targets", HEADER, targetRows()));
    out.append('\n')
        .append("Worst ")
        .append(WORST_SHOWN)
        .append(" queries for Meshlens (nDCG@10, id, category, query, first result, answers):\n");
    worstLines().forEach(line -> out.append("  ").append(line).append('\n'));
    if (!missing.isEmpty()) {
      out.append('\n')
          .append(missing.size())
          .append(" judged URNs are not in the catalog: ")
          .append(missing)
          .append('\n');
    }
    return out.toString();
  }

  private static String decimal(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }
}

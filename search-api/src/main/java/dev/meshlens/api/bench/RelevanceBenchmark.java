package dev.meshlens.api.bench;

import dev.meshlens.api.demo.SampleCatalog;
import dev.meshlens.catalog.Asset;
import dev.meshlens.catalog.CatalogStore;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.sqlite.SqliteCatalogStore;
import dev.meshlens.indexer.search.BaselineIndex;
import dev.meshlens.indexer.search.RelevanceReport;
import dev.meshlens.indexer.search.RelevanceSuite;
import dev.meshlens.indexer.search.SearchHit;
import dev.meshlens.indexer.search.SearchIndex;
import dev.meshlens.indexer.search.SearchRequest;
import dev.meshlens.sample.bench.BenchFolder;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Relevance benchmark: the sample mesh is extracted and crawled into a catalog with the standard
 * readers, then the judged queries of a {@link RelevanceSuite} run against search over that catalog
 * and against a plain BM25 baseline ({@link BaselineIndex}) built from the same documents, in the
 * same run. Prints nDCG@10, MRR, P@1 and zero-result queries per category and overall, the targets
 * and the worst queries.
 */
public final class RelevanceBenchmark {
  private static final Logger LOG = LoggerFactory.getLogger(RelevanceBenchmark.class);

  /** Where sample-metadata ships the judged queries of the sample mesh, on the class path. */
  public static final String BUNDLED_JUDGMENTS = "relevance/judgments.yaml";

  /**
   * How to run.
   *
   * @param judgments the judgments file; null for the bundled judgments of the sample mesh
   * @param dataDir where the sample mesh, the catalog and the index go, kept there; null for a
   *     temporary folder deleted afterwards
   */
  public record Options(Path judgments, Path dataDir) {}

  private RelevanceBenchmark() {}

  /** Runs the benchmark and prints its tables to {@code out}. */
  public static RelevanceBenchReport run(Options options, PrintStream out) {
    RelevanceBenchReport report = run(options);
    out.print(report.table());
    out.flush();
    return report;
  }

  /** Runs the benchmark; progress is logged. */
  public static RelevanceBenchReport run(Options options) {
    RelevanceSuite suite = loadSuite(options.judgments());
    try (BenchFolder folder = BenchFolder.open(options.dataDir(), "meshlens-relevance-bench");
        SqliteCatalogStore store = SampleCatalog.open(folder.path(), "bench")) {
      return measure(suite, store, folder.resolve("search-index"));
    }
  }

  /** The suite of {@code file}, or the bundled one when {@code file} is null. */
  public static RelevanceSuite loadSuite(Path file) {
    if (file == null) {
      try (InputStream in =
          RelevanceBenchmark.class.getClassLoader().getResourceAsStream(BUNDLED_JUDGMENTS)) {
        if (in == null) {
          throw new IllegalStateException("No " + BUNDLED_JUDGMENTS + " on the class path");
        }
        return RelevanceSuite.load(in, BUNDLED_JUDGMENTS);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    try (InputStream in = Files.newInputStream(file)) {
      return RelevanceSuite.load(in, file.toString());
    } catch (IOException e) {
      throw new IllegalArgumentException("Cannot read the judgments file " + file, e);
    }
  }

  /**
   * Runs {@code suite} against search over {@code store} and against the baseline built from the
   * same store. The search index in {@code indexDir} is rebuilt from the store first, so the
   * figures do not depend on the index's history: one that followed the change log still counts
   * replaced documents in its BM25 statistics until segment merges drop them, and one left in the
   * folder by another build would keep that build's documents.
   */
  public static RelevanceBenchReport measure(
      RelevanceSuite suite, CatalogStore store, Path indexDir) {
    try (SearchIndex index = SearchIndex.open(store, indexDir);
        BaselineIndex baseline = BaselineIndex.build(store)) {
      index.reindex();
      LOG.info(
          "Running {} judged queries against search and the baseline ({} assets)",
          suite.queries().size(),
          baseline.size());
      RelevanceReport ours =
          suite.run(query ->
              index
                  .search(SearchRequest.of(query).withPage(1, RelevanceSuite.DEPTH))
                  .hits()
                  .stream()
                  .map(SearchHit::urn)
                  .toList());
      RelevanceReport theirs = suite.run(query -> baseline.search(query, RelevanceSuite.DEPTH));
      return new RelevanceBenchReport(
          ours, theirs, names(store, suite, ours, theirs), missing(store, suite));
    }
  }

  /** "Name (type)" of every URN judged or found, to print the worst queries. */
  private static Map<String, String> names(
      CatalogStore store, RelevanceSuite suite, RelevanceReport... reports) {
    Set<String> urns = new LinkedHashSet<>(suite.judgedUrns());
    for (RelevanceReport report : reports) {
      report.results().forEach(r -> urns.addAll(r.ranked()));
    }
    Map<String, String> names = new LinkedHashMap<>();
    for (String urn : urns) {
      find(store, urn)
          .ifPresent(a -> names.put(urn, a.displayName() + " (" + a.type().code() + ")"));
    }
    return names;
  }

  /** The judged URNs that are not live assets of the store: judgments that can never be met. */
  private static List<String> missing(CatalogStore store, RelevanceSuite suite) {
    List<String> missing = new ArrayList<>();
    for (String urn : suite.judgedUrns()) {
      if (find(store, urn).isEmpty()) {
        missing.add(urn);
      }
    }
    return missing;
  }

  private static Optional<Asset> find(CatalogStore store, String urn) {
    try {
      return store.findAsset(Urn.parse(urn)).filter(a -> !a.deleted());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}

package dev.meshlens.indexer.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;

/**
 * One search from request to results on a searcher: the passes of stage 1 ({@link QueryPlanner}),
 * "did you mean" ({@link Spelling}), stage 2 ({@link Reranker}), snippets and matched columns
 * ({@link HitDetails}) and facet counts ({@link Facets}). Thread-safe; the index owns one.
 */
final class SearchPipeline {

  static final int MAX_PAGE_SIZE = 100;
  static final int MAX_DEPTH = 10_000;

  /** Fewer matches than this widen the search (relaxed, then fuzzy) and may suggest a spelling. */
  static final int FEW = 3;

  /** The top-hits collector counts no further than this (the facet pass has the total). */
  private static final int TOTAL_HITS_THRESHOLD = 1;

  private final Relevance relevance;
  private final QueryPlanner planner;
  private final HitDetails details;
  private final Spelling spelling = new Spelling();
  private final Facets facets = new Facets();
  private final RankingSignals signals;
  private final Reranker reranker;

  SearchPipeline(Analyzer analyzer, RankingSignals signals) {
    this.relevance = new Relevance(analyzer);
    this.planner = new QueryPlanner(relevance);
    this.details = new HitDetails(analyzer, relevance);
    this.signals = signals;
    this.reranker = new Reranker(signals);
  }

  /** The documents a pass matches, for facet counts, and how many. */
  private record Matched(FacetsCollector collector, long total) {}

  private static Matched match(IndexSearcher searcher, Query query) throws IOException {
    FacetsCollector collector = searcher.search(query, new FacetsCollectorManager());
    long total = 0;
    for (FacetsCollector.MatchingDocs docs : collector.getMatchingDocs()) {
      total += docs.totalHits();
    }
    return new Matched(collector, total);
  }

  /** Refuses a page that is not a page: from 1, size 1 to 100, at most 10,000 hits deep. */
  static void validate(SearchRequest request) {
    int page = request.page();
    int size = request.size();
    if (page < 1 || size < 1 || size > MAX_PAGE_SIZE || (long) page * size > MAX_DEPTH) {
      throw new InvalidSearchException(
          "page must be >= 1, size in [1, "
              + MAX_PAGE_SIZE
              + "] and page * size at most "
              + MAX_DEPTH
              + ", got page "
              + page
              + ", size "
              + size);
    }
  }

  /**
   * Runs a search on a searcher. Stage 1 tries the strict pass (every word), then, when nothing
   * matches, the relaxed pass (about half the words), then, while fewer than {@value #FEW} assets
   * match, the fuzzy pass; stage 2 re-ranks the top hits ({@link Reranker}). The total and the
   * facet counts are those of the pass that answered, filters and visibility inside the query.
   */
  SearchResults run(IndexSearcher searcher, SearchRequest request, Synonyms synonyms)
      throws IOException {
    int page = request.page();
    int size = request.size();
    QueryPlanner.Plan plan = planner.plan(QuerySyntax.parse(request.text()), synonyms);
    Optional<Query> filter = filter(request);
    int from = (page - 1) * size;

    // Each pass first only matches (no scores: the facet counts and the total); the top hits
    // of the pass that answers are then scored apart, where block-max WAND can skip.
    Query strict = restrict(plan.strict(), filter);
    Query query = strict;
    Matched matched = match(searcher, strict);
    long strictTotal = matched.total();
    Optional<Query> relaxed = plan.relaxed().map(q -> restrict(q, filter));
    boolean widened = strictTotal == 0 && relaxed.isPresent();
    if (widened) {
      query = relaxed.get();
      matched = match(searcher, query);
    }
    Query base = query;
    boolean fuzzyPass = false;
    Optional<Query> fuzzy =
        (widened ? plan.fuzzyRelaxed() : plan.fuzzy()).map(q -> restrict(q, filter));
    if (matched.total() < FEW && fuzzy.isPresent()) {
      Matched wider = match(searcher, fuzzy.get());
      if (wider.total() > matched.total()) {
        fuzzyPass = true;
        query = fuzzy.get();
        matched = wider;
      }
    }
    long total = matched.total();
    Optional<String> didYouMean =
        strictTotal < FEW
            ? didYouMean(searcher, request.text(), plan, filter, strictTotal, synonyms)
            : Optional.empty();
    TopDocs top =
        searcher.search(
            query,
            new TopScoreDocCollectorManager(
                Math.max(from + size, Reranker.WINDOW), TOTAL_HITS_THRESHOLD));
    List<Reranker.Ranked> ranked =
        reranker.rerank(searcher, top.scoreDocs, plan.exactText().flatMap(relevance::exactName));
    List<Reranker.Ranked> shown =
        ranked.subList(Math.min(from, ranked.size()), Math.min(from + size, ranked.size()));
    List<SearchHit> hits =
        hits(
            searcher,
            query,
            shown,
            plan,
            request.explain(),
            fuzzyPass ? Optional.of(base) : Optional.empty());
    Map<String, List<Facets.Count>> counts = facets.count(searcher, matched.collector());
    return new SearchResults(total, page, size, hits, counts, didYouMean.orElse(null));
  }

  /**
   * The Lucene query the strict pass of a request runs, filters and visibility inside it.
   * Benchmarks run it on a raw {@link IndexSearcher} as the baseline.
   */
  Query query(SearchRequest request, Synonyms synonyms) {
    QueryPlanner.Plan plan = planner.plan(QuerySyntax.parse(request.text()), synonyms);
    return restrict(plan.strict(), filter(request));
  }

  private static Optional<Query> filter(SearchRequest request) {
    Optional<Query> facets = Facets.filter(request.filters());
    Optional<Query> visible = request.visibility().filter();
    if (facets.isEmpty() || visible.isEmpty()) {
      return facets.or(() -> visible);
    }
    return Optional.of(
        new BooleanQuery.Builder()
            .add(facets.get(), Occur.FILTER)
            .add(visible.get(), Occur.FILTER)
            .build());
  }

  private static Query restrict(Query query, Optional<Query> filter) {
    if (filter.isEmpty()) {
      return query;
    }
    return new BooleanQuery.Builder()
        .add(query, Occur.MUST)
        .add(filter.get(), Occur.FILTER)
        .build();
  }

  private Optional<String> didYouMean(
      IndexSearcher searcher,
      String text,
      QueryPlanner.Plan plan,
      Optional<Query> filter,
      long total,
      Synonyms synonyms)
      throws IOException {
    if (plan.free().isEmpty()) {
      return Optional.empty();
    }
    Optional<String> corrected = spelling.correct(searcher.getIndexReader(), text, plan.free());
    if (corrected.isEmpty()) {
      return Optional.empty();
    }
    QueryPlanner.Plan better = planner.plan(QuerySyntax.parse(corrected.get()), synonyms);
    return searcher.count(restrict(better.strict(), filter)) > total ? corrected : Optional.empty();
  }

  private List<SearchHit> hits(
      IndexSearcher searcher,
      Query query,
      List<Reranker.Ranked> shown,
      QueryPlanner.Plan plan,
      boolean explain,
      Optional<Query> notFuzzy)
      throws IOException {
    int[] docs = shown.stream().mapToInt(Reranker.Ranked::doc).toArray();
    List<List<String>> highlights = details.highlights(searcher, plan.words(), docs);
    Weight matching =
        explain
            ? searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1)
            : null;
    Weight real =
        explain && notFuzzy.isPresent()
            ? searcher.createWeight(
                searcher.rewrite(notFuzzy.get()), ScoreMode.COMPLETE_NO_SCORES, 1)
            : null;
    StoredFields stored = searcher.storedFields();
    List<SearchHit> hits = new ArrayList<>();
    for (int i = 0; i < shown.size(); i++) {
      Reranker.Ranked ranked = shown.get(i);
      Document doc = stored.document(ranked.doc());
      ScoreBreakdown breakdown = null;
      if (explain) {
        ScoreBreakdown b = ranked.breakdown();
        boolean fuzzy = real != null && !Reranker.matches(searcher, real, ranked.doc());
        breakdown =
            new ScoreBreakdown(
                b.text(),
                b.exactName(),
                fuzzy,
                b.usageFactor(),
                b.healthFactor(),
                b.deprecationFactor(),
                b.finalScore(),
                matchedFields(searcher, matching, ranked.doc()));
      }
      hits.add(
          new SearchHit(
              doc.get(SearchFields.ID),
              doc.get(SearchFields.TYPE),
              doc.get(SearchFields.NAME),
              doc.get(SearchFields.QUALIFIED_NAME),
              doc.get(SearchFields.DOMAIN),
              doc.get(SearchFields.PRODUCT),
              doc.get(SearchFields.DESCRIPTION),
              highlights.get(i),
              details.matchedColumns(doc, plan.words()),
              signals.usage(ranked.urn()),
              signals.health(ranked.urn()).isPresent()
                  ? signals.health(ranked.urn()).getAsDouble()
                  : null,
              (float) ranked.score(),
              breakdown));
    }
    return hits;
  }

  private static List<String> matchedFields(IndexSearcher searcher, Weight weight, int doc)
      throws IOException {
    Matches matches = Reranker.matchesOf(searcher, weight, doc);
    List<String> fields = new ArrayList<>();
    if (matches != null) {
      matches.forEach(fields::add);
    }
    return fields.stream().sorted().toList();
  }
}

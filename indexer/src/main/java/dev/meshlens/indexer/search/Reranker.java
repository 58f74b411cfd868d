package dev.meshlens.indexer.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * Stage 2 of ranking: the top {@value #WINDOW} stage-1 hits re-scored with bounded, multiplicative
 * signals.
 *
 * <pre>
 *   score = (exact name ? EXACT_TIER : 0) + text * usage * health * deprecation
 *   text        = stage-1 text score / best stage-1 text score of the window, in (0, 1]
 *   usage       = 1 + 0.5 * u / (u + USAGE_HALF)   u = queries over 30 days; in [1, 1.5)
 *   health      = 0.9 + 0.2 * h / 100               h = health score; 1 when unknown; in [0.9, 1.1]
 *   deprecation = 0.5 when deprecated, else 1
 * </pre>
 *
 * The product of the factors stays below {@link #EXACT_TIER}, so popularity, health or a field
 * weight never lift a hit above an exact name match; among exact matches the signals decide.
 */
final class Reranker {

  static final int WINDOW = 100;
  static final double EXACT_TIER = 10;
  static final double USAGE_HALF = 50;
  static final double DEPRECATED = 0.5;

  private final RankingSignals signals;

  Reranker(RankingSignals signals) {
    this.signals = signals;
  }

  /** One hit with its final score and how it was made. */
  record Ranked(int doc, String urn, double score, ScoreBreakdown breakdown) {}

  /**
   * Re-ranks the first {@value #WINDOW} of {@code top} (in stage-1 order) and appends the rest in
   * stage-1 order with their bounded text score.
   */
  List<Ranked> rerank(IndexSearcher searcher, ScoreDoc[] top, Optional<Query> exactName)
      throws IOException {
    Optional<Weight> exact =
        exactName.isEmpty()
            ? Optional.empty()
            : Optional.of(
                searcher.createWeight(
                    searcher.rewrite(exactName.get()), ScoreMode.COMPLETE_NO_SCORES, 1));
    int window = Math.min(WINDOW, top.length);
    boolean[] exactHit = new boolean[top.length];
    double best = 0;
    for (int i = 0; i < top.length; i++) {
      exactHit[i] = i < window && exact.isPresent() && matches(searcher, exact.get(), top[i].doc);
      best = Math.max(best, textScore(top[i].score, exactHit[i]));
    }
    List<Ranked> ranked = new ArrayList<>(top.length);
    for (int i = 0; i < top.length; i++) {
      int doc = top[i].doc;
      String urn = keyword(searcher, SearchFields.ID, doc).orElse("");
      double text = best > 0 ? textScore(top[i].score, exactHit[i]) / best : 0;
      if (i >= window) {
        ranked.add(new Ranked(doc, urn, text, breakdown(text, false, 1, 1, 1, text)));
        continue;
      }
      long usage = signals.usage(urn);
      double usageFactor = 1 + 0.5 * usage / (usage + USAGE_HALF);
      OptionalDouble health = signals.health(urn);
      double healthFactor = health.isPresent() ? 0.9 + 0.2 * clamp(health.getAsDouble()) / 100 : 1;
      boolean deprecated =
          keyword(searcher, SearchFields.DEPRECATED, doc).map(Boolean::parseBoolean).orElse(false);
      double deprecation = deprecated ? DEPRECATED : 1;
      double score =
          (exactHit[i] ? EXACT_TIER : 0) + text * usageFactor * healthFactor * deprecation;
      ranked.add(
          new Ranked(
              doc,
              urn,
              score,
              breakdown(text, exactHit[i], usageFactor, healthFactor, deprecation, score)));
    }
    List<Ranked> head = new ArrayList<>(ranked.subList(0, window));
    head.sort(Comparator.comparingDouble(Ranked::score).reversed());
    head.addAll(ranked.subList(window, ranked.size()));
    return head;
  }

  private static ScoreBreakdown breakdown(
      double text, boolean exact, double usage, double health, double deprecation, double score) {
    return new ScoreBreakdown(text, exact, false, usage, health, deprecation, score, List.of());
  }

  private static double textScore(float stage1, boolean exact) {
    return Math.max(0, exact ? stage1 - Relevance.EXACT_NAME_BONUS : stage1);
  }

  private static double clamp(double health) {
    return Math.max(0, Math.min(100, health));
  }

  static boolean matches(IndexSearcher searcher, Weight weight, int doc) throws IOException {
    return matchesOf(searcher, weight, doc) != null;
  }

  /** Where a weight matches a document of the searcher (by its top-level id), or null. */
  static Matches matchesOf(IndexSearcher searcher, Weight weight, int doc) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    return weight.matches(leaf, doc - leaf.docBase);
  }

  /** The first value of a keyword field of a document, read from its doc values. */
  static Optional<String> keyword(IndexSearcher searcher, String field, int doc)
      throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), field);
    if (!values.advanceExact(doc - leaf.docBase)) {
      return Optional.empty();
    }
    return Optional.of(values.lookupOrd(values.nextOrd()).utf8ToString());
  }

  @Override
  public String toString() {
    return "Reranker[window=" + WINDOW + ", signals=" + signals + "]";
  }
}

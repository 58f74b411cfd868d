package dev.meshlens.indexer.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * Stage 1 of ranking: field-weighted BM25 over the analyzed views, the best field per asset (a
 * disjunction-max with a small tie-breaker, so one field's weight cannot pile up across views),
 * plus a constant bonus for an exact name match that no text score reaches.
 */
final class Relevance {

  /** The score an exact, whole-name match adds: above any text score of realistic queries. */
  static final float EXACT_NAME_BONUS = 1000f;

  private static final float TIE_BREAKER = 0.3f;

  /** Field weights of the text pass. */
  static final Map<String, Float> WEIGHTS =
      Map.ofEntries(
          Map.entry(SearchFields.NAME_IDENT, 6f),
          Map.entry(SearchFields.NAME_STEM, 4f),
          Map.entry(SearchFields.QUALIFIED_NAME, 2f),
          Map.entry(SearchFields.GLOSSARY_TEXT, 3f),
          Map.entry(SearchFields.TAG_TEXT, 3f),
          Map.entry(SearchFields.COLUMN_NAME, 2f),
          Map.entry(SearchFields.DESCRIPTION, 1f),
          Map.entry(SearchFields.COLUMN_DESCRIPTION, 0.5f),
          Map.entry(SearchFields.DOMAIN_TEXT, 1f),
          Map.entry(SearchFields.OWNER_TEXT, 1f));

  private final QueryBuilder builder;

  Relevance(Analyzer perField) {
    this.builder = new QueryBuilder(perField);
  }

  /** The stage-1 query for what a user typed; blank text browses every asset. */
  Query query(String text) {
    if (text.isBlank()) {
      return new MatchAllDocsQuery();
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    Query exact = builder.createBooleanQuery(SearchFields.NAME_EXACT, text);
    if (exact != null) {
      query.add(new BoostQuery(new ConstantScoreQuery(exact), EXACT_NAME_BONUS), Occur.SHOULD);
    }
    List<Query> fields = new ArrayList<>();
    WEIGHTS.forEach((field, weight) -> {
      Query q = builder.createBooleanQuery(field, text, Occur.SHOULD);
      if (q != null) {
        fields.add(new BoostQuery(q, weight));
      }
    });
    if (!fields.isEmpty()) {
      query.add(new DisjunctionMaxQuery(fields, TIE_BREAKER), Occur.SHOULD);
    }
    BooleanQuery built = query.build();
    return built.clauses().isEmpty() ? new MatchNoDocsQuery("blank query") : built;
  }
}

package dev.meshlens.indexer.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * The text clauses of stage 1: each typed word is looked for in every analyzed view, weighted by
 * field, and the best field counts (a disjunction-max with a small tie-breaker, so one word cannot
 * pile up score across the views of the same value). An exact, whole-name match adds a constant
 * bonus no text score reaches; stage 2 then bounds the text score below that bonus.
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
          Map.entry(SearchFields.PRODUCT_TEXT, 1f),
          Map.entry(SearchFields.OWNER_TEXT, 1f));

  /** The unstemmed views the fuzzy pass looks in, with their weights. */
  static final Map<String, Float> FUZZY_WEIGHTS =
      Map.of(
          SearchFields.NAME_IDENT, 3f,
          SearchFields.COLUMN_NAME, 1f,
          SearchFields.GLOSSARY_TEXT, 1f,
          SearchFields.DESCRIPTION_PLAIN, 0.5f);

  private final Analyzer analyzer;
  private final QueryBuilder builder;

  Relevance(Analyzer perField) {
    this.analyzer = perField;
    this.builder = new QueryBuilder(perField);
  }

  /** The bonus clause for a name equal to {@code text}, if the text has any term. */
  Optional<Query> exactName(String text) {
    Query exact = builder.createBooleanQuery(SearchFields.NAME_EXACT, text);
    return Optional.ofNullable(exact)
        .map(q -> new BoostQuery(new ConstantScoreQuery(q), EXACT_NAME_BONUS));
  }

  /** One typed word in every weighted view; empty when no view keeps a term of it. */
  Optional<Query> word(String word) {
    return bestOf(WEIGHTS, field -> builder.createBooleanQuery(field, word, Occur.SHOULD));
  }

  /** A quoted phrase in every weighted view, its words in order. */
  Optional<Query> phrase(String phrase) {
    return bestOf(WEIGHTS, field -> builder.createPhraseQuery(field, phrase));
  }

  /** Words in the given views: every word must match one of them. */
  Optional<Query> wordsIn(List<String> fields, String text, boolean quoted) {
    if (quoted) {
      return bestOf(weightsOf(fields), field -> builder.createPhraseQuery(field, text));
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    int words = 0;
    for (String word : text.trim().split("\\s+")) {
      Optional<Query> q =
          bestOf(weightsOf(fields), field -> builder.createBooleanQuery(field, word, Occur.SHOULD));
      if (q.isPresent()) {
        all.add(q.get(), Occur.MUST);
        words++;
      }
    }
    return words == 0 ? Optional.empty() : Optional.of(all.build());
  }

  /** One typed word, misspelled perhaps: edit-distance matches in the unstemmed views. */
  Optional<Query> fuzzyWord(String word) {
    List<String> parts = terms(SearchFields.NAME_IDENT, word);
    List<Query> views = new ArrayList<>();
    FUZZY_WEIGHTS.forEach((field, weight) -> {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      int added = 0;
      for (String part : parts) {
        if (part.length() >= 4) {
          int edits = part.length() >= 8 ? 2 : 1;
          any.add(new FuzzyQuery(new Term(field, part), edits, 1), Occur.SHOULD);
          added++;
        }
      }
      if (added > 0) {
        views.add(new BoostQuery(any.build(), weight));
      }
    });
    return views.isEmpty()
        ? Optional.empty()
        : Optional.of(new DisjunctionMaxQuery(views, TIE_BREAKER));
  }

  /** A keyword value, as indexed: one exact term. */
  static Query keyword(String field, String value) {
    return new TermQuery(new Term(field, value));
  }

  /** A keyword value compared lower-cased (types, platforms, classifications). */
  static Query keywordLowerCase(String field, String value) {
    return keyword(field, value.toLowerCase(Locale.ROOT));
  }

  /** The terms a field's analyzer makes of {@code text}. */
  List<String> terms(String field, String text) {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return terms;
  }

  private interface PerField {
    Query query(String field);
  }

  private static Optional<Query> bestOf(Map<String, Float> weights, PerField perField) {
    List<Query> fields = new ArrayList<>();
    weights.forEach((field, weight) -> {
      Query q = perField.query(field);
      if (q != null) {
        fields.add(new BoostQuery(q, weight));
      }
    });
    return fields.isEmpty()
        ? Optional.empty()
        : Optional.of(new DisjunctionMaxQuery(fields, TIE_BREAKER));
  }

  private static Map<String, Float> weightsOf(List<String> fields) {
    Map<String, Float> weights = new java.util.LinkedHashMap<>();
    fields.forEach(field -> weights.put(field, WEIGHTS.getOrDefault(field, 1f)));
    return weights;
  }
}

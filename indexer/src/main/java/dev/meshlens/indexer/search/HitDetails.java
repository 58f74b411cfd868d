package dev.meshlens.indexer.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * What a user sees of why a hit matched: highlighted snippets of its description (HTML-escaped,
 * matches in {@code <mark>}) and the columns whose name or description holds a searched word.
 */
final class HitDetails {

  /** The most columns a hit lists as matched. */
  static final int MAX_COLUMNS = 10;

  private static final String[] HIGHLIGHTED = {SearchFields.DESCRIPTION};

  private final Analyzer analyzer;
  private final Relevance relevance;

  HitDetails(Analyzer analyzer, Relevance relevance) {
    this.analyzer = analyzer;
    this.relevance = relevance;
  }

  /**
   * One snippet list per document, in the order of {@code docs}: where the searched words (as the
   * description's analyzer sees them) occur in its description.
   */
  List<List<String>> highlights(IndexSearcher searcher, List<String> words, int[] docs)
      throws IOException {
    List<List<String>> snippets = new ArrayList<>();
    BooleanQuery.Builder terms = new BooleanQuery.Builder();
    int clauses = 0;
    for (String word : words) {
      for (String term : relevance.terms(SearchFields.DESCRIPTION, word)) {
        if (clauses < IndexSearcher.getMaxClauseCount()) {
          terms.add(new TermQuery(new Term(SearchFields.DESCRIPTION, term)), Occur.SHOULD);
          clauses++;
        }
      }
    }
    if (docs.length == 0 || clauses == 0) {
      for (int i = 0; i < docs.length; i++) {
        snippets.add(List.of());
      }
      return snippets;
    }
    Query query = terms.build();
    UnifiedHighlighter highlighter =
        UnifiedHighlighter.builder(searcher, analyzer)
            .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
            .withMaxLength(10_000)
            .build();
    int[] passages = new int[HIGHLIGHTED.length];
    java.util.Arrays.fill(passages, 2);
    Map<String, String[]> byField = highlighter.highlightFields(HIGHLIGHTED, query, docs, passages);
    for (int i = 0; i < docs.length; i++) {
      List<String> hit = new ArrayList<>();
      for (String field : HIGHLIGHTED) {
        String snippet = byField.get(field)[i];
        if (snippet != null && snippet.contains("<mark>")) {
          hit.add(snippet);
        }
      }
      snippets.add(hit);
    }
    return snippets;
  }

  /**
   * The columns of a stored document that hold a searched word: in the name (identifier parts)
   * first, then in the description (stemmed English).
   */
  List<String> matchedColumns(Document doc, List<String> words) {
    String[] names = doc.getValues(SearchFields.COLUMN_NAME_EXACT);
    if (names.length == 0 || words.isEmpty()) {
      return List.of();
    }
    String[] descriptions = doc.getValues(SearchFields.COLUMN_DESCRIPTION);
    Set<String> nameTerms = new HashSet<>();
    Set<String> textTerms = new HashSet<>();
    for (String word : words) {
      nameTerms.addAll(relevance.terms(SearchFields.COLUMN_NAME, word));
      textTerms.addAll(relevance.terms(SearchFields.COLUMN_DESCRIPTION, word));
    }
    Set<String> matched = new LinkedHashSet<>();
    for (String name : names) {
      if (intersects(relevance.terms(SearchFields.COLUMN_NAME, name), nameTerms)) {
        matched.add(name);
      }
    }
    for (int i = 0; i < names.length && i < descriptions.length; i++) {
      if (!descriptions[i].isEmpty()
          && intersects(
              relevance.terms(SearchFields.COLUMN_DESCRIPTION, descriptions[i]), textTerms)) {
        matched.add(names[i]);
      }
    }
    return matched.stream().limit(MAX_COLUMNS).toList();
  }

  private static boolean intersects(List<String> terms, Set<String> wanted) {
    return terms.stream().anyMatch(wanted::contains);
  }
}

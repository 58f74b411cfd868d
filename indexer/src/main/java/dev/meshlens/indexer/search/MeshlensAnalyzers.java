package dev.meshlens.indexer.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.FlattenGraphFilterFactory;
import org.apache.lucene.analysis.core.KeywordTokenizerFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.WhitespaceTokenizerFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.TrimFilterFactory;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;

/**
 * The analyzed views of names and text, built from Lucene's analysis-common factories.
 *
 * <ul>
 *   <li>exact: the whole value as one term, trimmed, lower-cased and ASCII-folded;
 *   <li>identifier: split on whitespace, then on case changes, underscores, dots and digits (before
 *       lower-casing, so camelCase is seen), keeping the original token;
 *   <li>english: standard tokens, possessives dropped, lower-cased, folded, Porter-stemmed (so
 *       plurals meet their singular);
 *   <li>plain: standard tokens, lower-cased, folded, unstemmed (the base for fuzzy matching).
 * </ul>
 */
final class MeshlensAnalyzers {

  /** Split on case changes, delimiters and digits, keep the original token. */
  private static final Map<String, String> IDENTIFIER_SPLIT =
      Map.of(
          "generateWordParts", "1",
          "generateNumberParts", "1",
          "splitOnCaseChange", "1",
          "splitOnNumerics", "1",
          "preserveOriginal", "1",
          "stemEnglishPossessive", "0");

  private MeshlensAnalyzers() {}

  static Analyzer exact() {
    return build(builder ->
        builder
            .withTokenizer(KeywordTokenizerFactory.class)
            .addTokenFilter(TrimFilterFactory.class));
  }

  static Analyzer identifier() {
    return build(builder ->
        builder
            .withTokenizer(WhitespaceTokenizerFactory.class)
            .addTokenFilter(WordDelimiterGraphFilterFactory.class, new HashMap<>(IDENTIFIER_SPLIT))
            .addTokenFilter(FlattenGraphFilterFactory.class));
  }

  /**
   * Identifier parts, Porter-stemmed: the stemmed view of names, so that {@code orders} meets the
   * {@code order} in {@code order_lines}.
   */
  static Analyzer identifierEnglish() {
    try {
      return CustomAnalyzer.builder()
          .withTokenizer(WhitespaceTokenizerFactory.class)
          .addTokenFilter(WordDelimiterGraphFilterFactory.class, new HashMap<>(IDENTIFIER_SPLIT))
          .addTokenFilter(FlattenGraphFilterFactory.class)
          .addTokenFilter(LowerCaseFilterFactory.class)
          .addTokenFilter(ASCIIFoldingFilterFactory.class)
          .addTokenFilter(PorterStemFilterFactory.class)
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Analyzer english() {
    try {
      return CustomAnalyzer.builder()
          .withTokenizer(StandardTokenizerFactory.class)
          .addTokenFilter(EnglishPossessiveFilterFactory.class)
          .addTokenFilter(LowerCaseFilterFactory.class)
          .addTokenFilter(ASCIIFoldingFilterFactory.class)
          .addTokenFilter(PorterStemFilterFactory.class)
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Analyzer plain() {
    return build(builder -> builder.withTokenizer(StandardTokenizerFactory.class));
  }

  /**
   * The analyzer of a whole asset document: each field with its view, keyword fields untouched
   * (they are not analyzed anyway).
   */
  static Analyzer perField() {
    Analyzer identifier = identifier();
    Analyzer english = english();
    Analyzer plain = plain();
    Map<String, Analyzer> byField = new HashMap<>();
    byField.put(SearchFields.NAME_EXACT, exact());
    byField.put(SearchFields.NAME_STEM, identifierEnglish());
    SearchFields.IDENTIFIER_FIELDS.forEach(field -> byField.put(field, identifier));
    SearchFields.STEMMED_FIELDS.forEach(field -> byField.put(field, english));
    SearchFields.PLAIN_FIELDS.forEach(field -> byField.put(field, plain));
    return new PerFieldAnalyzerWrapper(plain(), byField);
  }

  private interface Steps {
    CustomAnalyzer.Builder apply(CustomAnalyzer.Builder builder) throws IOException;
  }

  /** Every view ends lower-cased and folded; the steps give the tokenizer and what comes first. */
  private static Analyzer build(Steps steps) {
    try {
      return steps
          .apply(CustomAnalyzer.builder())
          .addTokenFilter(LowerCaseFilterFactory.class)
          .addTokenFilter(ASCIIFoldingFilterFactory.class)
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package dev.meshlens.indexer.search;

import dev.meshlens.indexer.search.ParsedQuery.FieldValue;
import dev.meshlens.indexer.search.ParsedQuery.Group;
import dev.meshlens.indexer.search.ParsedQuery.Part;
import dev.meshlens.indexer.search.ParsedQuery.Phrase;
import dev.meshlens.indexer.search.ParsedQuery.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Turns a parsed query into the Lucene queries of stage 1, from strict to lenient:
 *
 * <ol>
 *   <li>strict: every free word (stop words aside) must match some view, in the text as typed or in
 *       one of its glossary-synonym readings;
 *   <li>relaxed: about half of the free words must match, for natural-language questions;
 *   <li>fuzzy: the strict (or, when that found nothing, the relaxed) pass where each word may also
 *       match within an edit distance in the unstemmed views; never when the query quotes anything.
 * </ol>
 *
 * Phrases, {@code field:value} parts and {@code OR} groups are required in every pass; exclusions
 * are excluded in every pass. A whole-name match of the free text adds the exact-name bonus.
 */
final class QueryPlanner {

  /** How much a reading through a synonym weighs against the text as typed. */
  static final float SYNONYM_WEIGHT = 0.8f;

  /** How much an edit-distance match weighs against a real one. */
  static final float FUZZY_WEIGHT = 0.3f;

  private final Relevance relevance;

  QueryPlanner(Relevance relevance) {
    this.relevance = relevance;
  }

  /**
   * The passes of a query. {@code relaxed} and {@code fuzzy} are empty when they would not differ
   * from the pass before; {@code exactText} is the text an exact name must equal (empty if none).
   */
  record Plan(
      Query strict,
      Optional<Query> relaxed,
      Optional<Query> fuzzy,
      Optional<Query> fuzzyRelaxed,
      Optional<String> exactText,
      List<String> free,
      List<String> words) {}

  Plan plan(ParsedQuery parsed, Synonyms synonyms) {
    List<String> free = new ArrayList<>();
    BooleanQuery.Builder required = new BooleanQuery.Builder();
    boolean quoted = false;
    int requiredClauses = 0;
    for (Group group : parsed.groups()) {
      if (group.alternatives().size() == 1 && group.alternatives().getFirst() instanceof Word w) {
        free.add(w.text());
        continue;
      }
      quoted |= group.alternatives().stream().anyMatch(QueryPlanner::quoted);
      Query clause = group(group);
      boolean filterOnly = group.alternatives().stream().allMatch(QueryPlanner::isFacetValue);
      required.add(clause, filterOnly ? Occur.FILTER : Occur.MUST);
      requiredClauses++;
    }
    for (Part excluded : parsed.exclusions()) {
      required.add(part(excluded), Occur.MUST_NOT);
      requiredClauses++;
    }
    Optional<String> exactText = exactText(parsed, free);
    if (free.isEmpty()) {
      Query only = requiredClauses == 0 ? new MatchAllDocsQuery() : withMatchAll(required);
      Query strict = exactText.map(t -> withBonus(only, t)).orElse(only);
      return new Plan(
          strict,
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          exactText,
          List.of(),
          List.of());
    }
    List<String> variants = synonyms.variants(String.join(" ", free));
    List<String> words = new ArrayList<>();
    variants.forEach(v -> words.addAll(contentWords(v)));
    Query strict = combine(textPass(variants, false, false), required, exactText);
    int contentWords = contentWords(variants.getFirst()).size();
    Optional<Query> relaxed =
        contentWords > 1
            ? Optional.of(combine(textPass(variants, true, false), required, exactText))
            : Optional.empty();
    Optional<Query> fuzzy =
        quoted
            ? Optional.empty()
            : Optional.of(combine(textPass(variants, false, true), required, exactText));
    Optional<Query> fuzzyRelaxed =
        quoted || relaxed.isEmpty()
            ? fuzzy
            : Optional.of(combine(textPass(variants, true, true), required, exactText));
    return new Plan(
        strict, relaxed, fuzzy, fuzzyRelaxed, exactText, List.copyOf(free), List.copyOf(words));
  }

  /** The free text, or a lone quoted phrase, is what an exact name is compared with. */
  private static Optional<String> exactText(ParsedQuery parsed, List<String> free) {
    if (!free.isEmpty()) {
      return Optional.of(String.join(" ", free));
    }
    if (parsed.groups().size() == 1
        && parsed.groups().getFirst().alternatives().size() == 1
        && parsed.groups().getFirst().alternatives().getFirst() instanceof Phrase p) {
      return Optional.of(p.text());
    }
    return Optional.empty();
  }

  private Query textPass(List<String> variants, boolean relaxed, boolean fuzzy) {
    List<Query> readings = new ArrayList<>();
    for (int i = 0; i < variants.size(); i++) {
      Query reading = words(contentWords(variants.get(i)), relaxed, fuzzy && i == 0);
      readings.add(i == 0 ? reading : new BoostQuery(reading, SYNONYM_WEIGHT));
    }
    return readings.size() == 1 ? readings.getFirst() : new DisjunctionMaxQuery(readings, 0f);
  }

  /**
   * Every word (or about half of them, relaxed) must match; with {@code fuzzy}, a word matches
   * exactly or within an edit distance, the latter for less.
   */
  private Query words(List<String> words, boolean relaxed, boolean fuzzy) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    int clauses = 0;
    for (String word : words) {
      Optional<Query> q = relevance.word(word);
      if (fuzzy) {
        q = orFuzzy(q, relevance.fuzzyWord(word));
      }
      if (q.isPresent()) {
        all.add(q.get(), relaxed ? Occur.SHOULD : Occur.MUST);
        clauses++;
      }
    }
    if (clauses == 0) {
      return new MatchNoDocsQuery("no searchable word");
    }
    if (relaxed) {
      all.setMinimumNumberShouldMatch(Math.max(1, clauses / 2));
    }
    return all.build();
  }

  private static Optional<Query> orFuzzy(Optional<Query> exact, Optional<Query> fuzzy) {
    if (fuzzy.isEmpty()) {
      return exact;
    }
    Query weak = new BoostQuery(fuzzy.get(), FUZZY_WEIGHT);
    if (exact.isEmpty()) {
      return Optional.of(weak);
    }
    return Optional.of(
        new BooleanQuery.Builder().add(exact.get(), Occur.SHOULD).add(weak, Occur.SHOULD).build());
  }

  private Query combine(Query text, BooleanQuery.Builder required, Optional<String> exactText) {
    BooleanQuery.Builder all = copy(required);
    BooleanQuery.Builder scored = new BooleanQuery.Builder().add(text, Occur.MUST);
    exactText.flatMap(relevance::exactName).ifPresent(bonus -> scored.add(bonus, Occur.SHOULD));
    all.add(scored.build(), Occur.MUST);
    return all.build();
  }

  private Query withBonus(Query query, String text) {
    Optional<Query> bonus = relevance.exactName(text);
    if (bonus.isEmpty()) {
      return query;
    }
    return new BooleanQuery.Builder().add(query, Occur.MUST).add(bonus.get(), Occur.SHOULD).build();
  }

  private static Query withMatchAll(BooleanQuery.Builder required) {
    BooleanQuery.Builder all = copy(required);
    all.add(new MatchAllDocsQuery(), Occur.MUST);
    return all.build();
  }

  private static BooleanQuery.Builder copy(BooleanQuery.Builder builder) {
    BooleanQuery built = builder.build();
    BooleanQuery.Builder copy = new BooleanQuery.Builder();
    built.clauses().forEach(copy::add);
    return copy;
  }

  private Query group(Group group) {
    if (group.alternatives().size() == 1) {
      return part(group.alternatives().getFirst());
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    group.alternatives().forEach(p -> any.add(part(p), Occur.SHOULD));
    any.setMinimumNumberShouldMatch(1);
    return any.build();
  }

  private Query part(Part part) {
    Optional<Query> query =
        switch (part) {
          case Word w -> relevance.word(w.text());
          case Phrase p -> relevance.phrase(p.text());
          case FieldValue f -> Optional.of(fieldValue(f));
        };
    return query.orElseGet(() -> new MatchNoDocsQuery("nothing searchable in " + part));
  }

  private Query fieldValue(FieldValue f) {
    String value = f.value();
    return switch (f.field()) {
      case "type" -> Relevance.keywordLowerCase(SearchFields.TYPE, value);
      case "platform" -> Relevance.keywordLowerCase(SearchFields.PLATFORM, value);
      case "classification" -> Relevance.keywordLowerCase(SearchFields.CLASSIFICATION, value);
      case "domain" -> keywordOrText(SearchFields.DOMAIN, SearchFields.DOMAIN_TEXT, f);
      case "product" -> keywordOrText(SearchFields.PRODUCT, SearchFields.PRODUCT_TEXT, f);
      case "owner" -> keywordOrText(SearchFields.OWNER, SearchFields.OWNER_TEXT, f);
      case "glossary" -> keywordOrText(SearchFields.GLOSSARY_TERM, SearchFields.GLOSSARY_TEXT, f);
      case "tag" -> text(List.of(SearchFields.TAG_TEXT), f);
      case "name" -> text(List.of(SearchFields.NAME_IDENT, SearchFields.NAME_STEM), f);
      case "column" -> text(List.of(SearchFields.COLUMN_NAME, SearchFields.COLUMN_DESCRIPTION), f);
      case "description" -> text(List.of(SearchFields.DESCRIPTION), f);
      default -> throw new InvalidSearchException("Unknown field '" + f.field() + "'");
    };
  }

  /** A URN value is the keyword itself; any other value is looked for in the names. */
  private Query keywordOrText(String keywordField, String textField, FieldValue f) {
    return f.value().startsWith("urn:")
        ? Relevance.keyword(keywordField, f.value())
        : text(List.of(textField), f);
  }

  private Query text(List<String> fields, FieldValue f) {
    return relevance
        .wordsIn(fields, f.value(), f.quoted())
        .orElseGet(() -> new MatchNoDocsQuery("nothing searchable in " + f));
  }

  private static boolean isFacetValue(Part part) {
    return part instanceof FieldValue f
        && switch (f.field()) {
          case "type", "platform", "classification", "domain", "product", "owner", "tag" -> true;
          default -> false;
        };
  }

  private static boolean quoted(Part part) {
    return part instanceof Phrase || (part instanceof FieldValue f && f.quoted());
  }

  /** The words of a text that carry meaning: stop words aside, unless there is nothing else. */
  static List<String> contentWords(String text) {
    List<String> all = new ArrayList<>();
    for (String word : text.trim().split("\\s+")) {
      if (!word.isEmpty()) {
        all.add(word);
      }
    }
    List<String> content =
        all.stream()
            .filter(
                w -> !EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(w.toLowerCase(Locale.ROOT)))
            .toList();
    return content.isEmpty() ? all : content;
  }
}

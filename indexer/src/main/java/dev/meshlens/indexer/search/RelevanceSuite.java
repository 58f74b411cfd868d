package dev.meshlens.indexer.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A relevance suite: judged queries, each with its category and graded judgments (asset URN to 3
 * for the answer, 2 highly relevant, 1 related; anything unjudged is not relevant), run against a
 * search function and measured per query, per category and overall (see {@link RelevanceReport}):
 *
 * <ul>
 *   <li>nDCG@10: gain {@code 2^grade - 1}, discount {@code log2(rank + 1)}, normalized by the ideal
 *       ranking of the judged assets;
 *   <li>reciprocal rank: of the first result among the first 10 that has the query's top judged
 *       grade (3 when an answer is judged, else the highest grade given), 0 when none does; its
 *       mean is MRR;
 *   <li>P@1: 1 when the first result is graded 2 or more;
 *   <li>zero-result queries: queries that return nothing.
 * </ul>
 *
 * <p>The judgments file is YAML: {@code queries: [{id, query, category, note, judgments: {urn:
 * grade}}]}, {@code note} optional. An exact-name query has exactly one answer graded 3.
 */
public final class RelevanceSuite {

  /** How many results of each query are measured. */
  public static final int DEPTH = 10;

  private static final Set<String> KEYS = Set.of("id", "query", "category", "note", "judgments");

  /** What a query tests. */
  public enum Category {
    EXACT_NAME("exact-name"),
    SNAKE_CASE("snake-case"),
    CAMEL_CASE("camel-case"),
    PARTIAL_NAME("partial-name"),
    NATURAL_LANGUAGE("natural-language"),
    MISSPELLING("misspelling"),
    SYNONYM("synonym"),
    PLURAL_SINGULAR("plural-singular"),
    COLUMN("column");

    private final String code;

    Category(String code) {
      this.code = code;
    }

    /** The category as written in a judgments file. */
    public String code() {
      return code;
    }

    public static Category fromCode(String code) {
      for (Category category : values()) {
        if (category.code.equals(code)) {
          return category;
        }
      }
      throw new IllegalArgumentException(
          "unknown category '"
              + code
              + "' (known: "
              + String.join(", ", Arrays.stream(values()).map(Category::code).toList())
              + ")");
    }
  }

  /** One judged query; {@code note} says why it is judged so (empty when none). */
  public record JudgedQuery(
      String id, String query, Category category, String note, Map<String, Integer> judgments) {
    public JudgedQuery {
      if (id == null || id.isBlank()) {
        throw new IllegalArgumentException("id must not be blank");
      }
      if (query == null || query.isBlank()) {
        throw new IllegalArgumentException("query must not be blank");
      }
      if (category == null) {
        throw new IllegalArgumentException("category is required");
      }
      if (judgments == null || judgments.isEmpty()) {
        throw new IllegalArgumentException("judgments must not be empty");
      }
      judgments.forEach((urn, grade) -> {
        if (urn == null || urn.isBlank()) {
          throw new IllegalArgumentException("a judged URN must not be blank");
        }
        if (grade == null || grade < 1 || grade > 3) {
          throw new IllegalArgumentException(
              "grade of " + urn + " must be 1, 2 or 3; got: " + grade);
        }
      });
      if (category == Category.EXACT_NAME
          && judgments.values().stream().filter(g -> g == 3).count() != 1) {
        throw new IllegalArgumentException(
            "an exact-name query must have exactly one answer graded 3; got: " + judgments);
      }
      note = note == null ? "" : note;
      judgments = Collections.unmodifiableMap(new LinkedHashMap<>(judgments));
    }

    /** The highest grade judged for this query. */
    public int topGrade() {
      return judgments.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
    }

    /** The assets judged with the top grade, in file order. */
    public List<String> answers() {
      int top = topGrade();
      return judgments.entrySet().stream()
          .filter(e -> e.getValue() == top)
          .map(Map.Entry::getKey)
          .toList();
    }
  }

  /** A search under test: the URNs it ranks first for a query, best first. */
  @FunctionalInterface
  public interface Searcher {
    List<String> search(String query);
  }

  private final List<JudgedQuery> queries;

  public RelevanceSuite(List<JudgedQuery> queries) {
    if (queries.isEmpty()) {
      throw new IllegalArgumentException("a relevance suite needs at least one judged query");
    }
    Set<String> ids = new HashSet<>();
    for (JudgedQuery query : queries) {
      if (!ids.add(query.id())) {
        throw new IllegalArgumentException("duplicate query id '" + query.id() + "'");
      }
    }
    this.queries = List.copyOf(queries);
  }

  /**
   * Reads a judgments file; every problem is reported at once in one {@link
   * IllegalArgumentException}, naming {@code origin} and the entry (its index and id).
   */
  public static RelevanceSuite load(InputStream yaml, String origin) {
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "Judgments " + origin + " cannot be read: " + e.getMessage(), e);
    }
    JsonNode list = root == null ? null : root.get("queries");
    if (list == null || !list.isArray() || list.isEmpty()) {
      throw new IllegalArgumentException(
          "Judgments " + origin + " must hold a non-empty list under 'queries'");
    }
    List<JudgedQuery> queries = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode node = list.get(i);
      String where =
          "queries[" + i + "]" + (node.hasNonNull("id") ? " (" + text(node, "id") + ")" : "");
      try {
        JudgedQuery query = judged(node);
        if (!ids.add(query.id())) {
          throw new IllegalArgumentException("duplicate id '" + query.id() + "'");
        }
        queries.add(query);
      } catch (IllegalArgumentException e) {
        problems.add(where + ": " + e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "Judgments " + origin + " have " + problems.size() + " problem(s): " + problems);
    }
    return new RelevanceSuite(queries);
  }

  private static JudgedQuery judged(JsonNode node) {
    if (!node.isObject()) {
      throw new IllegalArgumentException("must be a mapping");
    }
    node.fieldNames()
        .forEachRemaining(key -> {
          if (!KEYS.contains(key)) {
            throw new IllegalArgumentException("unknown key '" + key + "' (known: " + KEYS + ")");
          }
        });
    String category = text(node, "category");
    if (category == null) {
      throw new IllegalArgumentException("category is required");
    }
    JsonNode grades = node.path("judgments");
    if (!grades.isObject()) {
      throw new IllegalArgumentException("judgments must be a mapping of asset URN to grade");
    }
    Map<String, Integer> judgments = new LinkedHashMap<>();
    grades
        .fields()
        .forEachRemaining(e -> {
          if (!e.getValue().isInt()) {
            throw new IllegalArgumentException(
                "grade of " + e.getKey() + " must be 1, 2 or 3; got: " + e.getValue());
          }
          judgments.put(e.getKey(), e.getValue().intValue());
        });
    return new JudgedQuery(
        text(node, "id"),
        text(node, "query"),
        Category.fromCode(category.toLowerCase(Locale.ROOT)),
        text(node, "note"),
        judgments);
  }

  private static String text(JsonNode node, String key) {
    JsonNode value = node.get(key);
    return value == null || value.isNull() || !value.isValueNode() ? null : value.asText();
  }

  public List<JudgedQuery> queries() {
    return queries;
  }

  /** Every judged URN once, in file order: to check they all exist in the catalog judged. */
  public List<String> judgedUrns() {
    Set<String> urns = new LinkedHashSet<>();
    queries.forEach(q -> urns.addAll(q.judgments().keySet()));
    return List.copyOf(urns);
  }

  /** Runs every query through {@code searcher} and measures its first {@value #DEPTH} results. */
  public RelevanceReport run(Searcher searcher) {
    List<RelevanceReport.QueryResult> results = new ArrayList<>();
    for (JudgedQuery query : queries) {
      List<String> ranked = searcher.search(query.query());
      results.add(
          RelevanceReport.QueryResult.of(query, ranked.subList(0, Math.min(DEPTH, ranked.size()))));
    }
    return new RelevanceReport(results);
  }
}

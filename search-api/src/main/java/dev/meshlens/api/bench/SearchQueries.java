package dev.meshlens.api.bench;

import dev.meshlens.api.bench.BenchQuery.Kind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Makes the mixed list of benchmark searches from the generated names and words, in the shares of
 * {@link Kind}, shuffled: whole dataset names as displayed, one word of a name, a name word with a
 * column word, column names, a name word with a tag, platform or domain filter, a name word with
 * one typo, and a blank search with a domain or tag filter. Also the prefixes typed into
 * autocomplete. The same material and seed give the same list.
 */
final class SearchQueries {
  private final QueryMaterial material;
  private final Random random;

  SearchQueries(QueryMaterial material, long seed) {
    if (material.names().isEmpty() || material.columns().isEmpty()) {
      throw new IllegalArgumentException("No names or columns to make queries of");
    }
    this.material = material;
    this.random = new Random(seed);
  }

  /** {@code count} searches in the shares of {@link Kind}, shuffled. */
  List<BenchQuery> mixed(int count) {
    List<BenchQuery> queries = new ArrayList<>(count);
    for (Kind kind : Kind.values()) {
      int share = Math.max(1, count * kind.percent / 100);
      for (int i = 0; i < share; i++) {
        queries.add(make(kind));
      }
    }
    Collections.shuffle(queries, random);
    return queries;
  }

  /** {@code count} prefixes of 2 to 6 characters of dataset names, lower-cased. */
  List<String> prefixes(int count) {
    List<String> prefixes = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String name = pick(material.names()).toLowerCase(Locale.ROOT);
      prefixes.add(name.substring(0, Math.min(name.length(), 2 + random.nextInt(5))));
    }
    return prefixes;
  }

  private BenchQuery make(Kind kind) {
    return switch (kind) {
      case EXACT_NAME -> BenchQuery.text(kind, pick(material.names()));
      case PARTIAL_NAME -> BenchQuery.text(kind, nameWord());
      case SEVERAL_WORDS -> BenchQuery.text(kind, nameWord() + " " + columnWord());
      case COLUMN_NAME -> BenchQuery.text(kind, pick(material.columns()));
      case WITH_FILTER -> filtered(kind, nameWord());
      case MISSPELLED -> BenchQuery.text(kind, typo(longNameWord()));
      case BROWSE ->
          random.nextBoolean() || material.tags().isEmpty()
              ? new BenchQuery(kind, "", "domain", pick(material.domains()))
              : new BenchQuery(kind, "", "tag", pick(material.tags()));
    };
  }

  private BenchQuery filtered(Kind kind, String text) {
    int roll = random.nextInt(10);
    if (roll < 6 && !material.tags().isEmpty()) {
      return new BenchQuery(kind, text, "tag", pick(material.tags()));
    }
    if (roll < 8) {
      return new BenchQuery(kind, text, "platform", pick(material.platforms()));
    }
    return new BenchQuery(kind, text, "domain", pick(material.domains()));
  }

  /** One word of a dataset name, lower-cased. */
  private String nameWord() {
    return pick(words(pick(material.names())));
  }

  /** A word of at least 5 letters from a dataset name, lower-cased (some name has one). */
  private String longNameWord() {
    for (int attempt = 0; attempt < 100; attempt++) {
      String word = nameWord();
      if (word.length() >= 5) {
        return word;
      }
    }
    return nameWord();
  }

  private String columnWord() {
    return pick(words(pick(material.columns())));
  }

  /** One typo: a letter dropped or two neighbours swapped, never the first letter. */
  private String typo(String word) {
    if (word.length() < 3) {
      return word;
    }
    int at = 1 + random.nextInt(word.length() - 2);
    if (random.nextBoolean()) {
      return word.substring(0, at) + word.substring(at + 1);
    }
    return word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2);
  }

  /** The words of a name or identifier: split at spaces, underscores and case changes. */
  static List<String> words(String name) {
    String spaced = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ');
    return Arrays.stream(spaced.split(" +"))
        .filter(w -> !w.isBlank())
        .map(w -> w.toLowerCase(Locale.ROOT))
        .toList();
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}

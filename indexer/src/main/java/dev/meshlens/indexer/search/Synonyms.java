package dev.meshlens.indexer.search;

import dev.meshlens.catalog.AssetQuery;
import dev.meshlens.catalog.AssetSummary;
import dev.meshlens.catalog.CatalogStore;
import dev.meshlens.catalog.EntityType;
import dev.meshlens.catalog.Page;
import dev.meshlens.catalog.model.GlossaryTermInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.CharTokenizer;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;
import org.apache.lucene.util.graph.GraphTokenStreamFiniteStrings;

/**
 * Query-time synonyms from the glossary in the store: a synonym a user types (one word or several,
 * any case) also searches for the term it belongs to, so {@code client} finds what is linked to or
 * named by the glossary term {@code Customer}. The expansion is one-way (synonym to term), so a
 * query for the term itself stays as precise as typed.
 *
 * <p>Expansion runs Lucene's {@link SynonymGraphFilter} over the typed words and reads every path
 * of the resulting graph back as a variant of the query text; words keep their case, so the
 * identifier views still see {@code camelCase}.
 */
final class Synonyms {

  static final Synonyms NONE = new Synonyms(Map.of());

  /** The most variants one query expands to (the original included). */
  static final int MAX_VARIANTS = 8;

  private final Map<String, Set<String>> rules;
  private final SynonymMap map;

  private Synonyms(Map<String, Set<String>> rules) {
    this.rules = rules;
    this.map = rules.isEmpty() ? null : build(rules);
  }

  /** The synonyms of every live glossary term in the store. */
  static Synonyms load(CatalogStore store) {
    Map<String, Set<String>> rules = new TreeMap<>();
    for (int page = 1; ; page++) {
      Page<AssetSummary> terms =
          store.listAssets(new AssetQuery(EntityType.TERM, null, page, AssetQuery.MAX_SIZE, false));
      store
          .findAssets(terms.items().stream().map(AssetSummary::urn).toList())
          .values()
          .forEach(asset ->
              asset.aspect(GlossaryTermInfo.class).ifPresent(info -> addRules(rules, info)));
      if ((long) page * AssetQuery.MAX_SIZE >= terms.total()) {
        return new Synonyms(rules);
      }
    }
  }

  /** Synonyms from explicit rules: each key (a word or words) also searches for its values. */
  static Synonyms of(Map<String, Set<String>> rules) {
    Map<String, Set<String>> normalized = new TreeMap<>();
    rules.forEach((from, to) -> to.forEach(t -> add(normalized, from, t)));
    return new Synonyms(normalized);
  }

  private static void addRules(Map<String, Set<String>> rules, GlossaryTermInfo info) {
    for (String synonym : info.synonyms()) {
      add(rules, synonym, info.name());
    }
  }

  private static void add(Map<String, Set<String>> rules, String from, String to) {
    String key = normalize(from);
    String value = normalize(to);
    if (!key.isEmpty() && !value.isEmpty() && !key.equals(value)) {
      rules.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(value);
    }
  }

  private static String normalize(String text) {
    return String.join(" ", words(text)).toLowerCase(Locale.ROOT);
  }

  /** Whether any rule is known. */
  boolean isEmpty() {
    return map == null;
  }

  /** The rules, synonym to terms, lower-cased: for tests and explanations. */
  Map<String, Set<String>> rules() {
    return rules;
  }

  /**
   * The texts to search for {@code text}: the text itself first, then each way of reading it with
   * synonyms replaced by their terms, at most {@link #MAX_VARIANTS} in all.
   */
  List<String> variants(String text) {
    if (map == null || text.isBlank()) {
      return List.of(text);
    }
    Set<String> variants = new LinkedHashSet<>();
    variants.add(text);
    try (Analyzer analyzer = expanding();
        TokenStream stream = analyzer.tokenStream("", text)) {
      GraphTokenStreamFiniteStrings graph = new GraphTokenStreamFiniteStrings(stream);
      Iterator<TokenStream> paths = graph.getFiniteStrings();
      while (paths.hasNext() && variants.size() < MAX_VARIANTS) {
        variants.add(join(paths.next()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(variants);
  }

  private static String join(TokenStream path) throws IOException {
    List<String> words = new ArrayList<>();
    CharTermAttribute term = path.addAttribute(CharTermAttribute.class);
    path.reset();
    while (path.incrementToken()) {
      words.add(term.toString());
    }
    path.end();
    path.close();
    return String.join(" ", words);
  }

  private Analyzer expanding() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer words = wordTokenizer();
        return new TokenStreamComponents(words, new SynonymGraphFilter(words, map, true));
      }
    };
  }

  /** Words are separated by white space and sentence punctuation; case is kept. */
  private static Tokenizer wordTokenizer() {
    return CharTokenizer.fromSeparatorCharPredicate(
        c -> Character.isWhitespace(c) || ",;!?()[]{}".indexOf(c) >= 0);
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    for (String word : text.split("[\\s,;!?()\\[\\]{}]+")) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }

  private static SynonymMap build(Map<String, Set<String>> rules) {
    try {
      SynonymMap.Builder builder = new SynonymMap.Builder(true);
      rules.forEach((from, targets) -> {
        CharsRef input = SynonymMap.Builder.join(from.split(" "), new CharsRefBuilder());
        for (String target : targets) {
          CharsRef output = SynonymMap.Builder.join(target.split(" "), new CharsRefBuilder());
          builder.add(input, output, true);
        }
      });
      return builder.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return "Synonyms" + rules;
  }
}

package dev.meshlens.indexer.search;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.EntityType;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.Aspect;
import dev.meshlens.catalog.model.Classification;
import dev.meshlens.catalog.model.Classification.Sensitivity;
import dev.meshlens.catalog.model.DatasetInfo;
import dev.meshlens.catalog.model.DomainInfo;
import dev.meshlens.catalog.model.JobInfo;
import dev.meshlens.catalog.model.Membership;
import dev.meshlens.catalog.model.Owner;
import dev.meshlens.catalog.model.Ownership;
import dev.meshlens.catalog.model.ProductInfo;
import dev.meshlens.catalog.model.Tag;
import dev.meshlens.catalog.model.Tags;
import dev.meshlens.catalog.sqlite.SqliteCatalogStore;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Randomized oracle test: random catalogs in a real store, random searches (a word or nothing,
 * facet filters, visibility grants) on the real index, and every total, hit and facet count
 * compared with a brute-force count over an in-memory model of the catalog ("stupid slow but
 * hopefully correct matching", as in Lucene's {@code TestAnalyzingInfixSuggester.testRandomNRT}).
 *
 * <p>Names and descriptions are drawn from a vocabulary of words that no analyzer turns into one
 * another and that appear in no other indexed text (URNs, tags, owners and domains use other
 * words), so "the word is in the name or the description" is exactly what the engine matches. Every
 * failure message starts with the seed; {@code -Dmeshlens.oracle.seed=N} reruns only that seed.
 */
class SearchOracleTest {

  /** The NATO alphabet: plain lower-case words, no two of which share a stem. */
  static final List<String> VOCABULARY =
      List.of(
          ("alpha bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike november"
                  + " oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu")
              .split(" "));

  static final List<String> DIMENSIONS =
      List.of("type", "domain", "product", "owner", "tag", "platform", "classification");

  static final List<String> DOMAINS = List.of("sales", "finance", "logistics", "marketing", "hr");
  static final List<String> PLATFORMS = List.of("postgres", "Postgres", "kafka", "S3", "snowflake");
  static final List<String> TAGS = tags();
  static final List<Urn> OWNERS =
      IntStream.range(0, 24).mapToObj(i -> Urn.owner("team_" + (char) ('a' + i))).toList();
  static final String CRAWL = "jdbc:warehouse";
  static final String CURATION = "user:steward";

  static List<String> tags() {
    List<String> tags = new ArrayList<>(List.of("pii", "pii:email", "gold", "Customer Data"));
    IntStream.range(0, 26).forEach(i -> tags.add("label-" + (char) ('a' + i)));
    return List.copyOf(tags);
  }

  static Stream<Long> seeds() {
    Long only = Long.getLong("meshlens.oracle.seed");
    return only != null ? Stream.of(only) : Stream.of(1L, 7L, 42L, 2024L, 0xC0FFEEL);
  }

  @TempDir Path dir;

  /**
   * Four rounds of searches: on the first index, after the store changed under the open index,
   * after it changed while the index was closed (the reopened index catches up), after a reindex.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void totals_hits_and_facet_counts_match_a_brute_force_count(long seed) {
    Random random = new Random(seed);
    Catalog catalog = new Catalog(random, 250 + random.nextInt(150));
    Path indexDir = dir.resolve("index");
    try (SqliteCatalogStore store = SqliteCatalogStore.open(dir.resolve("catalog.db"))) {
      catalog.describeAll(store);
      catalog.withdrawSome(store, 0.10);
      try (SearchIndex index = SearchIndex.open(store, indexDir)) {
        searchAndCompare(index, catalog, random, "seed " + seed + ", first catalog");
        catalog.change(store);
        index.catchUp();
        searchAndCompare(index, catalog, random, "seed " + seed + ", changed while open");
      }
      catalog.change(store);
      try (SearchIndex index = SearchIndex.open(store, indexDir)) {
        searchAndCompare(index, catalog, random, "seed " + seed + ", changed while closed");
        index.reindex();
        searchAndCompare(index, catalog, random, "seed " + seed + ", reindexed");
      }
    }
  }

  static void searchAndCompare(SearchIndex index, Catalog catalog, Random random, String when) {
    for (int i = 0; i < 100; i++) {
      Search search = Search.random(random, catalog);
      String context = when + ", search #" + i + " " + search;
      List<Entry> matches = catalog.live().filter(search::matches).toList();
      compare(index.search(search.request()), search, matches, context);
      if (i % 5 == 0) {
        assertThat(everyHit(index, search))
            .as(context + ": every page together")
            .containsExactlyInAnyOrderElementsOf(
                matches.stream().map(e -> e.urn.toString()).toList());
      }
    }
  }

  /** The hits of every page of 100, in order. */
  static List<String> everyHit(SearchIndex index, Search search) {
    List<String> hits = new ArrayList<>();
    for (int page = 1; ; page++) {
      SearchResults results = index.search(search.request().withPage(page, 100));
      results.hits().forEach(hit -> hits.add(hit.urn()));
      if ((long) page * 100 >= results.total()) {
        return hits;
      }
    }
  }

  static void compare(SearchResults results, Search search, List<Entry> matches, String context) {
    assertThat(results.total()).as(context + ": total").isEqualTo(matches.size());

    Set<String> expected = new HashSet<>();
    matches.forEach(e -> expected.add(e.urn.toString()));
    List<String> hits = results.hits().stream().map(SearchHit::urn).toList();
    int onPage =
        Math.clamp(matches.size() - (long) (search.page() - 1) * search.size(), 0, search.size());
    assertThat(hits).as(context + ": hits").hasSize(onPage).doesNotHaveDuplicates();
    assertThat(expected).as(context + ": hits are matches").containsAll(hits);

    for (String dimension : DIMENSIONS) {
      compareFacet(
          results.facets().get(dimension),
          counts(matches, dimension),
          context + ", facet " + dimension);
    }
  }

  static Map<String, Long> counts(List<Entry> matches, String dimension) {
    return matches.stream()
        .flatMap(e -> e.values().get(dimension).stream())
        .collect(groupingBy(Function.identity(), TreeMap::new, counting()));
  }

  /**
   * The returned values are the top {@link Facets#TOP_VALUES} by count, each with its exact count;
   * a value left out has no higher count than the lowest one shown.
   */
  static void compareFacet(
      List<Facets.Count> returned, Map<String, Long> expected, String context) {
    String where = context + " (brute force " + expected + ", returned " + returned + ")";
    assertThat(returned).as(where).hasSize(Math.min(Facets.TOP_VALUES, expected.size()));
    assertThat(returned)
        .as(where + ": sorted by count")
        .extracting(Facets.Count::count)
        .isSortedAccordingTo(Comparator.reverseOrder());
    Set<String> shown = new HashSet<>();
    for (Facets.Count count : returned) {
      assertThat(count.count())
          .as(where + ": " + count.value())
          .isEqualTo(expected.getOrDefault(count.value(), 0L));
      shown.add(count.value());
    }
    long lowest = returned.isEmpty() ? 0 : returned.getLast().count();
    expected.forEach((value, count) -> {
      if (!shown.contains(value)) {
        assertThat(count).as(where + ": left out " + value).isLessThanOrEqualTo(lowest);
      }
    });
  }

  /** A random search: a word or nothing, 0-3 filtered dimensions, a visibility and a page. */
  record Search(
      String text, Map<String, Set<String>> filters, Set<String> grants, int page, int size) {

    static Search random(Random random, Catalog catalog) {
      return new Search(
          text(random),
          filters(random, catalog),
          grants(random),
          1 + random.nextInt(3),
          List.of(1, 5, 10, 50, 100).get(random.nextInt(5)));
    }

    /**
     * Blank, a word no asset has, or a vocabulary word as typed: lower, upper or capitalized,
     * accented ("álpha" finds "alpha") or with punctuation around it ("(alpha)", "alpha?").
     */
    static String text(Random random) {
      int kind = random.nextInt(20);
      if (kind < 6) {
        return kind < 3 ? "" : " \t ";
      }
      if (kind == 6) {
        return "zebra";
      }
      String word = pick(random, VOCABULARY);
      return switch (kind) {
        case 7 -> word.toUpperCase(Locale.ROOT);
        case 8 -> capitalized(word);
        case 9 -> accented(word);
        case 10 -> "(" + word + ")";
        case 11 -> word + pick(random, List.of(".", ",", "?", "!", ";"));
        default -> word;
      };
    }

    /** The word with its first vowel accented. */
    static String accented(String word) {
      for (int i = 0; i < word.length(); i++) {
        int vowel = "aeiou".indexOf(word.charAt(i));
        if (vowel >= 0) {
          return word.substring(0, i) + "áéíóú".charAt(vowel) + word.substring(i + 1);
        }
      }
      return word;
    }

    /** The vocabulary word a text stands for: accents, punctuation and case removed. */
    static String plain(String text) {
      String unaccented = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
      return unaccented.replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT);
    }

    static Map<String, Set<String>> filters(Random random, Catalog catalog) {
      Map<String, Set<String>> filters = new LinkedHashMap<>();
      List<String> dimensions = new ArrayList<>(DIMENSIONS);
      Collections.shuffle(dimensions, random);
      int filtered = List.of(0, 0, 0, 1, 1, 1, 2, 2, 3).get(random.nextInt(9));
      for (String dimension : dimensions.subList(0, filtered)) {
        List<String> values = catalog.universe(dimension);
        Set<String> chosen = new TreeSet<>();
        chosen.add(pick(random, values));
        if (random.nextBoolean()) {
          chosen.add(pick(random, values));
        }
        filters.put(dimension, chosen);
      }
      return filters;
    }

    /**
     * Null sees everything; otherwise mostly {@code public} and a few more grants, sometimes only
     * restricted grants or none at all.
     */
    static Set<String> grants(Random random) {
      int kind = random.nextInt(10);
      if (kind < 4) {
        return null;
      }
      List<String> labels =
          new ArrayList<>(
              List.of(
                  "sensitivity:confidential", "sensitivity:restricted", "sensitivity:internal"));
      DOMAINS.forEach(d -> labels.add("domain:" + Urn.domain(d)));
      Set<String> grants = new TreeSet<>(some(random, labels, 2));
      if (kind < 8) {
        grants.add("public");
      }
      return grants;
    }

    SearchRequest request() {
      SearchRequest request = SearchRequest.of(text).withPage(page, size);
      for (Map.Entry<String, Set<String>> filter : filters.entrySet()) {
        for (String value : filter.getValue()) {
          request = request.withFilter(filter.getKey(), value);
        }
      }
      return grants == null ? request : request.withVisibility(Visibility.granted(grants));
    }

    boolean matches(Entry entry) {
      boolean text = this.text.isBlank() || entry.words().contains(plain(this.text));
      boolean visible = grants == null || entry.labels().stream().anyMatch(grants::contains);
      Map<String, Set<String>> values = entry.values();
      return text
          && visible
          && filters.entrySet().stream()
              .allMatch(f -> f.getValue().stream().anyMatch(values.get(f.getKey())::contains));
    }
  }

  static <T> T pick(Random random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** Up to {@code max} distinct values. */
  static <T> List<T> some(Random random, List<T> values, int max) {
    Set<T> chosen = new LinkedHashSet<>();
    int n = random.nextInt(max + 1);
    for (int i = 0; i < n; i++) {
      chosen.add(pick(random, values));
    }
    return List.copyOf(chosen);
  }

  /**
   * What the crawl states about an asset (null or empty: not stated). A job's name is the last part
   * of its URN, so its {@code nameWords} are empty; only datasets have a platform and a
   * classification; only datasets and jobs state a domain and product (those of domains and
   * products are in their URN); domains have no tags.
   */
  record Crawl(
      List<String> nameWords,
      String name,
      List<String> descriptionWords,
      String description,
      Urn domain,
      Urn product,
      List<Urn> owners,
      List<String> tags,
      String platform,
      Sensitivity classification) {}

  /** One asset of the model: what each of the two sources states about it now. */
  static final class Entry {
    final Urn urn;
    final List<String> urnWords;
    Crawl crawl;
    List<String> curatedTags;

    Entry(Urn urn, List<String> urnWords) {
      this.urn = urn;
      this.urnWords = urnWords;
    }

    /** An asset lives while some source states anything about it. */
    boolean live() {
      return crawl != null || curatedTags != null;
    }

    /** The vocabulary words of its name and description. */
    Set<String> words() {
      Set<String> words = new HashSet<>(urnWords);
      if (crawl != null) {
        words.addAll(crawl.nameWords());
        words.addAll(crawl.descriptionWords());
      }
      return words;
    }

    /** Its values in each facet dimension. */
    Map<String, Set<String>> values() {
      Map<String, Set<String>> values = new LinkedHashMap<>();
      DIMENSIONS.forEach(d -> values.put(d, new HashSet<>()));
      values.get("type").add(urn.type().code());
      if (urn.type() == EntityType.DOMAIN) {
        values.get("domain").add(urn.toString());
      } else if (urn.type() == EntityType.PRODUCT) {
        values.get("domain").add(urn.domainOfProduct().toString());
        values.get("product").add(urn.toString());
      }
      if (curatedTags != null) {
        values.get("tag").addAll(curatedTags);
      }
      if (crawl == null) {
        return values;
      }
      if (crawl.domain() != null) {
        values.get("domain").add(crawl.domain().toString());
      }
      if (crawl.product() != null) {
        values.get("product").add(crawl.product().toString());
      }
      crawl.owners().forEach(owner -> values.get("owner").add(owner.toString()));
      values.get("tag").addAll(crawl.tags());
      if (crawl.platform() != null) {
        values.get("platform").add(crawl.platform().toLowerCase(Locale.ROOT));
      }
      if (crawl.classification() != null) {
        values.get("classification").add(lower(crawl.classification()));
      }
      return values;
    }

    /** Public, or for confidential and restricted assets the sensitivity and domain grants. */
    List<String> labels() {
      Sensitivity level = crawl == null ? null : crawl.classification();
      if (level == null || level.compareTo(Sensitivity.CONFIDENTIAL) < 0) {
        return List.of("public");
      }
      List<String> labels = new ArrayList<>(List.of("sensitivity:" + lower(level)));
      if (crawl.domain() != null) {
        labels.add("domain:" + crawl.domain());
      }
      return labels;
    }
  }

  static String capitalized(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  static String lower(Sensitivity level) {
    return level.name().toLowerCase(Locale.ROOT);
  }

  /**
   * The model of a random catalog and the batches that put it in a store. The crawl source states
   * every asset; a curation source adds tags to some, so withdrawing the crawl's statements leaves
   * those assets alive with their curated tags only.
   */
  static final class Catalog {
    private final Random random;
    private final List<Entry> entries = new ArrayList<>();
    private final double classifiedShare;
    private final double productShare;

    Catalog(Random random, int size) {
      this.random = random;
      this.classifiedShare = pick(random, List.of(0.0, 0.5, 0.9));
      this.productShare = pick(random, List.of(0.0, 0.6));
      DOMAINS.forEach(d -> entries.add(new Entry(Urn.domain(d), List.of())));
      products().forEach(p -> entries.add(new Entry(p, List.of())));
      for (int i = 0; i < size; i++) {
        if (random.nextInt(7) == 0) {
          List<String> words = words(1, 3);
          entries.add(new Entry(Urn.job("airflow", render(words) + "_" + i), words));
        } else {
          entries.add(new Entry(Urn.dataset("pg://warehouse", "t" + i), List.of()));
        }
      }
    }

    Stream<Entry> live() {
      return entries.stream().filter(Entry::live);
    }

    /** The values a filter on {@code dimension} may ask for, some of which no asset has. */
    List<String> universe(String dimension) {
      return switch (dimension) {
        case "type" -> List.of("dataset", "job", "product", "domain", "term");
        case "domain" ->
            Stream.concat(DOMAINS.stream(), Stream.of("nowhere"))
                .map(d -> Urn.domain(d).toString())
                .toList();
        case "product" -> products().stream().map(Urn::toString).toList();
        case "owner" -> OWNERS.stream().map(Urn::toString).toList();
        case "tag" -> TAGS;
        case "platform" -> List.of("postgres", "kafka", "s3", "snowflake", "oracle");
        case "classification" -> List.of("public", "internal", "confidential", "restricted");
        default -> throw new IllegalArgumentException(dimension);
      };
    }

    static List<Urn> products() {
      return DOMAINS.stream()
          .flatMap(d -> Stream.of("core", "insights").map(p -> Urn.product(d, p)))
          .toList();
    }

    void describeAll(SqliteCatalogStore store) {
      Batch.Builder batch = Batch.builder(CRAWL);
      for (Entry entry : entries) {
        entry.crawl = crawl(entry, null);
        state(batch, entry);
      }
      store.apply(batch.build());
      curateSome(store, 0.2);
    }

    /** Changes what the crawl says of some assets (their membership kept) and revives others. */
    private void changeSome(SqliteCatalogStore store, double share) {
      Batch.Builder batch = Batch.builder(CRAWL);
      for (Entry entry : entries) {
        if (entry.crawl != null && random.nextDouble() < share) {
          entry.crawl = crawl(entry, entry.crawl);
          state(batch, entry);
        } else if (entry.crawl == null && random.nextBoolean()) {
          entry.crawl = crawl(entry, null);
          state(batch, entry);
        }
      }
      apply(store, batch);
      curateSome(store, 0.05);
    }

    /** What a later crawl and curation do: change, withdraw and uncurate some assets. */
    void change(SqliteCatalogStore store) {
      changeSome(store, 0.10);
      withdrawSome(store, 0.08);
      uncurateSome(store, 0.30);
    }

    void curateSome(SqliteCatalogStore store, double share) {
      Batch.Builder batch = Batch.builder(CURATION);
      for (Entry entry : entries) {
        boolean taggable = entry.urn.type() != EntityType.DOMAIN;
        if (taggable && entry.curatedTags == null && random.nextDouble() < share) {
          entry.curatedTags = some(random, TAGS, 3);
          batch.upsert(entry.urn, tags(entry.curatedTags));
        }
      }
      apply(store, batch);
    }

    /** The crawl withdraws everything it said about some assets. */
    void withdrawSome(SqliteCatalogStore store, double share) {
      withdraw(store, CRAWL, share, e -> e.crawl != null, e -> e.crawl = null);
    }

    private void uncurateSome(SqliteCatalogStore store, double share) {
      withdraw(store, CURATION, share, e -> e.curatedTags != null, e -> e.curatedTags = null);
    }

    /** {@code source} withdraws its statements about a share of the assets it states. */
    private void withdraw(
        SqliteCatalogStore store,
        String source,
        double share,
        Predicate<Entry> states,
        Consumer<Entry> forget) {
      Batch.Builder batch = Batch.builder(source);
      for (Entry entry : entries) {
        if (states.test(entry) && random.nextDouble() < share) {
          batch.remove(entry.urn);
          forget.accept(entry);
        }
      }
      apply(store, batch);
    }

    private static void apply(SqliteCatalogStore store, Batch.Builder batch) {
      if (batch.size() > 0) {
        store.apply(batch.build());
      }
    }

    /** A random statement; a change keeps the membership of {@code old}. */
    private Crawl crawl(Entry entry, Crawl old) {
      EntityType type = entry.urn.type();
      boolean dataset = type == EntityType.DATASET;
      boolean member = dataset || type == EntityType.JOB;
      List<String> nameWords = type == EntityType.JOB ? List.of() : words(1, 3);
      List<String> descriptionWords = words(0, 6);
      Urn domain = !member ? null : old != null ? old.domain() : domain();
      Urn product = !member ? null : old != null ? old.product() : product(domain);
      return new Crawl(
          nameWords,
          nameWords.isEmpty() ? null : render(nameWords),
          descriptionWords,
          sentence(descriptionWords),
          domain,
          product,
          some(random, OWNERS, 3),
          type == EntityType.DOMAIN ? List.of() : some(random, TAGS, 4),
          dataset && random.nextInt(10) > 0 ? pick(random, PLATFORMS) : null,
          dataset && random.nextDouble() < classifiedShare
              ? pick(random, List.of(Sensitivity.values()))
              : null);
    }

    private Urn domain() {
      return random.nextInt(7) == 0 ? null : Urn.domain(pick(random, DOMAINS));
    }

    private Urn product(Urn domain) {
      if (domain == null || random.nextDouble() >= productShare) {
        return null;
      }
      return Urn.product(domain.localName(), pick(random, List.of("core", "insights")));
    }

    private static void state(Batch.Builder batch, Entry entry) {
      Crawl crawl = entry.crawl;
      batch.upsert(entry.urn, info(entry.urn.type(), crawl));
      if (crawl.domain() != null) {
        batch.upsert(entry.urn, new Membership(crawl.domain(), crawl.product()));
      }
      batch.upsert(
          entry.urn,
          new Ownership(crawl.owners().stream().map(o -> new Owner(o, "owner")).toList()));
      if (entry.urn.type() != EntityType.DOMAIN) {
        batch.upsert(entry.urn, tags(crawl.tags()));
      }
    }

    /** The aspect that names and describes an asset of this type. */
    private static Aspect info(EntityType type, Crawl crawl) {
      return switch (type) {
        case DATASET -> {
          Sensitivity level = crawl.classification();
          yield new DatasetInfo(
              crawl.name(),
              crawl.description(),
              crawl.platform(),
              "table",
              level == null ? null : new Classification(level, false),
              null,
              Map.of());
        }
        case JOB -> new JobInfo(crawl.description(), "batch", null);
        case PRODUCT ->
            new ProductInfo(
                crawl.name(), crawl.description(), "active", List.of(), List.of(), null);
        default -> new DomainInfo(crawl.name(), crawl.description());
      };
    }

    private static Tags tags(List<String> names) {
      return new Tags(names.stream().map(Tag::new).toList());
    }

    private List<String> words(int min, int max) {
      List<String> words = new ArrayList<>();
      int n = min + random.nextInt(max - min + 1);
      for (int i = 0; i < n; i++) {
        words.add(pick(random, VOCABULARY));
      }
      return words;
    }

    /** A name in one of the spellings identifiers come in: spaces, snake, kebab, dots, camel. */
    private String render(List<String> words) {
      int style = random.nextInt(5);
      if (style == 4) {
        StringBuilder camel = new StringBuilder(words.getFirst());
        words.subList(1, words.size()).forEach(w -> camel.append(capitalized(w)));
        return camel.toString();
      }
      return String.join(List.of(" ", "_", "-", ".").get(style), words);
    }

    /** A description: null, blank, or the words as a sentence. */
    private String sentence(List<String> words) {
      if (words.isEmpty()) {
        return random.nextBoolean() ? null : " ";
      }
      return capitalized(String.join(random.nextBoolean() ? " " : ", ", words)) + ".";
    }
  }
}

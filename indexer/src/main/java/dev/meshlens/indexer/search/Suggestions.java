package dev.meshlens.indexer.search;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.PostingsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.suggest.document.Completion104PostingsFormat;
import org.apache.lucene.search.suggest.document.CompletionAnalyzer;
import org.apache.lucene.search.suggest.document.ContextQuery;
import org.apache.lucene.search.suggest.document.ContextSuggestField;
import org.apache.lucene.search.suggest.document.PrefixCompletionQuery;
import org.apache.lucene.search.suggest.document.SuggestIndexSearcher;
import org.apache.lucene.search.suggest.document.TopSuggestDocs.SuggestScoreDoc;
import org.apache.lucene.search.suggest.document.TopSuggestDocsCollector;
import org.apache.lucene.util.BytesRef;

/**
 * Autocomplete over the asset documents themselves, with Lucene's near-real-time document
 * suggester: each document carries weighted completion entries in {@link #FIELD}, kept in an FST
 * per segment by the completion postings format. Suggestions are therefore exactly as current as
 * the searcher: an updated or deleted asset's old entries disappear on refresh.
 *
 * <p>Matching is by prefix of a normalized form: accents folded, split into identifier parts (on
 * any non-letter-or-digit, case changes and letter/digit boundaries), lower-cased, then
 * concatenated without separators. A name gets one entry per word start (the rest of the name from
 * that word), so a prefix matches the start of the name or of any of its words, and whatever the
 * user types between words ({@code customer add}, {@code customer_addr}, {@code CustomerAddr})
 * compacts to the same thing.
 *
 * <p>Entries carry the asset's access labels as contexts; a restricted caller's query accepts only
 * its grants, so hidden assets never reach the collector.
 */
final class Suggestions {

  /** The completion field of an asset document. */
  static final String FIELD = "suggest";

  /** The number of suggestions a caller gets unless it asks otherwise. */
  static final int DEFAULT_LIMIT = 10;

  /** The most suggestions one call may ask for. */
  static final int MAX_LIMIT = 100;

  /** The most completion entries (word starts) one asset gets. */
  static final int MAX_ENTRIES = 8;

  /** The longest entry, in chars of the normalized form; longer prefixes are cut the same way. */
  static final int MAX_ENTRY_CHARS = 64;

  /** What of a typed prefix is read at most, before normalizing (bounds the work on junk input). */
  static final int MAX_PREFIX_CHARS = 1024;

  /**
   * The index weight packs the caller's weight above the name's shortness, so that the suggester
   * itself ranks shorter names first among equal weights: {@code weight * LENGTH_STEPS +
   * (LENGTH_STEPS - 1 - min(length, LENGTH_STEPS - 1))}.
   */
  private static final int LENGTH_STEPS = 128;

  /** The largest caller weight kept apart; larger ones rank as this one. */
  static final long MAX_WEIGHT = (Integer.MAX_VALUE - LENGTH_STEPS) / LENGTH_STEPS;

  /** The stored fields a suggestion is read from. */
  private static final Set<String> STORED =
      Set.of(SearchFields.ID, SearchFields.TYPE, SearchFields.NAME);

  /**
   * Entries are normalized here, so both sides see them as one keyword: the index writer's own
   * analyzer would otherwise tokenize the field and no longer match the query's analysis.
   */
  private static final CompletionAnalyzer ANALYZER = new CompletionAnalyzer(new KeywordAnalyzer());

  private static final Codec CODEC = new SuggestCodec();

  private static final Comparator<Candidate> ORDER =
      Comparator.comparingDouble(Candidate::score)
          .reversed()
          .thenComparingInt((Candidate c) -> c.suggestion().name().length())
          .thenComparing(c -> c.suggestion().name(), String.CASE_INSENSITIVE_ORDER)
          .thenComparing(c -> c.suggestion().name())
          .thenComparing(c -> c.suggestion().urn());

  private Suggestions() {}

  /**
   * The codec the index writer must use: the default codec with the completion postings format on
   * {@link #FIELD}. Every writer of the index needs it, merges included: a segment written or
   * merged without it holds the entries as plain postings, which the suggester rejects.
   */
  static Codec codec() {
    return CODEC;
  }

  /**
   * Adds the suggestion entries of an asset to its document. {@code weight >= 0}, bigger first;
   * {@code accessLabels} as {@link AccessLabels} gives them (empty labels are ignored). A name
   * without any letter or digit adds nothing.
   */
  static void addTo(Document doc, String name, long weight, List<String> accessLabels) {
    if (weight < 0) {
      throw new IllegalArgumentException("suggestion weight must be >= 0, got " + weight);
    }
    List<String> contexts = new ArrayList<>(accessLabels.size());
    for (String label : accessLabels) {
      if (label.indexOf(ContextSuggestField.CONTEXT_SEPARATOR) >= 0) {
        throw new IllegalArgumentException("access label contains U+001D: " + label);
      }
      if (!label.isEmpty()) {
        contexts.add(label);
      }
    }
    int indexWeight = indexWeight(weight, name.length());
    CharSequence[] labels = contexts.toArray(CharSequence[]::new);
    for (String entry : entries(name)) {
      doc.add(new Entry(entry, indexWeight, labels));
    }
  }

  /**
   * The top {@code limit} assets whose name, or a word of it, starts with {@code prefix}: one per
   * asset, best weight first, ties by shorter name then name. Only assets visible under {@code
   * visibility}. A prefix without any letter or digit suggests nothing.
   *
   * <p>Scores are floats: above a weight of about 131,000 the shorter-name tie-break may blur, and
   * weights above {@link #MAX_WEIGHT} rank together; a bigger weight never ranks below a smaller.
   *
   * @throws IllegalArgumentException when {@code limit} is outside [1, {@link #MAX_LIMIT}]
   */
  static List<Suggestion> suggest(
      IndexSearcher searcher, String prefix, int limit, Visibility visibility) throws IOException {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException(
          "suggestion limit must be in [1, " + MAX_LIMIT + "], got " + limit);
    }
    String key = cut(compact(words(cut(prefix, MAX_PREFIX_CHARS), MAX_ENTRY_CHARS)));
    if (key.isEmpty()) {
      return List.of();
    }
    ContextQuery query =
        new ContextQuery(new PrefixCompletionQuery(ANALYZER, new Term(FIELD, key)));
    // Name the contexts even for a caller who sees everything: a context query without contexts
    // matches any context by walking the whole suggest FST, tens of milliseconds on a big index.
    Collection<String> contexts =
        visibility.unrestricted() ? labels(searcher.getIndexReader()) : visibility.grants();
    // No context at all would mean every context: a caller without a usable grant sees nothing.
    int grants = 0;
    for (String grant : contexts) {
      if (!grant.isEmpty() && grant.indexOf(ContextSuggestField.CONTEXT_SEPARATOR) < 0) {
        // Boost 0 keeps the score equal to the index weight (a boost would multiply it).
        query.addContext(grant, 0f);
        grants++;
      }
    }
    if (grants == 0) {
      return List.of();
    }
    SuggestIndexSearcher suggester =
        searcher instanceof SuggestIndexSearcher s
            ? s
            : new SuggestIndexSearcher(searcher.getIndexReader());
    // The suggester counts every completion it finds, and an asset has one per matching entry
    // and context: asking for limit * MAX_ENTRIES documents keeps `limit` distinct ones in reach
    // and leaves candidates for the name tie-break.
    OnePerDocument collector = new OnePerDocument(limit * MAX_ENTRIES);
    suggester.suggest(query, collector);
    SuggestScoreDoc[] hits = collector.get().scoreLookupDocs();
    if (hits.length == 0) {
      return List.of();
    }
    Arrays.sort(hits, (a, b) -> Float.compare(b.score, a.score));
    // The suggester ranks by weight and shortness; names only break the ties at the cut.
    int end = Math.min(limit, hits.length);
    float last = hits[end - 1].score;
    while (end < hits.length && hits[end].score == last) {
      end++;
    }
    StoredFields stored = suggester.storedFields();
    List<Candidate> candidates = new ArrayList<>(end);
    for (int i = 0; i < end; i++) {
      Document doc = stored.document(hits[i].doc, STORED);
      Suggestion suggestion =
          new Suggestion(
              doc.get(SearchFields.ID),
              doc.get(SearchFields.TYPE),
              Objects.requireNonNullElse(doc.get(SearchFields.NAME), ""));
      candidates.add(new Candidate(hits[i].score, suggestion));
    }
    candidates.sort(ORDER);
    return candidates.stream().limit(limit).map(Candidate::suggestion).toList();
  }

  /** The completion entries of a name: from each word start to the end, normalized and cut. */
  static List<String> entries(String name) {
    List<String> words = words(name, Integer.MAX_VALUE);
    Set<String> entries = new LinkedHashSet<>();
    for (int i = 0; i < words.size() && i < MAX_ENTRIES; i++) {
      entries.add(cut(compact(words.subList(i, words.size()))));
    }
    return List.copyOf(entries);
  }

  private static int indexWeight(long weight, int nameLength) {
    long shortness = LENGTH_STEPS - 1 - Math.min(nameLength, LENGTH_STEPS - 1);
    return Math.toIntExact(Math.min(weight, MAX_WEIGHT) * LENGTH_STEPS + shortness);
  }

  /**
   * The identifier parts of a text, folded and lower-cased, until they hold {@code budget} chars.
   */
  static List<String> words(String text, int budget) {
    String folded = fold(text);
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    int size = 0;
    int previous = -1;
    for (int i = 0; i < folded.length() && size + word.length() < budget; ) {
      int cp = folded.codePointAt(i);
      i += Character.charCount(cp);
      if (previous != -1 && isMark(cp)) {
        word.appendCodePoint(cp);
        continue;
      }
      if (!Character.isLetterOrDigit(cp)) {
        size += flush(word, words);
        previous = -1;
        continue;
      }
      int next = i < folded.length() ? folded.codePointAt(i) : -1;
      if (previous != -1 && boundary(previous, cp, next)) {
        size += flush(word, words);
      }
      word.appendCodePoint(cp);
      previous = cp;
    }
    flush(word, words);
    return words;
  }

  /**
   * A word starts at a letter/digit change, a lower-to-upper change, or the last of a capital run.
   */
  private static boolean boundary(int previous, int cp, int next) {
    if (Character.isDigit(previous) != Character.isDigit(cp)) {
      return true;
    }
    if (!Character.isUpperCase(cp)) {
      return false;
    }
    return !Character.isUpperCase(previous)
        || (next != -1 && Character.isLowerCase(next)); // HTTPServer: HTTP | Server
  }

  /** Spacing and enclosing marks belong to their letter (non-spacing ones are folded away). */
  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
  }

  private static int flush(StringBuilder word, List<String> words) {
    if (word.isEmpty()) {
      return 0;
    }
    // Final sigma as sigma: whether a word ends here depends on how much has been typed.
    String lower = word.toString().toLowerCase(Locale.ROOT).replace('\u03c2', '\u03c3');
    words.add(lower);
    word.setLength(0);
    return lower.length();
  }

  /**
   * Accents off: decomposed, non-spacing marks dropped, recomposed (Hangul syllables come back),
   * then ASCII-folded for the letters that do not decompose (ø, ß, æ, ł...).
   */
  private static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder bare = new StringBuilder(decomposed.length());
    decomposed
        .codePoints()
        .filter(cp -> Character.getType(cp) != Character.NON_SPACING_MARK)
        .forEach(bare::appendCodePoint);
    char[] input = Normalizer.normalize(bare, Normalizer.Form.NFC).toCharArray();
    char[] output = new char[input.length * 4];
    int length = ASCIIFoldingFilter.foldToASCII(input, 0, output, 0, input.length);
    return new String(output, 0, length);
  }

  private static String compact(List<String> words) {
    return String.join("", words);
  }

  /** Cuts to {@link #MAX_ENTRY_CHARS} without splitting a surrogate pair. */
  private static String cut(String text) {
    return cut(text, MAX_ENTRY_CHARS);
  }

  private static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = max;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end);
  }

  private record Candidate(float score, Suggestion suggestion) {}

  /**
   * A completion entry, analyzed as one keyword by {@link #ANALYZER} whatever analyzer the index
   * writer has.
   */
  private static final class Entry extends ContextSuggestField {
    Entry(String value, int weight, CharSequence[] contexts) {
      super(FIELD, value, weight, contexts);
    }

    @Override
    public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
      return super.tokenStream(ANALYZER, reuse);
    }
  }

  /**
   * Keeps the first (best) completion of each document. A leaf reports completions best first and a
   * document lives in one leaf, so later ones of the same document are never better.
   */
  /** Every access label some document of the index carries. */
  private static List<String> labels(IndexReader reader) throws IOException {
    Terms terms = MultiTerms.getTerms(reader, SearchFields.ACCESS);
    if (terms == null) {
      return List.of();
    }
    List<String> labels = new ArrayList<>();
    TermsEnum each = terms.iterator();
    for (BytesRef term = each.next(); term != null; term = each.next()) {
      labels.add(term.utf8ToString());
    }
    return labels;
  }

  private static final class OnePerDocument extends TopSuggestDocsCollector {
    private final Set<Integer> seen = new HashSet<>();

    OnePerDocument(int count) {
      super(count, false);
    }

    @Override
    public void collect(int docID, CharSequence key, CharSequence context, float score)
        throws IOException {
      if (seen.add(docBase + docID)) {
        super.collect(docID, key, context, score);
      }
    }
  }

  /** The default codec with the completion postings format on {@link #FIELD}. */
  private static final class SuggestCodec extends Lucene104Codec {
    private final PostingsFormat completion = new Completion104PostingsFormat();

    @Override
    public PostingsFormat getPostingsFormatForField(String field) {
      return FIELD.equals(field) ? completion : super.getPostingsFormatForField(field);
    }
  }
}

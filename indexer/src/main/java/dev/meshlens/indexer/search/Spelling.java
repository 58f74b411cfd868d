package dev.meshlens.indexer.search;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Did you mean": each typed word the index does not know is replaced by the most frequent known
 * word within two edits, looked up in the unstemmed views (names first) with Lucene's {@link
 * DirectSpellChecker}. The rest of the query (fields, quotes, exclusions) is kept as typed.
 */
final class Spelling {

  private static final List<String> FIELDS =
      List.of(SearchFields.NAME_IDENT, SearchFields.COLUMN_NAME, SearchFields.DESCRIPTION_PLAIN);
  private static final Pattern WORD =
      Pattern.compile("(?<![\\w:\"-])[\\p{L}\\p{N}_]{4,}(?![\\w:])");

  private final DirectSpellChecker checker = new DirectSpellChecker();

  Spelling() {
    checker.setMinQueryLength(4);
    checker.setMaxEdits(2);
    checker.setMinPrefix(1);
  }

  /** The query with unknown words corrected, or empty when nothing needs correcting. */
  Optional<String> correct(IndexReader reader, String text, List<String> freeWords)
      throws IOException {
    StringBuilder corrected = new StringBuilder();
    Matcher words = WORD.matcher(text);
    boolean changed = false;
    int last = 0;
    while (words.find()) {
      String word = words.group();
      String replacement = word;
      if (freeWords.contains(word)) {
        replacement = correctWord(reader, word.toLowerCase(Locale.ROOT)).orElse(word);
      }
      changed |= !replacement.equals(word);
      corrected.append(text, last, words.start()).append(replacement);
      last = words.end();
    }
    corrected.append(text.substring(last));
    return changed ? Optional.of(corrected.toString()) : Optional.empty();
  }

  private Optional<String> correctWord(IndexReader reader, String word) throws IOException {
    for (String field : FIELDS) {
      if (reader.docFreq(new Term(field, word)) > 0) {
        return Optional.empty();
      }
    }
    for (String field : FIELDS) {
      SuggestWord[] similar =
          checker.suggestSimilar(
              new Term(field, word), 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
      if (similar.length > 0) {
        return Optional.of(similar[0].string);
      }
    }
    return Optional.empty();
  }
}

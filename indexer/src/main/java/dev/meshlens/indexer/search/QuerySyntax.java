package dev.meshlens.indexer.search;

import dev.meshlens.indexer.search.ParsedQuery.FieldValue;
import dev.meshlens.indexer.search.ParsedQuery.Group;
import dev.meshlens.indexer.search.ParsedQuery.Part;
import dev.meshlens.indexer.search.ParsedQuery.Phrase;
import dev.meshlens.indexer.search.ParsedQuery.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the search syntax users type into a {@link ParsedQuery}:
 *
 * <ul>
 *   <li>whitespace (any Unicode space, tabs and newlines too) separates groups, all of which must
 *       match;
 *   <li>{@code a OR b OR c} joins neighbours into one group of alternatives ({@code OR} in upper
 *       case only; {@code or} is a word);
 *   <li>{@code "exact phrase"}; an empty phrase {@code ""} is ignored; quotes end the term before
 *       and after them, so {@code "a b"c} is the phrase then the word {@code c};
 *   <li>{@code field:value} and {@code field:"quoted value"} for the {@link #FIELDS}, some under an
 *       alias ({@code term}, {@code col}, {@code columns}, {@code desc}, {@code tags}, {@code
 *       owners}); the field name is case-insensitive, the value is split at the first colon only
 *       ({@code tag:pii:email});
 *   <li>{@code -x}, {@code -"a b"}, {@code -field:v} exclude; a {@code -} inside a word ({@code
 *       order-lines}) is part of it, and a lone {@code -} is ignored.
 * </ul>
 *
 * <p>A colon makes a field query only when it reads as one: URNs ({@code urn:...}), URLs ({@code
 * s3://...}), {@code 12:30}, {@code café:x} and {@code note:} are words. An unknown field name
 * otherwise is an error, so a typo such as {@code tga:pii} is not silently searched as text. Errors
 * are {@link InvalidSearchException}s whose message names the problem and its character position
 * (counted from 1 in Unicode code points).
 */
public final class QuerySyntax {

  /** The longest text accepted, in characters (code points). */
  public static final int MAX_LENGTH = 1000;

  /** The most groups plus exclusions a search may have. */
  public static final int MAX_TERMS = 64;

  /** The fields a {@code field:value} term may name, by canonical name. */
  public static final List<String> FIELDS =
      List.of(
          "type",
          "domain",
          "product",
          "owner",
          "tag",
          "platform",
          "classification",
          "name",
          "column",
          "description",
          "glossary");

  private static final Map<String, String> ALIASES =
      Map.of(
          "term", "glossary",
          "col", "column",
          "columns", "column",
          "desc", "description",
          "tags", "tag",
          "owners", "owner");

  private static final String KNOWN_FIELDS =
      String.join(", ", FIELDS) + " (also term, col, columns, desc, tags, owners)";

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern SPACES = Pattern.compile("[\\p{javaWhitespace}\\p{Z}]+");
  private static final String OR = "OR";
  private static final String OR_EXAMPLE = "as in orders OR payments";

  private final String text;
  private int pos;

  private QuerySyntax(String text) {
    this.text = text;
  }

  /**
   * Parses what a user typed. A null or blank text is {@link ParsedQuery#EMPTY}.
   *
   * @throws InvalidSearchException for an unbalanced quote, a dangling {@code OR}, an unknown
   *     field, a field without a value, a text over {@link #MAX_LENGTH} characters or over {@link
   *     #MAX_TERMS} terms
   */
  public static ParsedQuery parse(String text) {
    if (text == null || text.isBlank()) {
      return ParsedQuery.EMPTY;
    }
    int length = text.codePointCount(0, text.length());
    if (length > MAX_LENGTH) {
      throw new InvalidSearchException(
          "The search text is "
              + length
              + " characters long; at most "
              + MAX_LENGTH
              + " are allowed: shorten it");
    }
    QuerySyntax syntax = new QuerySyntax(text);
    return syntax.group(syntax.tokens());
  }

  /** One term as lexed: a part (excluded or not) or the {@code OR} operator (no part). */
  private record Token(Part part, boolean excluded, int start, String typed) {
    boolean isOr() {
      return part == null;
    }
  }

  private List<Token> tokens() {
    List<Token> tokens = new ArrayList<>();
    while (skipSpace()) {
      next().ifPresent(tokens::add);
    }
    return tokens;
  }

  /** The term at {@code pos}, which is not a space; empty when the term is to be ignored. */
  private Optional<Token> next() {
    int start = pos;
    boolean excluded = startsExclusion();
    if (excluded) {
      pos++;
    }
    if (text.charAt(pos) == '"') {
      String phrase = quoted();
      return phrase.isEmpty()
          ? Optional.empty()
          : Optional.of(token(new Phrase(phrase), excluded, start));
    }
    String word = word();
    if (word.chars().allMatch(c -> c == '-')) {
      return Optional.empty();
    }
    if (!excluded && word.equals(OR)) {
      return Optional.of(new Token(null, false, start, OR));
    }
    Part part = fieldValue(word, start).orElseGet(() -> new Word(word));
    return Optional.of(token(part, excluded, start));
  }

  private Token token(Part part, boolean excluded, int start) {
    return new Token(part, excluded, start, text.substring(start, pos));
  }

  /** A single {@code -} directly followed by a term (not a space, not another {@code -}). */
  private boolean startsExclusion() {
    return text.charAt(pos) == '-'
        && pos + 1 < text.length()
        && !isSpace(pos + 1)
        && text.charAt(pos + 1) != '-';
  }

  /** The characters up to the next space or quote. */
  private String word() {
    int start = pos;
    while (pos < text.length() && !isSpace(pos) && text.charAt(pos) != '"') {
      pos++;
    }
    return text.substring(start, pos);
  }

  /** The text between the quote at {@code pos} and its closing quote, spaces normalized. */
  private String quoted() {
    int open = pos;
    int close = text.indexOf('"', open + 1);
    if (close < 0) {
      throw new InvalidSearchException(
          "Unbalanced quote: the quote at character "
              + position(open)
              + " is never closed; add the closing quote or remove it");
    }
    pos = close + 1;
    return SPACES.matcher(text.substring(open + 1, close)).replaceAll(" ").strip();
  }

  /**
   * The {@code field:value} a word (and the quoted value right after it) reads as, or empty when
   * the word is not a field query.
   */
  private Optional<Part> fieldValue(String word, int start) {
    int colon = word.indexOf(':');
    if (colon <= 0 || !IDENTIFIER.matcher(word.substring(0, colon)).matches()) {
      return Optional.empty();
    }
    String name = word.substring(0, colon);
    String value = word.substring(colon + 1);
    boolean quotedValue = value.isEmpty() && pos < text.length() && text.charAt(pos) == '"';
    String field = canonical(name);
    if (field == null && (word.regionMatches(true, 0, "urn:", 0, 4) || word.contains("://"))) {
      return Optional.empty();
    }
    if (quotedValue) {
      value = quoted();
    }
    if (field == null) {
      if (value.isEmpty()) {
        return Optional.empty();
      }
      throw new InvalidSearchException(
          "Unknown field '"
              + name
              + "' in "
              + text.substring(start, pos)
              + " at character "
              + position(start)
              + "; known fields: "
              + KNOWN_FIELDS
              + ". To search for the text itself, put it in quotes");
    }
    if (value.isEmpty()) {
      throw new InvalidSearchException(
          "Field '"
              + name
              + "' at character "
              + position(start)
              + " has no value: write one after the colon, as in "
              + name
              + ":value or "
              + name
              + ":\"two words\"");
    }
    return Optional.of(new FieldValue(field, value, quotedValue));
  }

  /** The canonical name of a field as typed (any case, or an alias), null when unknown. */
  private static String canonical(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return FIELDS.contains(lower) ? lower : ALIASES.get(lower);
  }

  /** Joins {@code OR}-ed neighbours into groups and sets the exclusions apart. */
  private ParsedQuery group(List<Token> tokens) {
    List<List<Part>> groups = new ArrayList<>();
    List<Part> exclusions = new ArrayList<>();
    Token previous = null;
    for (Token token : tokens) {
      checkOr(previous, token);
      if (token.excluded()) {
        exclusions.add(token.part());
      } else if (previous != null && previous.isOr()) {
        groups.getLast().add(token.part());
      } else if (!token.isOr()) {
        groups.add(new ArrayList<>(List.of(token.part())));
      }
      previous = token;
    }
    if (previous != null && previous.isOr()) {
      throw orError(previous, "has nothing after it: write it between two terms, " + OR_EXAMPLE);
    }
    int terms = groups.size() + exclusions.size();
    if (terms > MAX_TERMS) {
      throw new InvalidSearchException(
          "The search has "
              + terms
              + " terms; at most "
              + MAX_TERMS
              + " are allowed (terms joined by OR count as one): remove some");
    }
    return new ParsedQuery(groups.stream().map(Group::new).toList(), exclusions);
  }

  private void checkOr(Token previous, Token token) {
    if (token.isOr()) {
      if (previous == null) {
        throw orError(token, "has nothing before it: write it between two terms, " + OR_EXAMPLE);
      }
      if (previous.isOr()) {
        throw orError(token, "follows another OR: write one OR between two terms, " + OR_EXAMPLE);
      }
      if (previous.excluded()) {
        throw exclusionError(token, previous);
      }
    } else if (previous != null && previous.isOr() && token.excluded()) {
      throw exclusionError(previous, token);
    }
  }

  private InvalidSearchException exclusionError(Token or, Token exclusion) {
    return orError(
        or,
        "cannot join the exclusion "
            + exclusion.typed()
            + ": an exclusion applies to the whole search, so put it outside the OR");
  }

  private InvalidSearchException orError(Token or, String problem) {
    return new InvalidSearchException("OR at character " + position(or.start()) + " " + problem);
  }

  private boolean skipSpace() {
    while (pos < text.length() && isSpace(pos)) {
      pos++;
    }
    return pos < text.length();
  }

  private boolean isSpace(int index) {
    char c = text.charAt(index);
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** The 1-based position of a char index, counted in code points as a user counts characters. */
  private int position(int index) {
    return text.codePointCount(0, index) + 1;
  }
}

package dev.meshlens.indexer.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a user typed into the search box, as {@link QuerySyntax#parse(String)} reads it: groups that
 * must all match (each one or more alternatives joined by {@code OR}) and exclusions that must not
 * match.
 *
 * @param groups the groups, in the order typed; an asset matches when it matches every group
 * @param exclusions the parts typed with a leading {@code -}; an asset matching any is left out
 */
public record ParsedQuery(List<Group> groups, List<Part> exclusions) {

  /** The query of a blank text: browse everything. */
  public static final ParsedQuery EMPTY = new ParsedQuery(List.of(), List.of());

  public ParsedQuery {
    groups = List.copyOf(groups);
    exclusions = List.copyOf(exclusions);
  }

  /** One thing to look for: a word, a phrase or a field's value. */
  public sealed interface Part permits Word, Phrase, FieldValue {}

  /** A bare term as typed, case kept. */
  public record Word(String text) implements Part {
    public Word {
      requireText(text, "word");
    }
  }

  /** Quoted words, the quotes removed and runs of whitespace made one space. */
  public record Phrase(String text) implements Part {
    public Phrase {
      requireText(text, "phrase");
    }
  }

  /**
   * A value looked for in one field: {@code tag:pii}, {@code name:"customer orders"}.
   *
   * @param field the canonical field name, one of {@link QuerySyntax#FIELDS}
   * @param value the value as typed, quotes removed
   * @param quoted whether the value was quoted (and so is a phrase)
   */
  public record FieldValue(String field, String value, boolean quoted) implements Part {
    public FieldValue {
      if (!QuerySyntax.FIELDS.contains(field)) {
        throw new IllegalArgumentException(
            "field must be one of " + QuerySyntax.FIELDS + ", got: " + field);
      }
      requireText(value, "value");
    }
  }

  /**
   * Alternatives joined by {@code OR}: an asset matches the group when it matches any of them. A
   * group typed without {@code OR} has one alternative.
   */
  public record Group(List<Part> alternatives) {
    public Group {
      alternatives = List.copyOf(alternatives);
      if (alternatives.isEmpty()) {
        throw new IllegalArgumentException("a group needs at least one alternative");
      }
    }
  }

  /** Whether nothing was asked for: no group and no exclusion (a blank search browses). */
  public boolean isEmpty() {
    return groups.isEmpty() && exclusions.isEmpty();
  }

  /**
   * The texts of the words and phrases in the groups, in the order typed: what did-you-mean and
   * highlighting work on. Field values and exclusions are not free text.
   */
  public List<String> freeText() {
    List<String> texts = new ArrayList<>();
    for (Group group : groups) {
      for (Part part : group.alternatives()) {
        switch (part) {
          case Word word -> texts.add(word.text());
          case Phrase phrase -> texts.add(phrase.text());
          case FieldValue ignored -> {
            // a field's value is not free text
          }
        }
      }
    }
    return List.copyOf(texts);
  }

  private static void requireText(String text, String what) {
    Objects.requireNonNull(text, what);
    if (text.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
  }
}

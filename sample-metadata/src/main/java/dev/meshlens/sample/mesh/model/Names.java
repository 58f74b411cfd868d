package dev.meshlens.sample.mesh.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits snake_case and camelCase names into lower-case words and joins them back as prose. */
public final class Names {
  private Names() {}

  /** The lower-case words of a name: {@code clickThroughRate} and {@code click_through_rate}. */
  public static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    char previous = ' ';
    for (char c : name.toCharArray()) {
      boolean boundary = c == '_' || c == ' ' || c == '-' || c == '.';
      boolean camel = Character.isUpperCase(c) && Character.isLowerCase(previous);
      if ((boundary || camel) && word.length() > 0) {
        words.add(word.toString().toLowerCase(Locale.ROOT));
        word.setLength(0);
      }
      if (!boundary) {
        word.append(c);
      }
      previous = c;
    }
    if (word.length() > 0) {
      words.add(word.toString().toLowerCase(Locale.ROOT));
    }
    return words;
  }

  /** The words joined by spaces: {@code order_total_amount} gives {@code order total amount}. */
  public static String phrase(List<String> words) {
    return String.join(" ", words);
  }

  /** The phrase of a name. */
  public static String phrase(String name) {
    return phrase(words(name));
  }

  /** The text with its first letter upper-cased. */
  public static String capitalize(String text) {
    if (text.isEmpty()) {
      return text;
    }
    return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
  }

  /** The last word of a name, or an empty string. */
  public static String last(String name) {
    List<String> words = words(name);
    return words.isEmpty() ? "" : words.get(words.size() - 1);
  }

  /** A singular noun for a table name: {@code order_lines} gives {@code order line}. */
  public static String singular(String tableName) {
    String phrase = phrase(tableName);
    if (phrase.endsWith("ies")) {
      return phrase.substring(0, phrase.length() - 3) + "y";
    }
    if (phrase.endsWith("sses") || phrase.endsWith("ches") || phrase.endsWith("xes")) {
      return phrase.substring(0, phrase.length() - 2);
    }
    if (phrase.endsWith("s") && !phrase.endsWith("ss")) {
      return phrase.substring(0, phrase.length() - 1);
    }
    return phrase;
  }
}

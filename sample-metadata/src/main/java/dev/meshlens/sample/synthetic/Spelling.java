package dev.meshlens.sample.synthetic;

/** Spells words joined by {@code -} or {@code _} in the cases names come in. */
final class Spelling {
  private Spelling() {}

  /** {@code customer-care} or {@code page_views} as {@code Customer Care}, {@code Page Views}. */
  static String title(String words) {
    return recase(words, " ", true);
  }

  /** {@code order_events} or {@code customer-care} as {@code orderEvents}, {@code customerCare}. */
  static String camel(String words) {
    return recase(words, "", false);
  }

  /** {@code customer-care} as {@code customer_care}. */
  static String snake(String words) {
    return words.replace('-', '_');
  }

  private static String recase(String words, String separator, boolean capitalizeFirst) {
    StringBuilder out = new StringBuilder(words.length());
    boolean upper = capitalizeFirst;
    for (int i = 0; i < words.length(); i++) {
      char c = words.charAt(i);
      if (c == '-' || c == '_' || c == ' ') {
        out.append(separator);
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }
}

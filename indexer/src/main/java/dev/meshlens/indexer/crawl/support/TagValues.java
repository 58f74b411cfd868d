package dev.meshlens.indexer.crawl.support;

import dev.meshlens.catalog.model.Classification;
import dev.meshlens.catalog.model.Classification.Sensitivity;
import dev.meshlens.catalog.model.Tag;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Turns source labels into tags and classifications, warning about labels that cannot be tags. */
public final class TagValues {
  private TagValues() {}

  /** The valid tags among {@code names}, each once; the others are reported. */
  public static List<Tag> tags(List<String> names, Warnings warnings, String file, String path) {
    Set<Tag> out = new LinkedHashSet<>();
    for (int i = 0; i < names.size(); i++) {
      try {
        out.add(new Tag(names.get(i).trim()));
      } catch (IllegalArgumentException e) {
        warnings.add(file, path + "/" + i, e.getMessage());
      }
    }
    return new ArrayList<>(out);
  }

  /**
   * A classification from a sensitivity label ({@code public}, {@code internal}, {@code
   * confidential}, {@code restricted}; anything else is reported and ignored) and the tags: a tag
   * {@code pii} or {@code pii:<kind>} marks personal data. Null when neither says anything.
   */
  public static Classification classification(
      String label, List<Tag> tags, Warnings warnings, String file, String path) {
    boolean pii = tags.stream().anyMatch(TagValues::isPii);
    Sensitivity sensitivity = null;
    if (label != null) {
      try {
        sensitivity = Sensitivity.parse(label);
      } catch (IllegalArgumentException e) {
        warnings.add(file, path, e.getMessage());
      }
    }
    if (sensitivity == null && !pii) {
      return null;
    }
    return new Classification(sensitivity == null ? Sensitivity.INTERNAL : sensitivity, pii);
  }

  static boolean isPii(Tag tag) {
    String name = tag.name().toLowerCase(Locale.ROOT);
    return name.equals("pii") || name.startsWith("pii:");
  }
}

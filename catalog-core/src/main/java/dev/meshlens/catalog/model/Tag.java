package dev.meshlens.catalog.model;

import java.util.regex.Pattern;

/** A free label such as {@code pii}, {@code pii:email} or {@code gold}. */
public record Tag(String name) {
  private static final Pattern PATTERN =
      Pattern.compile("^[\\p{L}\\p{N}][\\p{L}\\p{N} _.:/+-]{0,99}$");

  public Tag {
    if (name == null || !PATTERN.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "Invalid tag '"
              + name
              + "': 1-100 letters, digits, spaces or _.:/+- starting with a letter or digit");
    }
  }
}

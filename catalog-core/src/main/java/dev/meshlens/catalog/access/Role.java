package dev.meshlens.catalog.access;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a token may do: read the catalog ({@link #READER}), edit the curated metadata of its
 * domains' assets ({@link #OWNER}), govern every domain ({@link #STEWARD}: sees everything, edits,
 * SPARQL, the audit log), push metadata ({@link #CRAWLER}: ingest only), or administer ({@link
 * #ADMIN}: everything).
 */
public enum Role {
  READER,
  OWNER,
  STEWARD,
  CRAWLER,
  ADMIN;

  /** The lower-case name used in the API and the CLI, for example {@code owner}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a role name case-insensitively; the message lists the known roles. */
  public static Role parse(String text) {
    for (Role role : values()) {
      if (role.code().equals(text == null ? "" : text.trim().toLowerCase(Locale.ROOT))) {
        return role;
      }
    }
    throw new IllegalArgumentException(
        "Unknown role '"
            + text
            + "' (known: "
            + Arrays.stream(values()).map(Role::code).collect(Collectors.joining(", "))
            + ")");
  }
}

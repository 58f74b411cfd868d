package dev.meshlens.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The kinds of asset the catalog knows, each with the parts its URN key is made of. */
public enum EntityType {
  DOMAIN("domain", List.of("domain")),
  PRODUCT("product", List.of("domain", "product")),
  DATASET("dataset", List.of("namespace", "name")),
  FIELD("field", List.of("namespace", "name", "field")),
  JOB("job", List.of("namespace", "name")),
  CONTRACT("contract", List.of("contract")),
  TERM("term", List.of("term")),
  OWNER("owner", List.of("owner"));

  private final String code;
  private final List<String> parts;

  EntityType(String code, List<String> parts) {
    this.code = code;
    this.parts = parts;
  }

  /** The lower-case name used in URNs and in the API, for example {@code dataset}. */
  public String code() {
    return code;
  }

  /** The names of the URN key parts, in order. */
  public List<String> parts() {
    return parts;
  }

  /** Parses a type code as used in URNs and API filters; the message lists the valid codes. */
  public static EntityType fromCode(String code) {
    String wanted = code == null ? "" : code.trim().toLowerCase(Locale.ROOT);
    for (EntityType type : values()) {
      if (type.code.equals(wanted)) {
        return type;
      }
    }
    throw new IllegalArgumentException(
        "Unknown asset type '" + code + "' (known: " + codes() + ")");
  }

  static String codes() {
    return Arrays.stream(values()).map(EntityType::code).collect(Collectors.joining(", "));
  }
}

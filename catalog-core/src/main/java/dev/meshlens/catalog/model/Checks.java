package dev.meshlens.catalog.model;

import dev.meshlens.catalog.EntityType;
import dev.meshlens.catalog.Urn;
import java.util.List;

/** Argument checks shared by the model records; each message names the field and the value. */
final class Checks {
  private Checks() {}

  static String requireText(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    return value;
  }

  static <T> List<T> list(List<T> values) {
    return values == null ? List.of() : List.copyOf(values);
  }

  static Urn requireType(Urn urn, EntityType type, String field) {
    if (urn == null) {
      throw new IllegalArgumentException(field + " must not be null");
    }
    if (urn.type() != type) {
      throw new IllegalArgumentException(field + " must be a " + type.code() + " URN, got " + urn);
    }
    return urn;
  }

  static Urn optionalType(Urn urn, EntityType type, String field) {
    return urn == null ? null : requireType(urn, type, field);
  }

  static List<Urn> requireTypes(List<Urn> urns, EntityType type, String field) {
    List<Urn> copy = list(urns);
    for (int i = 0; i < copy.size(); i++) {
      requireType(copy.get(i), type, field + "[" + i + "]");
    }
    return copy;
  }
}

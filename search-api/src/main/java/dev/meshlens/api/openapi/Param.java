package dev.meshlens.api.openapi;

import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One query parameter of a route: its name, what it means, whether it is required and its schema
 * (made fresh for each document, since swagger's models are mutable).
 */
record Param(String name, String description, boolean required, Supplier<Schema<?>> schema) {
  Param {
    Objects.requireNonNull(schema, "schema");
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("A parameter needs a name, got '" + name + "'");
    }
    if (description == null || description.isBlank()) {
      throw new IllegalArgumentException("Parameter '" + name + "' needs a description");
    }
  }

  /** An optional text parameter. */
  static Param text(String name, String description) {
    return new Param(name, description, false, StringSchema::new);
  }

  /** A required text parameter. */
  static Param required(String name, String description) {
    return new Param(name, description, true, StringSchema::new);
  }

  /** A text parameter of at most {@code max} characters. */
  static Param text(String name, String description, int max) {
    return new Param(name, description, false, () -> new StringSchema().maxLength(max));
  }

  /** An optional date and time (ISO 8601). */
  static Param instant(String name, String description) {
    return new Param(name, description, false, () -> new StringSchema().format("date-time"));
  }

  /** An optional whole number in {@code [min, max]}, {@code fallback} when absent. */
  static Param integer(String name, String description, int min, int max, Integer fallback) {
    return new Param(
        name,
        description,
        false,
        () -> {
          IntegerSchema schema = new IntegerSchema();
          schema.minimum(BigDecimal.valueOf(min)).maximum(BigDecimal.valueOf(max));
          if (fallback != null) {
            schema.setDefault(fallback);
          }
          return schema;
        });
  }

  /** An optional {@code true} or {@code false}. */
  static Param bool(String name, String description, boolean fallback) {
    return new Param(
        name,
        description,
        false,
        () -> {
          BooleanSchema schema = new BooleanSchema();
          schema.setDefault(fallback);
          return schema;
        });
  }

  /** An optional choice among {@code values}, {@code fallback} when absent (null: none). */
  static Param choice(String name, String description, String fallback, List<String> values) {
    return new Param(
        name,
        description,
        false,
        () -> {
          StringSchema schema = new StringSchema();
          schema.setEnum(List.copyOf(values));
          if (fallback != null) {
            schema.setDefault(fallback);
          }
          return schema;
        });
  }

  /** A filter that may repeat, each value holding comma-separated values. */
  static Param repeated(String name, String description) {
    return new Param(name, description, false, () -> new ArraySchema().items(new StringSchema()));
  }

  Parameter toParameter() {
    Parameter parameter =
        new Parameter().in("query").name(name).description(description).schema(schema.get());
    if (required) {
      parameter.required(true);
    }
    if (parameter.getSchema() instanceof ArraySchema) {
      parameter.style(Parameter.StyleEnum.FORM).explode(true);
    }
    return parameter;
  }
}

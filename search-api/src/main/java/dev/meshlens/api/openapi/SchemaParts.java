package dev.meshlens.api.openapi;

import dev.meshlens.catalog.EntityType;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.NumberSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** Small schemas the hand-described {@link Shapes} are made of. */
final class SchemaParts {
  private SchemaParts() {}

  static Schema<?> page(Schema<?> item) {
    return object("A page")
        .addProperty("total", new IntegerSchema().format("int64"))
        .addProperty("page", new IntegerSchema())
        .addProperty("size", new IntegerSchema())
        .addProperty("items", array(item));
  }

  static Schema<?> namespaced(String description) {
    return required(
        object(description)
            .addProperty("namespace", text("Its namespace"))
            .addProperty("name", text("Its name")),
        "namespace",
        "name");
  }

  static Schema<?> required(Schema<?> schema, String... names) {
    schema.setRequired(List.of(names));
    return schema;
  }

  static Schema<?> object(String description) {
    return new ObjectSchema().description(description);
  }

  static Schema<?> text(String description) {
    return new StringSchema().description(description);
  }

  static Schema<?> urn(String description) {
    return new StringSchema().pattern("^urn:meshlens:").description(description);
  }

  static Schema<?> dateTime() {
    return new StringSchema().format("date-time");
  }

  static Schema<?> number() {
    return new NumberSchema().minimum(BigDecimal.ZERO).maximum(BigDecimal.valueOf(100));
  }

  static Schema<?> array(Schema<?> items) {
    return new ArraySchema().items(items);
  }

  static Schema<?> choice(String... values) {
    return choice(List.of(values));
  }

  static Schema<?> choice(List<String> values) {
    StringSchema schema = new StringSchema();
    schema.setEnum(values);
    return schema;
  }

  static List<String> codes(EntityType... types) {
    return Arrays.stream(types).map(EntityType::code).toList();
  }
}

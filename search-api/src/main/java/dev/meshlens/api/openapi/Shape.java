package dev.meshlens.api.openapi;

import io.swagger.v3.oas.models.media.Schema;
import java.lang.reflect.Type;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The JSON shape of a body: resolved against the document's component schemas into the schema to
 * use where the body appears (usually a {@code $ref} to a component).
 */
@FunctionalInterface
interface Shape {
  Schema<?> resolve(ComponentSchemas components);

  /** The shape of a type the API writes with Jackson (a record), derived from the type itself. */
  static Shape of(Type type) {
    return components -> components.derived(type);
  }

  /**
   * The shape of a record that is private to its handler's package, named by its binary name
   * ({@code dev.meshlens.api.search.SearchView}); a name that no longer loads is reported by the
   * document ({@link ComponentSchemas#problems()}), not thrown.
   */
  static Shape record(String className) {
    return components -> components.derived(className);
  }

  /**
   * A component described by hand (a planned shape, or one no record holds); the description may
   * resolve other shapes against the same components to refer to them.
   */
  static Shape named(String name, Function<ComponentSchemas, Schema<?>> schema) {
    return components -> components.named(name, () -> schema.apply(components));
  }

  /** A schema written in place, not as a component (a plain text body, say). */
  static Shape inline(Supplier<Schema<?>> schema) {
    return components -> schema.get();
  }

  /**
   * This shape with the elements of its collection {@code property} described as {@code element}:
   * for a record field whose element type Java does not name ({@code List<?>}), an array's items or
   * a map's arrays' items.
   */
  default Shape withElements(String property, Shape element) {
    return components -> {
      Schema<?> schema = resolve(components);
      components.describeElements(schema, property, element.resolve(components));
      return schema;
    };
  }
}

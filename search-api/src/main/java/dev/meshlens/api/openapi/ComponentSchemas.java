package dev.meshlens.api.openapi;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The component schemas of one document: derived from the records the API writes (and every type
 * they refer to) or described by hand, each under one name. What cannot be described well is not
 * thrown (the document should not stop the server) but kept in {@link #problems()}: a record that
 * no longer loads, or a second, different schema under a name already taken (the first is kept).
 */
final class ComponentSchemas {
  private static final Logger LOG = LoggerFactory.getLogger(ComponentSchemas.class);
  private static final String REF = "#/components/schemas/";

  private final ModelConverters converters = new ModelConverters(true);

  ComponentSchemas() {
    converters.addConverter(new ValueTypes());
  }

  private final Map<String, Schema<?>> schemas = new TreeMap<>();
  private final Map<String, String> origins = new HashMap<>();
  private final List<String> problems = new ArrayList<>();

  /** The schema of {@code type}: a reference to its component, added with those it refers to. */
  Schema<?> derived(Type type) {
    ResolvedSchema resolved =
        converters.readAllAsResolvedSchema(new AnnotatedType(type).resolveAsRef(true));
    if (resolved == null || resolved.schema == null) {
      throw new IllegalStateException("No schema can be derived from " + type.getTypeName());
    }
    resolved.referencedSchemas.forEach((name, schema) -> add(name, schema, type.getTypeName()));
    return resolved.schema;
  }

  /**
   * The schema of the class named {@code className}; when it does not load (renamed, removed), a
   * bare object schema saying so, and a problem is kept.
   */
  Schema<?> derived(String className) {
    Class<?> type;
    try {
      type = Class.forName(className, false, ComponentSchemas.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      problem("no class " + className + " (renamed or removed?); documented as a bare object");
      return new ObjectSchema().description("(undocumented: " + className + " is gone)");
    }
    return derived(type);
  }

  /** A reference to the component {@code name}, described by {@code schema}. */
  Schema<?> named(String name, Supplier<Schema<?>> schema) {
    add(name, schema.get(), "hand-written " + name);
    return new Schema<>().$ref(REF + name);
  }

  /**
   * Describes the elements of the collection {@code property} of the component {@code ref} points
   * to: an array's items, or the items of the arrays a map holds.
   */
  void describeElements(Schema<?> ref, String property, Schema<?> element) {
    String name = ref.get$ref() == null ? null : ref.get$ref().substring(REF.length());
    Schema<?> component = name == null ? null : schemas.get(name);
    Schema<?> collection =
        component == null || component.getProperties() == null
            ? null
            : component.getProperties().get(property);
    if (collection != null && collection.getAdditionalProperties() instanceof Schema<?> values) {
      collection = values;
    }
    if (collection == null || collection.getItems() == null) {
      problem("no collection '" + property + "' in " + name + " to describe the elements of");
      return;
    }
    collection.setItems(element);
  }

  /** Every component schema, by name. */
  Map<String, Schema<?>> all() {
    return new TreeMap<>(schemas);
  }

  /** What could not be described well, one sentence each (none, normally). */
  List<String> problems() {
    return List.copyOf(problems);
  }

  private void problem(String text) {
    LOG.warn("OpenAPI document: {}", text);
    problems.add(text);
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private void add(String name, Schema schema, String origin) {
    Schema<?> existing = schemas.putIfAbsent(name, schema);
    if (existing != null && !existing.equals(schema)) {
      problem(
          "two different schemas are named '"
              + name
              + "' (from "
              + origins.get(name)
              + " and from "
              + origin
              + "); the first is kept");
    }
    origins.putIfAbsent(name, origin);
  }
}

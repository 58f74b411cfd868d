package dev.meshlens.indexer.crawl.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Lenient reading of JSON/YAML trees: absent, null and blank values read as absent. */
public final class Nodes {
  private Nodes() {}

  /** The text of a scalar field, or null when it is absent, null, blank or not a scalar. */
  public static String text(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    if (value == null || !value.isValueNode() || value.isNull()) {
      return null;
    }
    String text = value.asText();
    return text.isBlank() ? null : text;
  }

  /** The first of the fields that has text, or null. */
  public static String firstText(JsonNode node, String... fields) {
    for (String field : fields) {
      String text = text(node, field);
      if (text != null) {
        return text;
      }
    }
    return null;
  }

  /** The elements of an array field; empty when absent or not an array. */
  public static List<JsonNode> array(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    List<JsonNode> out = new ArrayList<>();
    if (value != null && value.isArray()) {
      value.forEach(out::add);
    }
    return out;
  }

  /** The texts of an array of scalars (or a single scalar); blanks dropped. */
  public static List<String> texts(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    List<String> out = new ArrayList<>();
    if (value == null) {
      return out;
    }
    for (JsonNode element : value.isArray() ? value : List.of(value)) {
      if (element.isValueNode() && !element.isNull() && !element.asText().isBlank()) {
        out.add(element.asText().trim());
      }
    }
    return out;
  }

  /** The fields of an object field, in document order; empty when absent or not an object. */
  public static List<Map.Entry<String, JsonNode>> fields(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
    if (value != null && value.isObject()) {
      value.fields().forEachRemaining(out::add);
    }
    return out;
  }

  /** An object field, or null when absent or not an object. */
  public static JsonNode object(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    return value != null && value.isObject() ? value : null;
  }

  /** A boolean field, or null when absent or not a boolean. */
  public static Boolean bool(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    return value != null && value.isBoolean() ? value.booleanValue() : null;
  }

  /** A number field (or a numeric string), or null. */
  public static Double number(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isNumber()) {
      return value.doubleValue();
    }
    try {
      return value.isTextual() ? Double.valueOf(value.asText().trim()) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}

package dev.meshlens.indexer.crawl.product;

import static dev.meshlens.indexer.crawl.support.Nodes.firstText;
import static dev.meshlens.indexer.crawl.support.Nodes.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshlens.catalog.model.QualityCheck;
import dev.meshlens.indexer.crawl.support.Nodes;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

/** Turns the {@code quality} entries of an ODCS schema object or property into quality checks. */
final class QualityRules {
  private static final List<String> OPERATORS =
      List.of(
          "mustBe",
          "mustNotBe",
          "mustBeGreaterThan",
          "mustBeGreaterOrEqualTo",
          "mustBeGreaterThanOrEqualTo",
          "mustBeLessThan",
          "mustBeLessOrEqualTo",
          "mustBeLessThanOrEqualTo",
          "mustBeBetween",
          "mustNotBeBetween");

  private QualityRules() {}

  /**
   * The checks of one {@code quality} array. {@code column} is null for object-level rules; {@code
   * taken} holds the check ids already used in the dataset and receives the new ones.
   */
  static List<QualityCheck> checks(JsonNode owner, String column, Set<String> taken) {
    return Nodes.array(owner, "quality").stream().map(q -> check(q, column, taken)).toList();
  }

  private static QualityCheck check(JsonNode rule, String column, Set<String> taken) {
    String type = firstText(rule, "metric", "rule", "type");
    type = type == null ? "library" : type;
    String base = firstText(rule, "id", "name");
    base = base != null ? base : (column == null ? "" : column + ".") + type;
    String id = base;
    for (int n = 2; !taken.add(id); n++) {
      id = base + "#" + n;
    }
    return new QualityCheck(id, column, type, text(rule, "description"), ruleText(rule, type));
  }

  private static String ruleText(JsonNode rule, String type) {
    String query = text(rule, "query");
    if (query != null) {
      return query.strip();
    }
    JsonNode implementation = rule.get("implementation");
    if (implementation != null && !implementation.isNull()) {
      String engine = text(rule, "engine");
      String body =
          implementation.isTextual() ? implementation.asText() : implementation.toString();
      return (engine == null ? "" : engine + ": ") + body.strip();
    }
    StringJoiner out = new StringJoiner(" ");
    out.add(type);
    for (String operator : OPERATORS) {
      JsonNode value = rule.get(operator);
      if (value != null && !value.isNull()) {
        out.add(operator).add(value.isValueNode() ? value.asText() : value.toString());
      }
    }
    String unit = text(rule, "unit");
    return unit == null ? out.toString() : out.add(unit).toString();
  }
}

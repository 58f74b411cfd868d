package dev.meshlens.sample.mesh;

import dev.meshlens.sample.mesh.model.Column;
import dev.meshlens.sample.mesh.model.Dataset;
import dev.meshlens.sample.mesh.model.DatasetKind;
import dev.meshlens.sample.mesh.model.Mesh;
import dev.meshlens.sample.mesh.model.Names;
import dev.meshlens.sample.mesh.model.OutputPort;
import dev.meshlens.sample.mesh.model.Product;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes one ODCS 3.1.0 data contract per output port: servers, the port's datasets as schema
 * objects with their columns, quality rules, SLA, team and support. Columns link to glossary terms
 * through {@code authoritativeDefinitions} of type {@code businessDefinition} with the URL {@code
 * glossary:<term-id>}.
 */
final class OdcsWriter {
  private final Mesh mesh;
  private final ProductTeams teams;

  OdcsWriter(Mesh mesh) {
    this.mesh = mesh;
    this.teams = new ProductTeams(mesh);
  }

  void write(Path root) throws IOException {
    for (Product product : mesh.products()) {
      for (OutputPort port : product.outputPorts()) {
        Path file = root.resolve(contractPath(product, port));
        Yaml.write(file, contract(product, port));
      }
    }
  }

  static String contractPath(Product product, OutputPort port) {
    return "domains/"
        + product.domain()
        + "/"
        + product.id()
        + "/contracts/"
        + port.contractName()
        + ".odcs.yaml";
  }

  private Map<String, Object> contract(Product product, OutputPort port) {
    List<Dataset> datasets =
        port.datasets().stream().map(n -> product.findDataset(n).orElseThrow()).toList();
    List<Object> schema = new ArrayList<>();
    for (Dataset d : datasets) {
      schema.add(schemaObject(d, port));
    }
    return Maps.of(
        "apiVersion",
        "v3.1.0",
        "kind",
        "DataContract",
        "id",
        port.contractId(),
        "name",
        product.name() + ": " + port.name(),
        "version",
        port.version(),
        "status",
        port.status(),
        "domain",
        product.domain(),
        "tenant",
        "acme-outfitters",
        "description",
        Maps.of(
            "purpose",
            port.description(),
            "usage",
            product.text().usage(),
            "limitations",
            product.text().limitations()),
        "tags",
        product.text().tags(),
        "servers",
        ContractServers.of(product, port, datasets),
        "schema",
        schema,
        "slaProperties",
        sla(product, port),
        "team",
        teams.team(product),
        "support",
        teams.support(product),
        "contractCreatedTs",
        teams.createdAt(product, port.contractName()));
  }

  private Map<String, Object> schemaObject(Dataset d, OutputPort port) {
    List<Object> properties = new ArrayList<>();
    for (Column c : d.columns()) {
      properties.add(property(d, c, port));
    }
    List<Object> quality = new ArrayList<>();
    for (QualityRule rule : QualityRule.of(d)) {
      if (rule.column() == null) {
        quality.add(
            rule(rule, "completeness", "error", "metric", "rowCount", "mustBeGreaterThan", 0));
      }
    }
    boolean pii = d.columns().stream().anyMatch(c -> c.tags().contains("pii"));
    return Maps.of(
        "name", d.tableName(),
        "physicalName", d.tableName(),
        "physicalType", physicalType(d),
        "businessName", Names.capitalize(Names.phrase(d.tableName())),
        "description", d.description(),
        "tags", pii ? List.of("pii") : null,
        "properties", properties,
        "quality", quality.isEmpty() ? null : quality);
  }

  private static String physicalType(Dataset d) {
    return switch (d.kind()) {
      case TOPIC -> "topic";
      case FILE -> "file";
      case VIEW -> "view";
      case TABLE -> "table";
    };
  }

  private Map<String, Object> property(Dataset d, Column c, OutputPort port) {
    List<Object> quality = new ArrayList<>();
    for (QualityRule rule : QualityRule.of(d)) {
      if (c.name().equals(rule.column())) {
        quality.add(propertyRule(rule, d));
      }
    }
    Object relationships = null;
    if (c.references() != null
        && port.datasets().contains(c.references())
        && d.kind() == DatasetKind.TABLE) {
      String target =
          mesh.findProduct(d.productKey())
              .flatMap(p -> p.findDataset(c.references()))
              .map(t -> t.primaryKey().get(0).name())
              .orElseThrow();
      relationships = List.of(Maps.of("type", "foreignKey", "to", c.references() + "." + target));
    }
    return Maps.of(
        "name",
        c.name(),
        "logicalType",
        c.logicalType(),
        "physicalType",
        c.physicalType(),
        "required",
        c.required(),
        "primaryKey",
        c.primaryKey() ? true : null,
        "primaryKeyPosition",
        c.primaryKey() ? c.primaryKeyPosition() : null,
        "description",
        c.description(),
        "classification",
        c.classification(),
        "tags",
        c.tags().isEmpty() ? null : c.tags(),
        "authoritativeDefinitions",
        c.termId() == null
            ? null
            : List.of(Maps.of("type", "businessDefinition", "url", "glossary:" + c.termId())),
        "relationships",
        relationships,
        "quality",
        quality.isEmpty() ? null : quality);
  }

  private static Map<String, Object> propertyRule(QualityRule rule, Dataset d) {
    return switch (rule.assertion()) {
      case "not_null" -> rule(rule, "completeness", "error", "metric", "nullValues", "mustBe", 0);
      case "unique" -> rule(rule, "uniqueness", "error", "metric", "duplicateValues", "mustBe", 0);
      case "accepted_values" ->
          rule(
              rule,
              "conformity",
              "warning",
              "metric",
              "invalidValues",
              "arguments",
              Maps.of("validValues", rule.values()),
              "mustBe",
              0);
      default ->
          rule(
              rule,
              "accuracy",
              "error",
              "type",
              "sql",
              "query",
              rule.sql(d.tableName()),
              "mustBe",
              0);
    };
  }

  /**
   * An ODCS quality entry: name and description, the check's own fields, then dimension and
   * severity.
   */
  private static Map<String, Object> rule(
      QualityRule rule, String dimension, String severity, Object... check) {
    Map<String, Object> entry = Maps.of("name", rule.name(), "description", rule.description());
    entry.putAll(Maps.of(check));
    entry.putAll(Maps.of("dimension", dimension, "severity", severity));
    return entry;
  }

  private static List<Object> sla(Product product, OutputPort port) {
    List<Object> sla = new ArrayList<>();
    sla.add(
        Maps.of(
            "property",
            "latency",
            "value",
            port.latencyHours(),
            "unit",
            "h",
            "description",
            "Data is at most " + port.latencyHours() + " hours old (freshness)."));
    sla.add(Maps.of("property", "frequency", "value", 1, "unit", product.hourly() ? "h" : "d"));
    sla.add(
        Maps.of(
            "property",
            "retention",
            "value",
            product.domain().equals("finance") ? 10 : 3,
            "unit",
            "y"));
    sla.add(Maps.of("property", "generalAvailability", "value", "2025-03-01T00:00:00Z"));
    return sla;
  }
}

package dev.meshlens.sample.mesh;

import dev.meshlens.sample.mesh.model.Column;
import dev.meshlens.sample.mesh.model.Dataset;
import dev.meshlens.sample.mesh.model.DatasetKind;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Manifest v12 nodes (models, seeds, tests, sources) in the shape dbt 1.12 writes them. */
final class DbtNodes {
  private static final double CREATED_AT = 1_763_251_200.0;

  private final DbtProjectModel project;
  private final String owner;
  private final List<String> tags;

  DbtNodes(DbtProjectModel project) {
    this.project = project;
    this.owner = project.product.owner();
    this.tags = List.of(project.product.domain(), "certified");
  }

  Map<String, Object> model(Dataset d, String uniqueId, List<String> parents, String sql) {
    String layer = DbtProjectModel.layer(d);
    String path = layer + "/" + d.tableName() + ".sql";
    Map<String, Object> node =
        common(d, "model", uniqueId, path, List.of(project.project(), layer, d.tableName()));
    node.put(
        "config", DbtConfigs.config(d.kind() == DatasetKind.VIEW ? "view" : "table", tags, owner));
    node.put("tags", layerTags(layer));
    node.put("description", d.description() == null ? "" : d.description());
    node.put("columns", DbtConfigs.columns(d));
    node.put("meta", Map.of("owner", owner));
    node.putAll(tail("models/" + layer + "/" + d.tableName() + ".yml", sql, parents, List.of()));
    node.put("contract", Maps.withNulls("enforced", false, "alias_types", true, "checksum", null));
    node.put("access", "protected");
    node.put("constraints", List.of());
    node.put("version", null);
    node.put("latest_version", null);
    node.put("deprecation_date", null);
    node.put("primary_key", d.primaryKey().stream().map(Column::name).toList());
    node.put("time_spine", null);
    return node;
  }

  Map<String, Object> seed(Dataset d, String uniqueId) {
    String path = "seeds/" + d.tableName() + ".csv";
    Map<String, Object> node =
        common(
            d, "seed", uniqueId, d.tableName() + ".csv", List.of(project.project(), d.tableName()));
    node.put("original_file_path", path);
    node.put("checksum", Maps.of("name", "sha256", "checksum", hash(d.tableName() + ".csv", 64)));
    Map<String, Object> config = DbtConfigs.config("seed", tags, owner);
    config.put("delimiter", ",");
    config.put("quote_columns", null);
    node.put("config", config);
    node.put("tags", List.of("seed"));
    node.put("description", d.description() == null ? "" : d.description());
    node.put("columns", DbtConfigs.columns(d));
    node.put("meta", Map.of("owner", owner));
    node.put("group", null);
    node.put("docs", Maps.withNulls("show", true, "node_color", null));
    node.put("patch_path", null);
    node.put("build_path", null);
    node.put("unrendered_config", Map.of());
    node.put("created_at", CREATED_AT);
    node.put("relation_name", project.relation(d));
    node.put("raw_code", "");
    node.put("doc_blocks", List.of());
    node.put("root_path", "/opt/dbt/" + project.project());
    node.put("depends_on", Maps.of("macros", List.of()));
    return node;
  }

  Map<String, Object> test(QualityRule rule, Dataset d, String modelId, String uniqueId) {
    String path = rule.name() + ".sql";
    Map<String, Object> node =
        common(
            d,
            "test",
            uniqueId,
            path,
            List.of(project.project(), DbtProjectModel.layer(d), rule.name()));
    node.put("schema", d.schemaName() + "_dbt_test__audit");
    node.put("name", rule.name());
    node.put("alias", rule.name());
    node.put(
        "original_file_path", "models/" + DbtProjectModel.layer(d) + "/" + d.tableName() + ".yml");
    node.put("checksum", Maps.of("name", "none", "checksum", ""));
    node.put("config", DbtConfigs.testConfig());
    node.put("tags", List.of());
    node.put("description", "");
    node.put("columns", Map.of());
    node.put("meta", Map.of());
    node.putAll(
        tail(
            null,
            rule.sql(d.tableName()),
            List.of(modelId),
            List.of("macro.dbt.test_" + rule.assertion(), "macro.dbt.get_where_subquery")));
    node.put("relation_name", null);
    node.put("contract", Maps.withNulls("enforced", false, "alias_types", true, "checksum", null));
    node.put("column_name", rule.column());
    node.put("file_key_name", "models." + d.tableName());
    node.put("attached_node", modelId);
    Map<String, Object> kwargs = new LinkedHashMap<>();
    kwargs.put("column_name", rule.column());
    if (!rule.values().isEmpty()) {
      kwargs.put("values", rule.values());
    }
    kwargs.put("model", "{{ get_where_subquery(ref('" + d.tableName() + "')) }}");
    node.put(
        "test_metadata",
        Maps.withNulls("name", rule.assertion(), "kwargs", kwargs, "namespace", null));
    return node;
  }

  Map<String, Object> source(Dataset d, String uniqueId, String description) {
    String sourceName = project.sourceName(d);
    boolean snowflake = project.product.dbt().adapter().equals("snowflake");
    Map<String, Object> node = DbtConfigs.source();
    node.putAll(common(d, "source", uniqueId, "models/staging/__sources.yml", List.of()));
    node.remove("alias");
    node.remove("checksum");
    node.put("original_file_path", "models/staging/__sources.yml");
    node.put("fqn", List.of(project.project(), "staging", sourceName, d.tableName()));
    node.put("source_name", sourceName);
    node.put("loader", snowflake ? "fivetran" : "airflow");
    node.put("identifier", d.tableName());
    node.put("loaded_at_field", d.findColumn("_loaded_at").isPresent() ? "_loaded_at" : null);
    node.put("description", description);
    node.put("meta", Map.of("owner", owner));
    node.put("relation_name", project.relation(d));
    node.put("unrendered_schema", d.schemaName());
    return node;
  }

  private Map<String, Object> common(
      Dataset d, String type, String uniqueId, String path, List<String> fqn) {
    return Maps.withNulls(
        "database", project.product.dbt().database(),
        "schema", d.schemaName(),
        "name", d.tableName(),
        "resource_type", type,
        "package_name", project.project(),
        "path", path,
        "original_file_path", "models/" + path,
        "unique_id", uniqueId,
        "fqn", fqn,
        "alias", d.tableName(),
        "checksum", Maps.of("name", "sha256", "checksum", hash(uniqueId, 64)));
  }

  private Map<String, Object> tail(
      String patch, String sql, List<String> parents, List<String> macros) {
    return Maps.withNulls(
        "group",
        null,
        "docs",
        Maps.withNulls("show", true, "node_color", null),
        "patch_path",
        patch == null ? null : project.project() + "://" + patch,
        "build_path",
        null,
        "unrendered_config",
        Map.of(),
        "created_at",
        CREATED_AT,
        "relation_name",
        null,
        "raw_code",
        sql,
        "doc_blocks",
        List.of(),
        "language",
        "sql",
        "refs",
        parents.stream()
            .filter(p -> !p.startsWith("source."))
            .map(p ->
                Maps.withNulls(
                    "name", p.substring(p.lastIndexOf('.') + 1), "package", null, "version", null))
            .toList(),
        "sources",
        parents.stream()
            .filter(p -> p.startsWith("source."))
            .map(p -> List.of(p.split("\\.")[2], p.substring(p.lastIndexOf('.') + 1)))
            .toList(),
        "metrics",
        List.of(),
        "functions",
        List.of(),
        "depends_on",
        Maps.of("macros", macros, "nodes", parents),
        "compiled_path",
        null,
        "compiled",
        true,
        "compiled_code",
        sql,
        "extra_ctes_injected",
        true,
        "extra_ctes",
        List.of());
  }

  private List<String> layerTags(String layer) {
    return List.of(project.product.domain(), layer);
  }

  static String hash(String text, int length) {
    StringBuilder hex = new StringBuilder();
    int salt = 0;
    while (hex.length() < length) {
      UUID uuid = UUID.nameUUIDFromBytes((text + "#" + salt++).getBytes(StandardCharsets.UTF_8));
      hex.append(uuid.toString().replace("-", ""));
    }
    return hex.substring(0, length);
  }
}

package dev.meshlens.sample.mesh;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.meshlens.sample.mesh.model.Column;
import dev.meshlens.sample.mesh.model.Dataset;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The node {@code config} blocks and column entries of a dbt 1.12 manifest, with dbt's defaults.
 */
final class DbtConfigs {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static final String NODE_CONFIG =
      """
      {"enabled": true, "alias": null, "schema": null, "database": null, "tags": [], "meta": {},
       "group": null, "static_analysis": null, "materialized": "table", "incremental_strategy": null,
       "batch_size": null, "lookback": 1, "begin": null, "persist_docs": {}, "post-hook": [],
       "pre-hook": [], "quoting": {}, "column_types": {}, "full_refresh": null, "unique_key": null,
       "on_schema_change": "ignore", "on_configuration_change": "apply", "grants": {}, "packages": [],
       "docs": {"show": true, "node_color": null}, "contract": {"enforced": false, "alias_types": true},
       "event_time": null, "concurrent_batches": null, "access": "protected", "freshness": null,
       "on_error": null, "latest_version_pointer": {"enabled": null, "alias": null}}
      """;

  private static final String TEST_CONFIG =
      """
      {"enabled": true, "alias": null, "schema": "dbt_test__audit", "database": null, "tags": [],
       "meta": {}, "group": null, "static_analysis": null, "materialized": "test", "severity": "ERROR",
       "store_failures": null, "store_failures_as": null, "sql_header": null, "where": null,
       "limit": null, "fail_calc": "count(*)", "warn_if": "!= 0", "error_if": "!= 0"}
      """;

  private static final String FRESHNESS =
      """
      {"warn_after": {"count": 24, "period": "hour"}, "error_after": {"count": 48, "period": "hour"},
       "filter": null}
      """;

  private static final String SOURCE =
      """
      {"database": null, "schema": null, "name": null, "resource_type": "source", "package_name": null,
       "path": null, "original_file_path": null, "unique_id": null, "fqn": [], "source_name": null,
       "source_description": "Tables loaded into the warehouse from other data products.",
       "loader": null, "identifier": null,
       "quoting": {"database": null, "schema": null, "identifier": null, "column": null},
       "loaded_at_field": null, "loaded_at_query": null, "freshness": FRESHNESS, "external": null,
       "description": "", "columns": {}, "meta": {}, "source_meta": {}, "tags": ["source"],
       "config": {"enabled": true, "event_time": null, "freshness": FRESHNESS, "loaded_at_field": null,
                  "loaded_at_query": null, "meta": {}, "tags": [], "static_analysis": null},
       "patch_path": null, "unrendered_config": {}, "relation_name": null,
       "created_at": 1763251200.0, "unrendered_database": null, "unrendered_schema": null,
       "doc_blocks": []}
      """;

  private DbtConfigs() {}

  /** A source node with dbt's defaults; the caller fills in names and paths. */
  static Map<String, Object> source() {
    return parse(SOURCE.replace("FRESHNESS", FRESHNESS.strip()));
  }

  /** The config of a model or seed with the given materialization, tags and owner. */
  static Map<String, Object> config(String materialized, List<String> tags, String owner) {
    Map<String, Object> config = parse(NODE_CONFIG);
    config.put("materialized", materialized);
    config.put("tags", tags);
    config.put("meta", Map.of("owner", owner));
    return config;
  }

  static Map<String, Object> testConfig() {
    return parse(TEST_CONFIG);
  }

  /** The documented columns of a node; the glossary term travels in {@code meta.glossary_term}. */
  static Map<String, Object> columns(Dataset d) {
    Map<String, Object> columns = new LinkedHashMap<>();
    for (Column c : d.columns()) {
      Map<String, Object> column =
          Maps.withNulls(
              "name", c.name(),
              "description", c.description() == null ? "" : c.description(),
              "meta", c.termId() == null ? Map.of() : Map.of("glossary_term", c.termId()),
              "data_type", c.physicalType(),
              "constraints", List.of(),
              "quote", null,
              "config", Maps.of("meta", Map.of(), "tags", c.tags()),
              "tags", c.tags());
      column.putAll(
          Maps.withNulls(
              "granularity", null, "dimension", null, "entity", null, "doc_blocks", List.of()));
      columns.put(c.name(), column);
    }
    return columns;
  }

  private static Map<String, Object> parse(String json) {
    try {
      return MAPPER.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {});
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package dev.meshlens.sample.mesh;

import dev.meshlens.sample.mesh.model.Column;
import dev.meshlens.sample.mesh.model.Dataset;
import dev.meshlens.sample.mesh.model.DatasetId;
import dev.meshlens.sample.mesh.model.Job;
import dev.meshlens.sample.mesh.model.JobKind;
import dev.meshlens.sample.mesh.model.Mesh;
import dev.meshlens.sample.mesh.model.Platform;
import dev.meshlens.sample.mesh.model.Product;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds the OpenLineage facets of jobs and datasets (schema, dataSource, documentation, ...). */
final class LineageFacets {
  static final String PRODUCER = "https://git.acme.example/data-platform/pipelines";
  private static final String FACETS = "https://openlineage.io/spec/facets/";

  private final Mesh mesh;
  private final Map<DatasetId, Dataset> datasets;
  private final ProductTeams teams;

  LineageFacets(Mesh mesh) {
    this.mesh = mesh;
    this.datasets = mesh.datasetsById();
    this.teams = new ProductTeams(mesh);
  }

  static Map<String, Object> facet(String schema, Object... fields) {
    Map<String, Object> facet = Maps.of("_producer", PRODUCER, "_schemaURL", FACETS + schema);
    facet.putAll(Maps.of(fields));
    return facet;
  }

  Map<String, Object> jobFacets(Job job) {
    Product product = mesh.findProduct(job.productKey()).orElseThrow();
    boolean dbt = job.kind() == JobKind.MODEL;
    Map<String, Object> facets =
        Maps.of(
            "jobType",
            facet(
                "2-0-4/JobTypeJobFacet.json",
                "processingType",
                "BATCH",
                "integration",
                dbt ? "DBT" : "AIRFLOW",
                "jobType",
                dbt ? "MODEL" : "TASK"),
            "documentation",
            facet(
                "1-1-0/DocumentationJobFacet.json", "description", JobSql.describe(job, datasets)),
            "ownership",
            facet(
                "1-0-1/OwnershipJobFacet.json",
                "owners",
                List.of(Maps.of("name", teams.teamId(product), "type", "MAINTAINER"))));
    String sql = JobSql.sql(job, datasets);
    if (sql != null) {
      facets.put("sql", facet("1-1-0/SQLJobFacet.json", "query", sql, "dialect", dialect(job)));
    }
    return facets;
  }

  private String dialect(Job job) {
    boolean snowflake =
        job.outputs().stream().anyMatch(o -> o.namespace().equals(Platform.SNOWFLAKE_NAMESPACE));
    return snowflake ? "snowflake" : "postgres";
  }

  /** The facets of an output dataset on a COMPLETE event. */
  Map<String, Object> outputFacets(Job job, DatasetId id, boolean columnLineage) {
    Dataset d = datasets.get(id);
    Product product = mesh.findProduct(d.productKey()).orElseThrow();
    List<Object> fields = new ArrayList<>();
    for (Column c : d.columns()) {
      fields.add(Maps.of("name", c.name(), "type", c.physicalType().toUpperCase(Locale.ROOT)));
    }
    Map<String, Object> facets =
        Maps.of(
            "schema",
            facet("1-2-0/SchemaDatasetFacet.json", "fields", fields),
            "dataSource",
            facet(
                "1-0-1/DatasourceDatasetFacet.json",
                "name",
                sourceName(d, product),
                "uri",
                sourceUri(d, product)),
            "documentation",
            d.description() == null
                ? null
                : facet("1-1-0/DocumentationDatasetFacet.json", "description", d.description()),
            "ownership",
            facet(
                "1-0-1/OwnershipDatasetFacet.json",
                "owners",
                List.of(
                    Maps.of("name", teams.teamId(product), "type", "MAINTAINER"),
                    Maps.of("name", product.owner(), "type", "OWNER"))));
    if (columnLineage) {
      Map<String, Object> lineage = ColumnLineage.of(job, d, datasets);
      if (!lineage.isEmpty()) {
        facets.put(
            "columnLineage", facet("1-2-0/ColumnLineageDatasetFacet.json", "fields", lineage));
      }
    }
    return facets;
  }

  private static String sourceName(Dataset d, Product product) {
    return switch (d.platform()) {
      case POSTGRES -> product.domain() + "-db/" + product.database();
      case KAFKA -> "kafka-prod";
      case S3 -> "acme-landing";
      case SNOWFLAKE -> "acme-snowflake/" + product.dbt().database();
    };
  }

  private static String sourceUri(Dataset d, Product product) {
    return switch (d.platform()) {
      case POSTGRES -> d.id().namespace() + "/" + product.database();
      case SNOWFLAKE -> d.id().namespace() + "/" + product.dbt().database();
      default -> d.id().namespace();
    };
  }
}

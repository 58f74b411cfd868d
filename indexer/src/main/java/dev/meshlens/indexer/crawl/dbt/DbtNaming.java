package dev.meshlens.indexer.crawl.dbt;

import static dev.meshlens.indexer.crawl.support.Nodes.firstText;
import static dev.meshlens.indexer.crawl.support.Nodes.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshlens.catalog.Urn;
import dev.meshlens.indexer.crawl.DatasetNames;
import dev.meshlens.indexer.crawl.SourceSpec;
import java.util.Locale;
import java.util.Optional;

/**
 * Names dbt relations and jobs the OpenLineage way. The dataset namespace is the {@code namespace}
 * option, else it follows from the adapter and options: {@code snowflake://<account>}, {@code
 * duckdb://<path>} (default {@code <database>.duckdb}), {@code postgres://<host>:<port>} and the
 * like; a relation is {@code database.schema.identifier}. Jobs are {@code <jobNamespace>} (default
 * {@code dbt}) + {@code <package>.<name>}.
 */
record DbtNaming(String namespace, String jobNamespace) {

  /** The naming for a manifest, or empty when the adapter needs options that are not set. */
  static Optional<DbtNaming> of(SourceSpec spec, JsonNode manifest) {
    String jobNamespace = spec.option("jobNamespace", "dbt");
    Optional<String> namespace = spec.findOption("namespace");
    if (namespace.isPresent()) {
      return Optional.of(new DbtNaming(namespace.get(), jobNamespace));
    }
    String adapter = String.valueOf(text(manifest.path("metadata"), "adapter_type"));
    String host = spec.findOption("host").orElse(null);
    String port = spec.findOption("port").orElse(null);
    String derived =
        switch (adapter.toLowerCase(Locale.ROOT)) {
          case "snowflake" -> spec.findOption("account").map(a -> "snowflake://" + a).orElse(null);
          case "duckdb" ->
              "duckdb://"
                  + spec.findOption("path").orElseGet(() -> firstDatabase(manifest) + ".duckdb");
          case "bigquery" -> "bigquery";
          case "postgres" -> host == null ? null : hostPort("postgres", host, port, "5432");
          default -> host == null ? null : hostPort(adapter, host, port, null);
        };
    return Optional.ofNullable(derived).map(n -> new DbtNaming(n, jobNamespace));
  }

  private static String hostPort(String scheme, String host, String port, String defaultPort) {
    String p = port != null ? port : defaultPort;
    return scheme + "://" + host + (p == null ? "" : ":" + p);
  }

  private static String firstDatabase(JsonNode manifest) {
    for (JsonNode node : manifest.path("nodes")) {
      String database = text(node, "database");
      if (database != null) {
        return database;
      }
    }
    return "dbt";
  }

  /** The dataset of a model, seed, snapshot or source node. */
  Urn dataset(JsonNode node) {
    String identifier = firstText(node, "identifier", "alias", "name");
    return Urn.dataset(
        namespace, DatasetNames.join(text(node, "database"), text(node, "schema"), identifier));
  }

  Urn job(JsonNode node) {
    return Urn.job(jobNamespace, DatasetNames.join(text(node, "package_name"), text(node, "name")));
  }

  String platform() {
    return DatasetNames.platform(namespace);
  }
}

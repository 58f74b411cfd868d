package dev.meshlens.sample.mesh;

import dev.meshlens.sample.mesh.model.Dataset;
import dev.meshlens.sample.mesh.model.OutputPort;
import dev.meshlens.sample.mesh.model.Platform;
import dev.meshlens.sample.mesh.model.Product;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code servers} of a contract. A dataset's OpenLineage identity follows from its server and
 * schema object: Postgres {@code <database>.<schema>.<physicalName>} in {@code
 * postgres://<host>:<port>}, Kafka the topic in {@code kafka://<host>}, S3 the object path in
 * {@code s3://<bucket>}, Snowflake {@code <database>.<schema>.<physicalName>} in {@code
 * snowflake://<account>}.
 */
final class ContractServers {
  private ContractServers() {}

  static List<Object> of(Product product, OutputPort port, List<Dataset> datasets) {
    return switch (port.platform()) {
      case POSTGRES ->
          List.of(
              Maps.of(
                  "server",
                  product.domain() + "-db",
                  "type",
                  "postgres",
                  "environment",
                  "prod",
                  "host",
                  Platform.postgresHost(product.domain()),
                  "port",
                  5432,
                  "database",
                  product.database(),
                  "schema",
                  "public"));
      case KAFKA ->
          List.of(
              Maps.of(
                  "server",
                  "kafka-prod",
                  "type",
                  "kafka",
                  "environment",
                  "prod",
                  "host",
                  Platform.KAFKA_NAMESPACE.substring("kafka://".length()),
                  "format",
                  "json"));
      case S3 -> {
        String first = datasets.get(0).localName();
        String prefix = first.substring(0, first.indexOf('/'));
        yield List.of(
            Maps.of(
                "server",
                "acme-landing",
                "type",
                "s3",
                "environment",
                "prod",
                "location",
                Platform.S3_NAMESPACE + "/" + prefix + "/",
                "format",
                prefix.startsWith("marketing-hub") ? "json" : "csv"));
      }
      case SNOWFLAKE -> snowflake(product, datasets);
    };
  }

  private static List<Object> snowflake(Product product, List<Dataset> datasets) {
    List<Object> servers = new ArrayList<>();
    datasets.stream()
        .map(Dataset::schemaName)
        .distinct()
        .forEach(schema ->
            servers.add(
                Maps.of(
                    "server",
                    "finance-snowflake-" + schema,
                    "type",
                    "snowflake",
                    "environment",
                    "prod",
                    "account",
                    Platform.SNOWFLAKE_ACCOUNT,
                    "host",
                    Platform.SNOWFLAKE_ACCOUNT + ".snowflakecomputing.com",
                    "database",
                    product.dbt().database(),
                    "schema",
                    schema,
                    "warehouse",
                    "FINANCE_WH")));
    return servers;
  }
}

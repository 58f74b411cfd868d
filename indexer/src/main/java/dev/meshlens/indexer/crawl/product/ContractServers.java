package dev.meshlens.indexer.crawl.product;

import static dev.meshlens.indexer.crawl.support.Nodes.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshlens.catalog.Urn;
import dev.meshlens.indexer.crawl.DatasetNames;
import dev.meshlens.indexer.crawl.support.Nodes;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Names the datasets of a contract from its server, following the OpenLineage conventions. */
final class ContractServers {
  private ContractServers() {}

  /**
   * The server whose datasets the catalog shows: the one of {@code environment} when given, else a
   * {@code prod}/{@code production} one, else the first.
   */
  static Optional<JsonNode> choose(JsonNode contract, String environment) {
    List<JsonNode> servers = Nodes.array(contract, "servers");
    List<String> wanted =
        environment == null ? List.of("prod", "production") : List.of(environment);
    for (JsonNode server : servers) {
      String env = text(server, "environment");
      if (env != null && wanted.contains(env.toLowerCase(Locale.ROOT))) {
        return Optional.of(server);
      }
    }
    return servers.stream().findFirst();
  }

  /**
   * The dataset of a schema object (its physical name) on a server.
   *
   * @throws IllegalArgumentException when the server lacks what its type needs to name a dataset
   */
  static Urn dataset(JsonNode server, String object) {
    String type = String.valueOf(text(server, "type")).toLowerCase(Locale.ROOT);
    return switch (type) {
      case "postgres", "postgresql" ->
          DatasetNames.postgres(
              need(server, "host"),
              port(server),
              text(server, "database"),
              text(server, "schema"),
              object);
      case "kafka" -> DatasetNames.kafka(withPort(server), object);
      case "s3" -> DatasetNames.s3(need(server, "location"), object);
      case "snowflake" ->
          DatasetNames.snowflake(
              need(server, "account"), text(server, "database"), text(server, "schema"), object);
      case "bigquery" ->
          Urn.dataset(
              "bigquery",
              DatasetNames.join(need(server, "project"), need(server, "dataset"), object));
      case "mysql" ->
          Urn.dataset(
              DatasetNames.namespace("mysql", need(server, "host"), portOr(server, 3306)),
              DatasetNames.join(text(server, "database"), object));
      default ->
          Urn.dataset(
              DatasetNames.namespace(type, need(server, "host"), port(server)),
              DatasetNames.join(text(server, "database"), text(server, "schema"), object));
    };
  }

  private static String withPort(JsonNode server) {
    String host = need(server, "host");
    Integer port = port(server);
    return port == null || host.contains(":") ? host : host + ":" + port;
  }

  private static String need(JsonNode server, String field) {
    String value = text(server, field);
    if (value == null) {
      throw new IllegalArgumentException(
          "server '"
              + text(server, "server")
              + "' of type "
              + text(server, "type")
              + " has no '"
              + field
              + "', so its datasets cannot be named");
    }
    return value;
  }

  private static Integer port(JsonNode server) {
    Double port = Nodes.number(server, "port");
    return port == null ? null : port.intValue();
  }

  private static Integer portOr(JsonNode server, int fallback) {
    Integer port = port(server);
    return port == null ? fallback : port;
  }
}

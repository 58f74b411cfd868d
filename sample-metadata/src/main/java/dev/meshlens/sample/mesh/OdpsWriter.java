package dev.meshlens.sample.mesh;

import dev.meshlens.sample.mesh.model.InputPort;
import dev.meshlens.sample.mesh.model.Mesh;
import dev.meshlens.sample.mesh.model.OutputPort;
import dev.meshlens.sample.mesh.model.Platform;
import dev.meshlens.sample.mesh.model.Product;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes each product's ODPS v1.0.0 descriptor ({@code
 * domains/<domain>/<product>/product.odps.yaml}). Output ports name their contract; input ports
 * name another product's output contract.
 */
final class OdpsWriter {
  private final Mesh mesh;
  private final ProductTeams teams;

  OdpsWriter(Mesh mesh) {
    this.mesh = mesh;
    this.teams = new ProductTeams(mesh);
  }

  void write(Path root) throws IOException {
    for (Product product : mesh.products()) {
      Yaml.write(root.resolve(MeshFilesWriter.descriptorPath(product)), descriptor(product));
    }
  }

  private Map<String, Object> descriptor(Product p) {
    List<Object> inputs = new ArrayList<>();
    for (InputPort in : p.inputPorts()) {
      inputs.add(
          Maps.of("name", in.name(), "version", in.version(), "contractId", in.contractId()));
    }
    List<Object> outputs = new ArrayList<>();
    for (OutputPort out : p.outputPorts()) {
      outputs.add(
          Maps.of(
              "name",
              out.name(),
              "description",
              out.description(),
              "type",
              portType(out.platform()),
              "version",
              out.version(),
              "contractId",
              out.contractId(),
              "tags",
              out.status().equals("active") ? null : List.of(out.status()),
              "customProperties",
              List.of(Maps.of("property", "platform", "value", out.platform().id()))));
    }
    return Maps.of(
        "apiVersion",
        "v1.0.0",
        "kind",
        "DataProduct",
        "id",
        p.id(),
        "name",
        p.name(),
        "version",
        p.outputPorts().get(0).version(),
        "status",
        p.status(),
        "domain",
        p.domain(),
        "tenant",
        "acme-outfitters",
        "description",
        Maps.of(
            "purpose",
            p.text().purpose(),
            "limitations",
            p.text().limitations(),
            "usage",
            p.text().usage()),
        "tags",
        p.text().tags(),
        "inputPorts",
        inputs.isEmpty() ? null : inputs,
        "outputPorts",
        outputs,
        "support",
        teams.support(p),
        "team",
        teams.team(p),
        "customProperties",
        List.of(
            Maps.of("property", "refreshCadence", "value", p.hourly() ? "hourly" : "daily"),
            Maps.of("property", "database", "value", p.database())),
        "productCreatedTs",
        teams.createdAt(p, "product"));
  }

  private static String portType(Platform platform) {
    return switch (platform) {
      case POSTGRES, SNOWFLAKE -> "tables";
      case KAFKA -> "topics";
      case S3 -> "files";
    };
  }
}

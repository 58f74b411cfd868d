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
    List<Object> outputs = p.outputPorts().stream().map(OdpsWriter::outputPort).toList();
    Map<String, Object> descriptor =
        Maps.of("apiVersion", "v1.0.0", "kind", "DataProduct", "id", p.id(), "name", p.name());
    descriptor.put("version", p.outputPorts().get(0).version());
    descriptor.put("status", p.status());
    descriptor.put("domain", p.domain());
    descriptor.put("tenant", "acme-outfitters");
    descriptor.put(
        "description",
        Maps.of(
            "purpose",
            p.text().purpose(),
            "limitations",
            p.text().limitations(),
            "usage",
            p.text().usage()));
    descriptor.put("tags", p.text().tags());
    if (!inputs.isEmpty()) {
      descriptor.put("inputPorts", inputs);
    }
    descriptor.put("outputPorts", outputs);
    descriptor.put("support", teams.support(p));
    descriptor.put("team", teams.team(p));
    descriptor.put(
        "customProperties",
        List.of(
            Maps.of("property", "refreshCadence", "value", p.hourly() ? "hourly" : "daily"),
            Maps.of("property", "database", "value", p.database())));
    descriptor.put("productCreatedTs", teams.createdAt(p, "product"));
    return descriptor;
  }

  private static Object outputPort(OutputPort out) {
    Map<String, Object> port = Maps.of("name", out.name(), "description", out.description());
    port.put("type", portType(out.platform()));
    port.put("version", out.version());
    port.put("contractId", out.contractId());
    if (!out.status().equals("active")) {
      port.put("tags", List.of(out.status()));
    }
    port.put(
        "customProperties", List.of(Maps.of("property", "platform", "value", out.platform().id())));
    return port;
  }

  private static String portType(Platform platform) {
    return switch (platform) {
      case POSTGRES, SNOWFLAKE -> "tables";
      case KAFKA -> "topics";
      case S3 -> "files";
    };
  }
}

package dev.meshlens.sample.mesh;

import dev.meshlens.sample.mesh.model.Column;
import dev.meshlens.sample.mesh.model.Dataset;
import dev.meshlens.sample.mesh.model.Mesh;
import dev.meshlens.sample.mesh.model.OutputPort;
import dev.meshlens.sample.mesh.model.Product;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes the mesh's {@code README.md} from {@code readme-template.md}, filling in counts and lists.
 */
final class ReadmeWriter {
  private final Mesh mesh;

  ReadmeWriter(Mesh mesh) {
    this.mesh = mesh;
  }

  void write(Path root, int events, int queries) throws IOException {
    String template;
    try (var in = ReadmeWriter.class.getResourceAsStream("readme-template.md")) {
      template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Map<String, Dataset> datasets =
        mesh.datasetsById().values().stream()
            .collect(Collectors.toMap(d -> d.id().toString(), d -> d));
    long columns = datasets.values().stream().mapToLong(d -> d.columns().size()).sum();
    long undocumented =
        datasets.values().stream()
            .flatMap(d -> d.columns().stream())
            .filter(c -> c.description() == null)
            .count();
    Map<String, String> values =
        Map.ofEntries(
            Map.entry("domains", String.valueOf(mesh.domains().size())),
            Map.entry("products", String.valueOf(mesh.products().size())),
            Map.entry(
                "contracts",
                String.valueOf(
                    mesh.products().stream().mapToInt(p -> p.outputPorts().size()).sum())),
            Map.entry("datasets", String.valueOf(datasets.size())),
            Map.entry("columns", String.valueOf(columns)),
            Map.entry(
                "undocumented",
                String.format(
                    Locale.ROOT, "%d (%.0f%%)", undocumented, 100.0 * undocumented / columns)),
            Map.entry("terms", String.valueOf(mesh.terms().size())),
            Map.entry(
                "owners", mesh.teams().size() + " teams and " + mesh.people().size() + " people"),
            Map.entry("jobs", String.valueOf(mesh.jobs().size())),
            Map.entry("events", String.valueOf(events)),
            Map.entry("queries", String.valueOf(queries)),
            Map.entry("productTable", productTable()),
            Map.entry("hot", list(Scenario.HOT)),
            Map.entry("rising", list(Scenario.RISING)),
            Map.entry("declining", list(Scenario.DECLINING)),
            Map.entry("unused", list(Scenario.UNUSED)),
            Map.entry("failingChecks", failingChecks()),
            Map.entry(
                "dbtFailures",
                list(Scenario.DBT_FAILING_TESTS.keySet().stream().sorted().toList())),
            Map.entry("restricted", restricted()),
            Map.entry("brokenJob", Scenario.BROKEN_JOB));
    String text = template;
    for (Map.Entry<String, String> e : values.entrySet()) {
      text = text.replace("{{" + e.getKey() + "}}", e.getValue());
    }
    Files.writeString(root.resolve("README.md"), text, StandardCharsets.UTF_8);
  }

  private String productTable() {
    StringBuilder table =
        new StringBuilder(
            "| domain | product | refresh | owner | output ports (contract id) | input ports |\n|---|---|---|---|---|---|\n");
    for (Product p : mesh.products()) {
      String ports =
          p.outputPorts().stream()
              .map(OutputPort::contractId)
              .map(id -> "`" + id + "`")
              .collect(Collectors.joining(", "));
      table
          .append("| ")
          .append(p.domain())
          .append(" | ")
          .append(p.id())
          .append(p.dbt() != null ? " (dbt)" : "")
          .append(" | ")
          .append(p.hourly() ? "hourly" : "daily")
          .append(" | ")
          .append(p.owner())
          .append(" | ")
          .append(ports)
          .append(" | ")
          .append(p.inputPorts().size())
          .append(" |\n");
    }
    return table.toString().strip();
  }

  private static String list(List<String> names) {
    return names.stream().map(n -> "  - `" + n + "`").collect(Collectors.joining("\n"));
  }

  private static String failingChecks() {
    return Scenario.FAILING_CHECKS.stream()
        .map(f ->
            String.format(
                Locale.ROOT,
                "  - `%s` on `%s`: fails from %d to %d days before the anchor (actual %d)%s",
                f.rule(),
                f.dataset(),
                f.fromDaysBefore(),
                f.toDaysBefore(),
                f.actual(),
                f.toDaysBefore() == 1 ? ", **still failing**" : ""))
        .collect(Collectors.joining("\n"));
  }

  private String restricted() {
    return mesh.datasetsById().values().stream()
        .filter(d -> d.columns().stream().anyMatch(c -> c.classification().equals("restricted")))
        .map(d ->
            "`"
                + d.id().name()
                + "` ("
                + d.columns().stream()
                    .filter(c -> c.classification().equals("restricted"))
                    .map(Column::name)
                    .collect(Collectors.joining(", "))
                + ")")
        .limit(8)
        .collect(Collectors.joining(", "));
  }
}

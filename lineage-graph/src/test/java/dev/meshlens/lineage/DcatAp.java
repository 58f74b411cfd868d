package dev.meshlens.lineage;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The DCAT-AP 3.0.1 SHACL shapes of the shared material ({@code shacl-split}): the core shapes, the
 * class ranges, the controlled-vocabulary shapes, the deprecated URIs and the recommended
 * properties (the last three report warnings where no EU vocabulary applies).
 */
final class DcatAp {
  static final List<String> FILES =
      List.of(
          "shapes.ttl",
          "range.ttl",
          "mdr-vocabularies.shape.ttl",
          "deprecateduris.ttl",
          "shapes_recommended.ttl");

  private static Shapes shapes;

  private DcatAp() {}

  static synchronized Shapes shapes() {
    if (shapes == null) {
      Graph graph = GraphFactory.createDefaultGraph();
      for (String file : FILES) {
        RDFParser.source(Material.path("rdf-vocabularies/dcat-ap-3.0.1/shacl-split/" + file))
            .parse(graph);
      }
      shapes = Shapes.parse(graph);
    }
    return shapes;
  }

  static ValidationReport validate(Graph data) {
    return ShaclValidator.get().validate(shapes(), data);
  }

  static List<ReportEntry> entries(ValidationReport report, Severity severity) {
    return report.getEntries().stream().filter(e -> e.severity().equals(severity)).toList();
  }

  /** The entries of a severity as "focus node: path: message" lines, for a failure message. */
  static String describe(List<ReportEntry> entries) {
    return entries.stream()
        .limit(30)
        .map(e -> e.focusNode() + " " + e.resultPath() + ": " + e.message())
        .collect(Collectors.joining("\n"));
  }

  /** How many entries of a severity each shape constraint gave (path: count). */
  static Map<String, Long> countByPath(List<ReportEntry> entries) {
    return entries.stream()
        .collect(
            Collectors.groupingBy(
                e -> String.valueOf(e.resultPath()), TreeMap::new, Collectors.counting()));
  }
}

package dev.meshlens.api.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshlens.api.SampleMeshServer;
import dev.meshlens.catalog.AssetQuery;
import dev.meshlens.catalog.EntityType;
import dev.meshlens.catalog.Urn;
import dev.meshlens.lineage.rdf.Iris;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.WebContent;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /api/v1/export/dcat} on the sample mesh, validated with Jena SHACL against the DCAT-AP
 * 3.0.1 shapes of the shared material: the core shapes, the class ranges, the controlled-vocabulary
 * shapes, the deprecated URIs and the recommended properties. No violation is allowed; warnings
 * (recommended properties the catalog does not know, publishers outside the EU corporate bodies
 * list) are logged.
 */
@ExtendWith(SampleMeshServer.Extension.class)
class DcatExportTest {
  static final List<String> SHAPES =
      List.of(
          "shapes.ttl",
          "range.ttl",
          "mdr-vocabularies.shape.ttl",
          "deprecateduris.ttl",
          "shapes_recommended.ttl");
  static final String DCT = "http://purl.org/dc/terms/";
  static final String DCAT = "http://www.w3.org/ns/dcat#";

  static SampleMeshServer server;
  static Shapes shapes;

  @BeforeAll
  static void start(SampleMeshServer shared) {
    server = shared;
    Graph graph = GraphFactory.createDefaultGraph();
    for (String file : SHAPES) {
      RDFParser.source(material("rdf-vocabularies/dcat-ap-3.0.1/shacl-split/" + file)).parse(graph);
    }
    shapes = Shapes.parse(graph);
  }

  static Path material(String relative) {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("shared/material"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("No shared/material above the working directory");
    }
    return dir.resolve("shared/material").resolve(relative);
  }

  static HttpResponse<String> export(String accept) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(server.url() + "/api/v1/export/dcat"));
    if (accept != null) {
      request.header("Accept", accept);
    }
    return server.send(request.build());
  }

  static Model parse(HttpResponse<String> response, Lang lang) {
    Model model = ModelFactory.createDefaultModel();
    RDFParser.create().source(new StringReader(response.body())).lang(lang).parse(model);
    return model;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        WebContent.contentTypeTurtle,
        WebContent.contentTypeJSONLD,
        WebContent.contentTypeRDFXML,
        WebContent.contentTypeNTriples
      })
  void the_export_in_each_format_conforms_to_dcat_ap_3_with_no_violation(String accept) {
    HttpResponse<String> response = export(accept);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue(accept + "; charset=utf-8");
    Model catalog = parse(response, RDFLanguages.contentTypeToLang(accept));

    ValidationReport report = ShaclValidator.get().validate(shapes, catalog.getGraph());
    List<ReportEntry> violations = entries(report, Severity.Violation);
    List<ReportEntry> warnings = entries(report, Severity.Warning);
    LoggerFactory.getLogger(DcatExportTest.class)
        .info(
            "DCAT-AP export as {}: {} triples, {} violations, {} warnings by path {}",
            accept,
            catalog.size(),
            violations.size(),
            warnings.size(),
            byPath(warnings));

    assertThat(violations)
        .as(
            violations.stream()
                .limit(20)
                .map(v -> v.focusNode() + " " + v.resultPath() + ": " + v.message())
                .collect(Collectors.joining("\n")))
        .isEmpty();
    long datasets =
        server
            .meshlens()
            .store()
            .listAssets(new AssetQuery(EntityType.DATASET, null, 1, 1, false))
            .total();
    assertThat(
            catalog
                .listResourcesWithProperty(RDF.type, catalog.createResource(DCAT + "Dataset"))
                .toList())
        .as("every dataset of the catalog")
        .hasSize((int) datasets);
    assertThat(
            catalog
                .listResourcesWithProperty(RDF.type, catalog.createResource(DCAT + "Catalog"))
                .toList())
        .as("the root catalog and one per domain of the sample mesh")
        .hasSize(8);
  }

  @Test
  void turtle_is_the_default_and_a_dataset_says_who_publishes_it_and_where_it_comes_from() {
    HttpResponse<String> response = export(null);
    Urn orders = Urn.dataset("postgres://sales-db.acme.internal:5432", "orders.public.orders");
    Model catalog = parse(response, Lang.TURTLE);
    var dataset = catalog.createResource(Iris.iri(orders));
    var sales = catalog.createResource(Iris.iri(Urn.domain("sales")));

    assertThat(response.headers().firstValue("Content-Type"))
        .hasValue("text/turtle; charset=utf-8");
    assertThat(catalog.contains(sales, catalog.createProperty(DCAT, "dataset"), dataset)).isTrue();
    assertThat(
            catalog.contains(dataset, catalog.createProperty(DCT, "identifier"), orders.toString()))
        .isTrue();
    assertThat(
            catalog.contains(
                dataset,
                catalog.createProperty(DCT, "publisher"),
                catalog.createResource(Iris.iri(Urn.domain("sales")) + "/publisher")))
        .isTrue();
    assertThat(
            catalog
                .listObjectsOfProperty(dataset, catalog.createProperty(DCT, "conformsTo"))
                .toList())
        .as("the contract of the output port serving it")
        .isNotEmpty();
  }

  @Test
  void another_format_is_a_406_problem_naming_those_available() {
    HttpResponse<String> response = export("text/html");

    assertThat(response.statusCode()).isEqualTo(406);
    JsonNode problem = server.tree(response.body());
    assertThat(problem.path("type").asText()).endsWith("/not-acceptable");
    assertThat(problem.path("detail").asText())
        .isEqualTo(
            "None of the accepted media types (Accept: text/html) can represent the DCAT-AP"
                + " export (an RDF graph); available: text/turtle, application/n-triples,"
                + " application/ld+json, application/rdf+xml");
  }

  static List<ReportEntry> entries(ValidationReport report, Severity severity) {
    return report.getEntries().stream().filter(e -> e.severity().equals(severity)).toList();
  }

  static Map<String, Long> byPath(List<ReportEntry> entries) {
    return entries.stream()
        .collect(
            Collectors.groupingBy(
                e -> String.valueOf(e.resultPath()), TreeMap::new, Collectors.counting()));
  }
}

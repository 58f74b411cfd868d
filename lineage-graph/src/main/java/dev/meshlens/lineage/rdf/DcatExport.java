package dev.meshlens.lineage.rdf;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.meshlens.catalog.Urn;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;

/**
 * The catalog as DCAT-AP 3.0.1: a root catalog listing one catalog per domain (each published by an
 * agent of its domain) and the datasets each holds, with their title, description (a stated
 * placeholder where the catalog has none, as DCAT-AP requires one), URN as {@code dct:identifier},
 * keywords, kind, owners and contact points, contracts ({@code dct:conformsTo}), the jobs that
 * write them ({@code prov:wasGeneratedBy}) and the datasets they come from ({@code dct:source}).
 * Built by the CONSTRUCT query {@code export/dcat-ap.rq} over the union of the asset graphs.
 *
 * <p>Product ports are not exported as {@code dcat:DataService}s, nor datasets given {@code
 * dcat:Distribution}s: DCAT-AP requires an endpoint or access URL for those, which the catalog does
 * not know.
 */
public final class DcatExport {
  /** The agent publishing the root catalog. */
  public static final String ROOT_PUBLISHER = Iris.BASE + "catalog/publisher";

  private static final Query QUERY = QueryFactory.create(resource("/export/dcat-ap.rq"));
  private static final String DCAT = Vocab.DCAT;
  private static final String DCT = Vocab.DCT;
  private static final String FOAF = Vocab.FOAF;

  private DcatExport() {}

  /** The DCAT-AP description of the catalog, read in one read transaction of {@code dataset}. */
  public static Model catalog(Dataset dataset) {
    Model model = ModelFactory.createDefaultModel();
    prefixes(model);
    Resource root = model.createResource(Iris.ROOT_CATALOG.getURI());
    Txn.executeRead(
        dataset,
        () -> {
          try (QueryExecution exec =
              QueryExecution.dataset(dataset).query(QUERY).substitution("root", root).build()) {
            exec.execConstruct(model);
          }
        });
    root(model, root);
    identifiers(model);
    return model;
  }

  private static void root(Model model, Resource root) {
    Resource publisher = model.createResource(ROOT_PUBLISHER);
    publisher
        .addProperty(RDF.type, model.createResource(FOAF + "Agent"))
        .addProperty(model.createProperty(FOAF, "name"), "Meshlens");
    root.addProperty(RDF.type, model.createResource(DCAT + "Catalog"))
        .addProperty(model.createProperty(DCT, "title"), "Meshlens catalog")
        .addProperty(
            model.createProperty(DCT, "description"),
            "Every domain of the data mesh as a catalog of its datasets, as Meshlens catalogs"
                + " them.")
        .addProperty(model.createProperty(DCT, "publisher"), publisher);
  }

  /** Each dataset's URN as its {@code dct:identifier}. */
  private static void identifiers(Model model) {
    Property identifier = model.createProperty(DCT, "identifier");
    List<Resource> datasets =
        model.listResourcesWithProperty(RDF.type, model.createResource(DCAT + "Dataset")).toList();
    for (Resource dataset : datasets) {
      Optional<Urn> urn = Iris.toUrn(dataset.getURI());
      urn.ifPresent(u -> dataset.addProperty(identifier, u.toString()));
    }
  }

  private static void prefixes(Model model) {
    model.setNsPrefix("dcat", DCAT);
    model.setNsPrefix("dct", DCT);
    model.setNsPrefix("foaf", FOAF);
    model.setNsPrefix("prov", Vocab.PROV);
    model.setNsPrefix("rdfs", Vocab.RDFS);
    model.setNsPrefix("skos", Vocab.SKOS);
    model.setNsPrefix("vcard", "http://www.w3.org/2006/vcard/ns#");
    model.setNsPrefix("ml", Vocab.ML);
  }

  private static String resource(String name) {
    try (InputStream in = DcatExport.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + name);
      }
      return new String(in.readAllBytes(), UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

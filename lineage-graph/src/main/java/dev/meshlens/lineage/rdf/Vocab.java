package dev.meshlens.lineage.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The terms of the vocabularies the lineage graph speaks: PROV-O for lineage, DCAT 3 and Dublin
 * Core for catalogs, datasets and services, DQV for quality, DPROD for data products, FOAF for
 * owners, and the small Meshlens ontology ({@code ontology/meshlens.ttl}) for what none covers.
 */
public final class Vocab {
  public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
  public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
  public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
  public static final String PROV = "http://www.w3.org/ns/prov#";
  public static final String DCAT = "http://www.w3.org/ns/dcat#";
  public static final String DCT = "http://purl.org/dc/terms/";
  public static final String DQV = "http://www.w3.org/ns/dqv#";
  public static final String DPROD = "https://ekgf.github.io/dprod/";
  public static final String FOAF = "http://xmlns.com/foaf/0.1/";
  public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
  public static final String ML = "https://meshlens.dev/ns#";

  public static final Node TYPE = uri(RDF, "type");
  public static final Node LABEL = uri(RDFS, "label");

  // PROV-O
  public static final Node ENTITY = uri(PROV, "Entity");
  public static final Node ACTIVITY = uri(PROV, "Activity");
  public static final Node AGENT = uri(PROV, "Agent");
  public static final Node DERIVATION = uri(PROV, "Derivation");
  public static final Node USED = uri(PROV, "used");
  public static final Node GENERATED = uri(PROV, "generated");
  public static final Node WAS_GENERATED_BY = uri(PROV, "wasGeneratedBy");
  public static final Node WAS_DERIVED_FROM = uri(PROV, "wasDerivedFrom");
  public static final Node QUALIFIED_DERIVATION = uri(PROV, "qualifiedDerivation");
  public static final Node PROV_ENTITY = uri(PROV, "entity");
  public static final Node HAD_ACTIVITY = uri(PROV, "hadActivity");
  public static final Node WAS_ATTRIBUTED_TO = uri(PROV, "wasAttributedTo");
  public static final Node QUALIFIED_ATTRIBUTION = uri(PROV, "qualifiedAttribution");
  public static final Node ATTRIBUTION = uri(PROV, "Attribution");
  public static final Node PROV_AGENT = uri(PROV, "agent");
  public static final Node STARTED_AT = uri(PROV, "startedAtTime");
  public static final Node ENDED_AT = uri(PROV, "endedAtTime");
  public static final Node GENERATED_AT = uri(PROV, "generatedAtTime");

  // DCAT 3 and Dublin Core
  public static final Node CATALOG = uri(DCAT, "Catalog");
  public static final Node DATASET = uri(DCAT, "Dataset");
  public static final Node DATA_SERVICE = uri(DCAT, "DataService");
  public static final Node HAS_DATASET = uri(DCAT, "dataset");
  public static final Node HAS_CATALOG = uri(DCAT, "catalog");
  public static final Node HAS_SERVICE = uri(DCAT, "service");
  public static final Node SERVES_DATASET = uri(DCAT, "servesDataset");
  public static final Node KEYWORD = uri(DCAT, "keyword");
  public static final Node HAD_ROLE = uri(DCAT, "hadRole");
  public static final Node TITLE = uri(DCT, "title");
  public static final Node DESCRIPTION = uri(DCT, "description");
  public static final Node IS_PART_OF = uri(DCT, "isPartOf");
  public static final Node DCT_TYPE = uri(DCT, "type");
  public static final Node IDENTIFIER = uri(DCT, "identifier");
  public static final Node CONFORMS_TO = uri(DCT, "conformsTo");

  // DQV
  public static final Node METRIC = uri(DQV, "Metric");
  public static final Node MEASUREMENT = uri(DQV, "QualityMeasurement");
  public static final Node HAS_QUALITY_MEASUREMENT = uri(DQV, "hasQualityMeasurement");
  public static final Node COMPUTED_ON = uri(DQV, "computedOn");
  public static final Node IS_MEASUREMENT_OF = uri(DQV, "isMeasurementOf");
  public static final Node VALUE = uri(DQV, "value");

  // DPROD
  public static final Node DATA_PRODUCT = uri(DPROD, "DataProduct");
  public static final Node INPUT_PORT = uri(DPROD, "inputPort");
  public static final Node OUTPUT_PORT = uri(DPROD, "outputPort");
  public static final Node LIFECYCLE_STATUS = uri(DPROD, "lifecycleStatus");
  public static final Node PRODUCT_DOMAIN = uri(DPROD, "domain");

  // SKOS
  public static final Node CONCEPT = uri(SKOS, "Concept");
  public static final Node PREF_LABEL = uri(SKOS, "prefLabel");
  public static final Node IN_SCHEME = uri(SKOS, "inScheme");

  // FOAF
  public static final Node PERSON = uri(FOAF, "Person");
  public static final Node ORGANIZATION = uri(FOAF, "Organization");
  public static final Node NAME = uri(FOAF, "name");
  public static final Node MBOX = uri(FOAF, "mbox");
  public static final Node MEMBER = uri(FOAF, "member");

  // Meshlens
  public static final Node JOB = uri(ML, "Job");
  public static final Node RUN = uri(ML, "Run");
  public static final Node COLUMN = uri(ML, "Column");
  public static final Node DOMAIN = uri(ML, "Domain");
  public static final Node HAS_COLUMN = uri(ML, "hasColumn");
  public static final Node DATA_TYPE = uri(ML, "dataType");
  public static final Node TRANSFORMATION = uri(ML, "transformation");
  public static final Node RUN_OF = uri(ML, "runOf");
  public static final Node RUN_STATE = uri(ML, "runState");
  public static final Node PLATFORM = uri(ML, "platform");
  public static final Node SENSITIVITY = uri(ML, "sensitivity");
  public static final Node PII = uri(ML, "pii");
  public static final Node PII_INFERRED_FROM = uri(ML, "piiInferredFrom");
  public static final Node CONSUMES_PRODUCT = uri(ML, "consumesProduct");
  public static final Node OBSERVED_VALUE = uri(ML, "observedValue");
  public static final Node APPLIED_SEQUENCE = uri(ML, "appliedSequence");
  public static final Node DATASET_KINDS = uri(ML, "datasetKind");
  public static final Node JOB_TYPES = uri(ML, "jobType");
  public static final Node CHECK_TYPES = uri(ML, "checkType");

  private Vocab() {}

  static Node uri(String namespace, String local) {
    return NodeFactory.createURI(namespace + local);
  }
}

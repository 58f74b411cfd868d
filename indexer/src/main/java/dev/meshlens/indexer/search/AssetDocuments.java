package dev.meshlens.indexer.search;

import static dev.meshlens.indexer.search.SearchFields.ACCESS;
import static dev.meshlens.indexer.search.SearchFields.CLASSIFICATION;
import static dev.meshlens.indexer.search.SearchFields.COLUMN_DESCRIPTION;
import static dev.meshlens.indexer.search.SearchFields.COLUMN_NAME;
import static dev.meshlens.indexer.search.SearchFields.COLUMN_NAME_EXACT;
import static dev.meshlens.indexer.search.SearchFields.DEPRECATED;
import static dev.meshlens.indexer.search.SearchFields.DESCRIPTION;
import static dev.meshlens.indexer.search.SearchFields.DESCRIPTION_PLAIN;
import static dev.meshlens.indexer.search.SearchFields.DOMAIN;
import static dev.meshlens.indexer.search.SearchFields.DOMAIN_TEXT;
import static dev.meshlens.indexer.search.SearchFields.GLOSSARY_TERM;
import static dev.meshlens.indexer.search.SearchFields.GLOSSARY_TEXT;
import static dev.meshlens.indexer.search.SearchFields.ID;
import static dev.meshlens.indexer.search.SearchFields.NAME;
import static dev.meshlens.indexer.search.SearchFields.NAME_EXACT;
import static dev.meshlens.indexer.search.SearchFields.NAME_IDENT;
import static dev.meshlens.indexer.search.SearchFields.NAME_PLAIN;
import static dev.meshlens.indexer.search.SearchFields.NAME_STEM;
import static dev.meshlens.indexer.search.SearchFields.OWNER;
import static dev.meshlens.indexer.search.SearchFields.OWNER_TEXT;
import static dev.meshlens.indexer.search.SearchFields.PLATFORM;
import static dev.meshlens.indexer.search.SearchFields.PRODUCT;
import static dev.meshlens.indexer.search.SearchFields.PRODUCT_TEXT;
import static dev.meshlens.indexer.search.SearchFields.QUALIFIED_NAME;
import static dev.meshlens.indexer.search.SearchFields.TAG;
import static dev.meshlens.indexer.search.SearchFields.TAG_TEXT;
import static dev.meshlens.indexer.search.SearchFields.TYPE;

import dev.meshlens.catalog.Asset;
import dev.meshlens.catalog.EntityType;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.ContractInfo;
import dev.meshlens.catalog.model.DatasetInfo;
import dev.meshlens.catalog.model.DomainInfo;
import dev.meshlens.catalog.model.Field;
import dev.meshlens.catalog.model.GlossaryLinks;
import dev.meshlens.catalog.model.GlossaryTermInfo;
import dev.meshlens.catalog.model.JobInfo;
import dev.meshlens.catalog.model.Membership;
import dev.meshlens.catalog.model.Ownership;
import dev.meshlens.catalog.model.ProductInfo;
import dev.meshlens.catalog.model.Schema;
import dev.meshlens.catalog.model.Tag;
import dev.meshlens.catalog.model.Tags;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;

/**
 * Maps a catalog asset, its aspects merged across sources, to one Lucene document. Text views of a
 * value go to their analyzed fields ({@link MeshlensAnalyzers#perField()}); exact values go to
 * {@link KeywordField}s, which carry doc values for facets and filters.
 */
final class AssetDocuments {

  private static final String DEPRECATED_STATUS = "deprecated";

  /** The classification value of personal data, next to the sensitivity level. */
  static final String PII = "pii";

  private AssetDocuments() {}

  /** The document of a live asset; empty for a deleted one, which the index must not hold. */
  static Optional<Document> toDocument(Asset asset) {
    return toDocument(asset, 0);
  }

  /**
   * The document of a live asset with its autocomplete entries, ranked by {@code usage} (queries
   * over 30 days) plus a prior by type: domains and products before datasets and terms, before the
   * rest.
   */
  static Optional<Document> toDocument(Asset asset, long usage) {
    if (asset.deleted()) {
      return Optional.empty();
    }
    Document doc = new Document();
    Urn urn = asset.urn();
    doc.add(new KeywordField(ID, urn.toString(), Store.YES));
    doc.add(new KeywordField(TYPE, asset.type().code(), Store.YES));
    addName(doc, asset.displayName());
    doc.add(new TextField(QUALIFIED_NAME, String.join(".", urn.parts()), Store.YES));
    description(asset).ifPresent(text -> addDescription(doc, text));
    asset.aspect(Schema.class).ifPresent(schema -> schema.fields().forEach(f -> addColumn(doc, f)));
    asset.aspect(Tags.class).ifPresent(tags -> tags.tags().forEach(t -> addTag(doc, t)));
    asset.aspect(GlossaryLinks.class).ifPresent(l -> l.terms().forEach(t -> addTerm(doc, t)));
    Optional<Urn> domain = addMembership(doc, asset);
    List<String> access = AccessLabels.of(asset, domain);
    access.forEach(l -> doc.add(new KeywordField(ACCESS, l, Store.NO)));
    Suggestions.addTo(doc, asset.displayName(), usage + suggestPrior(asset.type()), access);
    asset.aspect(Ownership.class).ifPresent(o -> o.owners().forEach(w -> addOwner(doc, w.owner())));
    asset.aspect(DatasetInfo.class).ifPresent(info -> addDatasetInfo(doc, info));
    doc.add(new KeywordField(DEPRECATED, Boolean.toString(deprecated(asset)), Store.YES));
    return Optional.of(Facets.withFacetFields(doc));
  }

  private static Optional<String> description(Asset asset) {
    return Stream.of(
            asset.aspect(DatasetInfo.class).map(DatasetInfo::description),
            asset.aspect(ProductInfo.class).map(ProductInfo::description),
            asset.aspect(DomainInfo.class).map(DomainInfo::description),
            asset.aspect(GlossaryTermInfo.class).map(GlossaryTermInfo::definition),
            asset.aspect(ContractInfo.class).map(ContractInfo::description),
            asset.aspect(JobInfo.class).map(JobInfo::description))
        .flatMap(Optional::stream)
        .filter(text -> !text.isBlank())
        .findFirst();
  }

  private static void addName(Document doc, String name) {
    doc.add(new StoredField(NAME, name));
    doc.add(new TextField(NAME_EXACT, name, Store.NO));
    doc.add(new TextField(NAME_IDENT, name, Store.NO));
    doc.add(new TextField(NAME_STEM, name, Store.NO));
    doc.add(new TextField(NAME_PLAIN, name, Store.NO));
  }

  private static void addDescription(Document doc, String text) {
    doc.add(new TextField(DESCRIPTION, text, Store.YES));
    doc.add(new TextField(DESCRIPTION_PLAIN, text, Store.NO));
  }

  private static void addColumn(Document doc, Field field) {
    doc.add(new TextField(COLUMN_NAME, field.name(), Store.NO));
    doc.add(new KeywordField(COLUMN_NAME_EXACT, field.name(), Store.YES));
    String description = field.description() == null ? "" : field.description();
    doc.add(new TextField(COLUMN_DESCRIPTION, description, Store.YES));
    field.tags().forEach(tag -> addTag(doc, tag));
    field.glossaryTerms().forEach(term -> addTerm(doc, term));
  }

  private static void addTag(Document doc, Tag tag) {
    doc.add(new KeywordField(TAG, tag.name(), Store.YES));
    doc.add(new TextField(TAG_TEXT, tag.name(), Store.NO));
  }

  private static void addTerm(Document doc, Urn term) {
    doc.add(new KeywordField(GLOSSARY_TERM, term.toString(), Store.YES));
    doc.add(new TextField(GLOSSARY_TEXT, term.localName(), Store.NO));
  }

  private static void addOwner(Document doc, Urn owner) {
    doc.add(new KeywordField(OWNER, owner.toString(), Store.YES));
    doc.add(new TextField(OWNER_TEXT, owner.localName(), Store.NO));
  }

  private static Optional<Urn> addMembership(Document doc, Asset asset) {
    Urn urn = asset.urn();
    Optional<Membership> membership = asset.aspect(Membership.class);
    Urn domain =
        switch (urn.type()) {
          case DOMAIN -> urn;
          case PRODUCT -> urn.domainOfProduct();
          default -> membership.map(Membership::domain).orElse(null);
        };
    Urn product =
        urn.type() == EntityType.PRODUCT ? urn : membership.map(Membership::product).orElse(null);
    if (domain != null) {
      doc.add(new KeywordField(DOMAIN, domain.toString(), Store.YES));
      doc.add(new TextField(DOMAIN_TEXT, domain.localName(), Store.NO));
    }
    if (product != null) {
      doc.add(new KeywordField(PRODUCT, product.toString(), Store.YES));
      doc.add(new TextField(PRODUCT_TEXT, product.localName(), Store.NO));
    }
    return Optional.ofNullable(domain);
  }

  private static void addDatasetInfo(Document doc, DatasetInfo info) {
    if (info.platform() != null && !info.platform().isBlank()) {
      doc.add(new KeywordField(PLATFORM, info.platform().toLowerCase(Locale.ROOT), Store.YES));
    }
    if (info.classification() != null) {
      String sensitivity = info.classification().sensitivity().name().toLowerCase(Locale.ROOT);
      doc.add(new KeywordField(CLASSIFICATION, sensitivity, Store.YES));
      if (info.classification().pii()) {
        doc.add(new KeywordField(CLASSIFICATION, PII, Store.YES));
      }
    }
  }

  private static long suggestPrior(EntityType type) {
    return switch (type) {
      case DOMAIN, PRODUCT -> 100;
      case DATASET, TERM -> 50;
      default -> 0;
    };
  }

  /** Deprecated: a product or contract whose status says so, or a dataset property. */
  static boolean deprecated(Asset asset) {
    Set<String> statuses = new LinkedHashSet<>();
    asset.aspect(ProductInfo.class).map(ProductInfo::status).ifPresent(statuses::add);
    asset.aspect(ContractInfo.class).map(ContractInfo::status).ifPresent(statuses::add);
    asset
        .aspect(DatasetInfo.class)
        .map(info -> info.properties().get(DEPRECATED))
        .filter(Boolean::parseBoolean)
        .ifPresent(value -> statuses.add(DEPRECATED_STATUS));
    return statuses.stream().anyMatch(DEPRECATED_STATUS::equalsIgnoreCase);
  }
}

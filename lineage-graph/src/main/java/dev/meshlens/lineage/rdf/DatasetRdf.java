package dev.meshlens.lineage.rdf;

import dev.meshlens.catalog.Asset;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.Classification;
import dev.meshlens.catalog.model.DatasetInfo;
import dev.meshlens.catalog.model.Field;
import dev.meshlens.catalog.model.QualityCheck;
import dev.meshlens.catalog.model.QualityChecks;
import dev.meshlens.catalog.model.QualityResult;
import dev.meshlens.catalog.model.Schema;
import dev.meshlens.catalog.model.Tag;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * A dataset: a {@code dcat:Dataset} and {@code prov:Entity} listed by its domain's catalog, part of
 * its product, with its columns ({@code ml:Column}, PII and sensitivity), its quality checks as
 * {@code dqv:Metric}s and the latest result of each as a {@code dqv:QualityMeasurement}.
 */
final class DatasetRdf {
  private DatasetRdf() {}

  static void describe(Asset asset, Node self, AssetFacts facts, TripleSink out) {
    Urn urn = asset.urn();
    out.add(self, Vocab.TYPE, Vocab.DATASET);
    out.add(self, Vocab.TYPE, Vocab.ENTITY);
    out.label(self, asset.displayName(), true);
    AssetRdf.membership(asset, self, out);
    asset
        .aspect(DatasetInfo.class)
        .ifPresent(info -> {
          out.text(self, Vocab.DESCRIPTION, info.description());
          out.text(self, Vocab.PLATFORM, info.platform());
          out.concept(self, Vocab.DCT_TYPE, Vocab.DATASET_KINDS, info.kind());
          classification(self, info.classification(), out);
        });
    asset.aspect(Schema.class).ifPresent(schema -> columns(urn, self, schema, out));
    asset.aspect(QualityChecks.class).ifPresent(checks -> quality(urn, self, checks, facts, out));
  }

  private static void columns(Urn urn, Node self, Schema schema, TripleSink out) {
    for (Field field : schema.fields()) {
      Node column = Iris.node(urn.field(field.name()));
      out.add(self, Vocab.HAS_COLUMN, column);
      out.add(column, Vocab.TYPE, Vocab.COLUMN);
      out.add(column, Vocab.TYPE, Vocab.ENTITY);
      out.label(column, field.name(), false);
      out.text(column, Vocab.DATA_TYPE, field.type());
      out.text(column, Vocab.DESCRIPTION, field.description());
      out.keywords(column, field.tags());
      Classification classification = field.classification();
      boolean piiTag = field.tags().stream().map(Tag::name).anyMatch(DatasetRdf::isPiiTag);
      if (piiTag && (classification == null || !classification.pii())) {
        out.bool(column, Vocab.PII, true);
      }
      classification(column, classification, out);
    }
  }

  /** Whether a tag marks personal data: {@code pii} or {@code pii:<kind>}. */
  static boolean isPiiTag(String tag) {
    String name = tag.toLowerCase(Locale.ROOT);
    return name.equals("pii") || name.startsWith("pii:");
  }

  private static void classification(Node node, Classification classification, TripleSink out) {
    if (classification == null) {
      return;
    }
    out.text(node, Vocab.SENSITIVITY, classification.sensitivity().name().toLowerCase(Locale.ROOT));
    if (classification.pii()) {
      out.bool(node, Vocab.PII, true);
    }
  }

  private static void quality(
      Urn urn, Node self, QualityChecks checks, AssetFacts facts, TripleSink out) {
    Map<String, QualityResult> latest = new LinkedHashMap<>();
    for (QualityResult result : facts.latestQualityResults(urn)) {
      latest.merge(result.checkId(), result, (a, b) -> a.time().isAfter(b.time()) ? a : b);
    }
    for (QualityCheck check : checks.checks()) {
      Node metric = Iris.below(urn, "check", check.id());
      out.add(metric, Vocab.TYPE, Vocab.METRIC);
      out.label(metric, check.id(), false);
      out.concept(metric, Vocab.DCT_TYPE, Vocab.CHECK_TYPES, check.type());
      out.text(metric, Vocab.DESCRIPTION, check.description());
      if (check.column() != null) {
        out.add(metric, Vocab.IS_PART_OF, Iris.node(urn.field(check.column())));
      }
      QualityResult result = latest.get(check.id());
      if (result != null) {
        Node measurement = Iris.below(urn, "measurement", check.id());
        out.add(self, Vocab.HAS_QUALITY_MEASUREMENT, measurement);
        out.add(measurement, Vocab.TYPE, Vocab.MEASUREMENT);
        out.add(measurement, Vocab.COMPUTED_ON, self);
        out.add(measurement, Vocab.IS_MEASUREMENT_OF, metric);
        out.bool(measurement, Vocab.VALUE, result.passed());
        out.time(measurement, Vocab.GENERATED_AT, result.time());
        if (result.observedValue() != null) {
          out.add(
              measurement,
              Vocab.OBSERVED_VALUE,
              NodeFactory.createLiteralDT(
                  Double.toString(result.observedValue()), XSDDatatype.XSDdouble));
        }
      }
    }
  }
}

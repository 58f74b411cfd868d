package dev.meshlens.api.profile;

import dev.meshlens.catalog.Asset;
import dev.meshlens.catalog.AssetNotFoundException;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.Classification;
import dev.meshlens.catalog.model.Field;
import dev.meshlens.catalog.model.Tag;
import dev.meshlens.lineage.InferredPii;
import dev.meshlens.lineage.LineageTimeoutException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The profile of a column: its dataset, type, description, tags, glossary terms, classification (as
 * stated, and the PII it inherits through column lineage), and the columns it is computed from and
 * that are computed from it (those of datasets the caller may not see are counted as hidden).
 */
public record ColumnProfile(
    String urn,
    String type,
    String name,
    Ref dataset,
    String dataType,
    Boolean nullable,
    String description,
    List<String> tags,
    List<Ref> glossaryTerms,
    Classification classification,
    Part<InheritedPii> inferredPii,
    Part<ColumnLineage> lineage) {

  /** The PII a column inherits: the nearest upstream columns declared PII (empty: none). */
  public record InheritedPii(List<Pii> origins) {}

  /** PII inherited from a column {@code distance} hops upstream. */
  public record Pii(String origin, int distance) {}

  /** The columns one hop upstream and downstream. */
  public record ColumnLineage(Side upstream, Side downstream) {}

  /** One way: how many columns, those the caller may see (up to 20), how many were hidden. */
  public record Side(long count, List<String> columns, int hidden) {}

  static final int LISTED = 20;

  static ColumnProfile of(Reads reads, Asset dataset, Field field) {
    Urn urn = dataset.urn().field(field.name());
    Map<Urn, Asset> names = reads.assets(field.glossaryTerms());
    return new ColumnProfile(
        urn.toString(),
        urn.type().code(),
        field.name(),
        Ref.of(dataset),
        field.type(),
        field.nullable(),
        field.description(),
        field.tags().stream().map(Tag::name).toList(),
        field.glossaryTerms().stream().map(t -> Ref.of(t, names)).toList(),
        field.classification(),
        pii(reads, urn),
        lineage(reads, urn));
  }

  private static Part<InheritedPii> pii(Reads reads, Urn column) {
    try {
      List<InferredPii> inferred = reads.graph().inferredPii(column);
      return Part.of(
          new InheritedPii(
              inferred.stream().map(p -> new Pii(p.origin().toString(), p.distance())).toList()));
    } catch (AssetNotFoundException | LineageTimeoutException e) {
      return Part.unknown("the lineage graph does not know this column yet or ran out of time");
    }
  }

  private static Part<ColumnLineage> lineage(Reads reads, Urn column) {
    Part<DatasetLineage> found = DatasetLineage.of(reads.graph(), column);
    if (!found.known()) {
      return Part.unknown(found.reason());
    }
    DatasetLineage l = found.value();
    return Part.of(new ColumnLineage(side(reads, l.upstream()), side(reads, l.downstream())));
  }

  private static Side side(Reads reads, List<Urn> columns) {
    Set<Urn> datasets = new LinkedHashSet<>();
    columns.forEach(c -> datasets.add(c.dataset()));
    Visible visible = reads.visible(new ArrayList<>(datasets), datasets.size());
    Set<Urn> seen = new LinkedHashSet<>();
    visible.shown().forEach(a -> seen.add(a.urn()));
    List<String> shown = new ArrayList<>();
    int hidden = 0;
    for (Urn c : columns) {
      if (!seen.contains(c.dataset())) {
        hidden++;
      } else if (shown.size() < LISTED) {
        shown.add(c.toString());
      }
    }
    return new Side(columns.size(), shown, hidden);
  }
}

package dev.meshlens.catalog;

import dev.meshlens.catalog.model.Aspect;
import dev.meshlens.catalog.model.DatasetInfo;
import dev.meshlens.catalog.model.Field;
import dev.meshlens.catalog.model.GlossaryLinks;
import dev.meshlens.catalog.model.JobLineage;
import dev.meshlens.catalog.model.Owner;
import dev.meshlens.catalog.model.Ownership;
import dev.meshlens.catalog.model.QualityCheck;
import dev.meshlens.catalog.model.QualityChecks;
import dev.meshlens.catalog.model.Schema;
import dev.meshlens.catalog.model.Tags;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Merges several sources' versions of one aspect, given highest precedence first. Single values
 * come from the first source that states them; lists (columns, owners, tags, terms, checks,
 * lineage) are united, keyed by identity, with each element's attributes taken the same way.
 */
public final class AspectMerger {
  private AspectMerger() {}

  public static Aspect merge(List<Aspect> byPrecedence) {
    Aspect first = byPrecedence.getFirst();
    if (byPrecedence.size() == 1) {
      return first;
    }
    return switch (first) {
      case DatasetInfo ignored -> mergeDatasetInfo(cast(byPrecedence, DatasetInfo.class));
      case Schema ignored -> mergeSchema(cast(byPrecedence, Schema.class));
      case Ownership ignored ->
          new Ownership(
              unite(cast(byPrecedence, Ownership.class), Ownership::owners, Owner::owner));
      case Tags ignored -> new Tags(unite(cast(byPrecedence, Tags.class), Tags::tags, t -> t));
      case GlossaryLinks ignored ->
          new GlossaryLinks(
              unite(cast(byPrecedence, GlossaryLinks.class), GlossaryLinks::terms, t -> t));
      case QualityChecks ignored ->
          new QualityChecks(
              unite(
                  cast(byPrecedence, QualityChecks.class),
                  QualityChecks::checks,
                  QualityCheck::id));
      case JobLineage ignored -> mergeLineage(cast(byPrecedence, JobLineage.class));
      default -> first;
    };
  }

  private static <A> List<A> cast(List<Aspect> values, Class<A> type) {
    return values.stream().map(type::cast).toList();
  }

  private static <A, E, K> List<E> unite(
      List<A> values, Function<A, List<E>> elements, Function<E, K> key) {
    Map<K, E> united = new LinkedHashMap<>();
    for (A value : values) {
      for (E element : elements.apply(value)) {
        united.putIfAbsent(key.apply(element), element);
      }
    }
    return new ArrayList<>(united.values());
  }

  private static <T> T first(List<T> values) {
    for (T value : values) {
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  private static DatasetInfo mergeDatasetInfo(List<DatasetInfo> values) {
    Map<String, String> properties = new LinkedHashMap<>();
    values.reversed().forEach(v -> properties.putAll(v.properties()));
    return new DatasetInfo(
        first(values.stream().map(DatasetInfo::displayName).toList()),
        first(values.stream().map(DatasetInfo::description).toList()),
        first(values.stream().map(DatasetInfo::platform).toList()),
        first(values.stream().map(DatasetInfo::kind).toList()),
        first(values.stream().map(DatasetInfo::classification).toList()),
        first(values.stream().map(DatasetInfo::rowCount).toList()),
        properties);
  }

  private static Schema mergeSchema(List<Schema> values) {
    Map<String, List<Field>> byName = new LinkedHashMap<>();
    for (Schema schema : values) {
      for (Field field : schema.fields()) {
        byName.computeIfAbsent(field.name(), k -> new ArrayList<>()).add(field);
      }
    }
    List<Field> fields = byName.values().stream().map(AspectMerger::mergeField).toList();
    List<String> primaryKey =
        first(values.stream().map(Schema::primaryKey).filter(k -> !k.isEmpty()).toList());
    return new Schema(
        fields,
        primaryKey == null ? List.of() : primaryKey,
        unite(values, Schema::foreignKeys, fk -> fk));
  }

  private static Field mergeField(List<Field> versions) {
    return new Field(
        versions.getFirst().name(),
        first(versions.stream().map(Field::type).toList()),
        first(versions.stream().map(Field::nullable).toList()),
        first(versions.stream().map(Field::description).toList()),
        unite(versions, Field::tags, t -> t),
        unite(versions, Field::glossaryTerms, t -> t),
        first(versions.stream().map(Field::classification).toList()));
  }

  private static JobLineage mergeLineage(List<JobLineage> values) {
    LinkedHashSet<Urn> inputs = new LinkedHashSet<>();
    LinkedHashSet<Urn> outputs = new LinkedHashSet<>();
    values.forEach(v -> {
      inputs.addAll(v.inputs());
      outputs.addAll(v.outputs());
    });
    return new JobLineage(
        List.copyOf(inputs),
        List.copyOf(outputs),
        unite(values, JobLineage::columns, c -> c.target()));
  }
}

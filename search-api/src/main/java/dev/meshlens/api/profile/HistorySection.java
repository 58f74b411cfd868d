package dev.meshlens.api.profile;

import dev.meshlens.catalog.AspectVersion;
import dev.meshlens.catalog.ChangeOp;
import dev.meshlens.catalog.model.AspectKind;
import dev.meshlens.catalog.model.Field;
import dev.meshlens.catalog.model.Schema;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed about an asset, newest first: which aspect, when, from which source and by whom
 * ({@code actor}, a person for edits, else null), and for a new version of a schema the columns
 * added, removed and changed; a schema change is {@code breaking} when a column was removed, a type
 * changed or a column became non-nullable. {@code more} says older changes exist.
 */
public record HistorySection(List<Change> changes, boolean more) {
  static final int LIMIT = 50;

  /** One change; {@code aspect} null for the asset as a whole (its deletion). */
  public record Change(
      long sequence,
      Instant at,
      String aspect,
      String op,
      long version,
      String source,
      String actor,
      SchemaChange schema) {}

  /** The difference between two versions of a schema stated by one source. */
  public record SchemaChange(
      List<String> added, List<String> removed, List<ColumnChange> changed, boolean breaking) {}

  /** A column whose type or nullability changed. */
  public record ColumnChange(
      String column,
      String typeBefore,
      String typeAfter,
      Boolean nullableBefore,
      Boolean nullableAfter) {}

  /** The section from an asset's latest versions, newest first ({@code limit + 1} read). */
  static Part<HistorySection> of(List<AspectVersion> newestFirst) {
    if (newestFirst.isEmpty()) {
      return Part.unknown("no change recorded");
    }
    int shown = Math.min(LIMIT, newestFirst.size());
    List<Change> changes = new ArrayList<>(shown);
    for (int i = 0; i < shown; i++) {
      AspectVersion v = newestFirst.get(i);
      SchemaChange schema = null;
      if (v.kind() == AspectKind.SCHEMA && v.op() != ChangeOp.DELETE) {
        schema = diff(previousSchema(newestFirst, i), (Schema) v.value());
      }
      changes.add(
          new Change(
              v.sequence(),
              v.at(),
              v.kind() == null ? null : v.kind().code(),
              v.op().name(),
              v.version(),
              v.source(),
              v.actor(),
              schema));
    }
    return Part.of(new HistorySection(changes, newestFirst.size() > LIMIT));
  }

  /** The same source's schema before version {@code i}, or null when none is in the list. */
  private static Schema previousSchema(List<AspectVersion> newestFirst, int i) {
    AspectVersion current = newestFirst.get(i);
    for (int j = i + 1; j < newestFirst.size(); j++) {
      AspectVersion older = newestFirst.get(j);
      if (older.kind() == AspectKind.SCHEMA && older.source().equals(current.source())) {
        return older.value() instanceof Schema s ? s : null;
      }
    }
    return null;
  }

  static SchemaChange diff(Schema before, Schema after) {
    if (before == null) {
      return null;
    }
    Map<String, Field> old = byName(before);
    Map<String, Field> now = byName(after);
    List<String> added = now.keySet().stream().filter(n -> !old.containsKey(n)).toList();
    List<String> removed = old.keySet().stream().filter(n -> !now.containsKey(n)).toList();
    List<ColumnChange> changed = new ArrayList<>();
    boolean breaking = !removed.isEmpty();
    for (Field f : now.values()) {
      Field was = old.get(f.name());
      if (was == null) {
        continue;
      }
      boolean typeChanged = !Objects.equals(was.type(), f.type());
      boolean nowRequired =
          Boolean.FALSE.equals(f.nullable()) && !Boolean.FALSE.equals(was.nullable());
      if (typeChanged || !Objects.equals(was.nullable(), f.nullable())) {
        changed.add(new ColumnChange(f.name(), was.type(), f.type(), was.nullable(), f.nullable()));
      }
      breaking |= typeChanged || nowRequired;
    }
    return new SchemaChange(added, removed, changed, breaking);
  }

  private static Map<String, Field> byName(Schema schema) {
    Map<String, Field> fields = new LinkedHashMap<>();
    schema.fields().forEach(f -> fields.put(f.name(), f));
    return fields;
  }
}

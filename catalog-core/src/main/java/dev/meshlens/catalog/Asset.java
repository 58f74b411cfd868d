package dev.meshlens.catalog;

import dev.meshlens.catalog.model.Aspect;
import dev.meshlens.catalog.model.AspectKind;
import dev.meshlens.catalog.model.AspectNames;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * An asset as the store holds it now: each source's current version of each aspect. {@link
 * #aspect(Class)} gives the merged view of an aspect across sources (see {@link AspectMerger}).
 */
public record Asset(
    Urn urn, boolean deleted, Instant createdAt, Instant updatedAt, List<AspectVersion> current) {

  public Asset {
    current =
        current.stream()
            .sorted(
                Comparator.comparing((AspectVersion v) -> v.kind())
                    .thenComparing(v -> SourcePrecedence.rank(v.source()))
                    .thenComparing(AspectVersion::source))
            .toList();
  }

  public EntityType type() {
    return urn.type();
  }

  /** The merged value of an aspect over every source that states it, or empty. */
  public <A extends Aspect> Optional<A> aspect(Class<A> type) {
    AspectKind kind = AspectKind.of(type);
    List<Aspect> values = versionsOf(kind).stream().map(AspectVersion::value).toList();
    return values.isEmpty() ? Optional.empty() : Optional.of(type.cast(AspectMerger.merge(values)));
  }

  /** The name people know the asset by: its info aspect's name, else the URN's last part. */
  public String displayName() {
    for (AspectKind kind : AspectKind.values()) {
      String name = aspect(kind.type()).map(AspectNames::nameOf).orElse(null);
      if (name != null) {
        return name;
      }
    }
    return urn.localName();
  }

  /** Each source's current version of one aspect, highest precedence first. */
  public List<AspectVersion> versionsOf(AspectKind kind) {
    return current.stream().filter(v -> v.kind() == kind).toList();
  }

  /** The sources that state anything about this asset. */
  public SortedSet<String> sources() {
    TreeSet<String> sources = new TreeSet<>();
    current.forEach(v -> sources.add(v.source()));
    return sources;
  }
}

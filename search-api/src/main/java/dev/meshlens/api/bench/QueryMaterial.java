package dev.meshlens.api.bench;

import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.model.DatasetInfo;
import dev.meshlens.catalog.model.Field;
import dev.meshlens.catalog.model.Membership;
import dev.meshlens.catalog.model.Owner;
import dev.meshlens.catalog.model.Ownership;
import dev.meshlens.catalog.model.Schema;
import dev.meshlens.catalog.model.Tag;
import dev.meshlens.catalog.model.Tags;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * What benchmark queries are made of, taken from the generated batches as they go by: the names of
 * a sample of the datasets (every n-th), and the column names, tags, platforms, domains and owners
 * seen (each kept up to a bound).
 */
final class QueryMaterial {
  private static final int MAX_VALUES = 500;

  private final int every;
  private final List<String> names = new ArrayList<>();
  private final Set<String> columns = new TreeSet<>();
  private final Set<String> tags = new TreeSet<>();
  private final Set<String> platforms = new TreeSet<>();
  private final Set<String> domains = new TreeSet<>();
  private final Set<String> owners = new TreeSet<>();
  private long datasets;

  /** Keeps the name of every {@code every}-th dataset. */
  QueryMaterial(int every) {
    this.every = Math.max(1, every);
  }

  void add(Batch batch) {
    for (Batch.Upsert upsert : batch.upserts()) {
      switch (upsert.aspect()) {
        case DatasetInfo info -> addInfo(info);
        case Schema schema ->
            schema.fields().stream().map(Field::name).forEach(c -> keep(columns, c));
        case Tags t -> t.tags().stream().map(Tag::name).forEach(tag -> keep(tags, tag));
        case Membership m -> keep(domains, m.domain().toString());
        case Ownership o ->
            o.owners().stream().map(Owner::owner).forEach(w -> keep(owners, w + ""));
        default -> {
          // other aspects hold nothing a query is made of
        }
      }
    }
  }

  private void addInfo(DatasetInfo info) {
    if (datasets++ % every == 0) {
      names.add(info.displayName());
    }
    if (info.platform() != null) {
      keep(platforms, info.platform().toLowerCase(Locale.ROOT));
    }
  }

  private static void keep(Collection<String> values, String value) {
    if (values.size() < MAX_VALUES) {
      values.add(value);
    }
  }

  List<String> names() {
    return names;
  }

  List<String> columns() {
    return List.copyOf(columns);
  }

  List<String> tags() {
    return List.copyOf(tags);
  }

  List<String> platforms() {
    return List.copyOf(platforms);
  }

  List<String> domains() {
    return List.copyOf(domains);
  }

  List<String> owners() {
    return List.copyOf(owners);
  }
}

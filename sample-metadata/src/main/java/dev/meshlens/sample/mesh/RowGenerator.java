package dev.meshlens.sample.mesh;

import dev.meshlens.sample.mesh.ValuePools.Customer;
import dev.meshlens.sample.mesh.model.Column;
import dev.meshlens.sample.mesh.model.Dataset;
import dev.meshlens.sample.mesh.model.DatasetKind;
import dev.meshlens.sample.mesh.model.Names;
import dev.meshlens.sample.mesh.model.Product;
import dev.meshlens.sample.mesh.model.Vocabulary;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;

/**
 * Generates the rows of every table of a product database: keys first (unique, drawn from the
 * shared pools where the key names a shared entity, from the parent table for foreign keys), then
 * the other columns. Tables come parents first so that foreign keys always resolve.
 */
final class RowGenerator {
  private static final Map<String, Integer> POOL_SIZES =
      Map.ofEntries(
          Map.entry("customer_id", 200),
          Map.entry("sku", 150),
          Map.entry("store_id", 40),
          Map.entry("warehouse_id", 5),
          Map.entry("carrier_id", 8),
          Map.entry("supplier_id", 30),
          Map.entry("brand_id", 8),
          Map.entry("category_id", 20),
          Map.entry("campaign_id", 20),
          Map.entry("location_id", 45),
          Map.entry("product_id", 50),
          Map.entry("variant_id", 150));

  private final ValuePools pools;
  private final ValueGenerator values;
  private final LocalDate today;

  RowGenerator(ValuePools pools, ValueGenerator values, java.time.Instant anchor) {
    this.pools = pools;
    this.values = values;
    this.today = LocalDate.ofInstant(anchor, ZoneOffset.UTC);
  }

  /** The rows of every table (not view) of the product database, parents first. */
  Map<Dataset, List<Object[]>> rows(Product product) {
    Map<Dataset, List<Object[]>> rows = new LinkedHashMap<>();
    Map<String, List<Object>> keysByTable = new HashMap<>();
    for (Dataset table : parentsFirst(product)) {
      List<Object[]> tableRows = table(table, keysByTable);
      rows.put(table, tableRows);
      int pk = primaryKeyIndex(table);
      if (pk >= 0) {
        keysByTable.put(table.localName(), tableRows.stream().map(r -> r[pk]).toList());
      }
    }
    return rows;
  }

  static List<Dataset> parentsFirst(Product product) {
    List<Dataset> pending =
        new ArrayList<>(
            product.databaseDatasets().stream()
                .filter(d -> d.kind() == DatasetKind.TABLE)
                .toList());
    List<Dataset> ordered = new ArrayList<>();
    while (!pending.isEmpty()) {
      for (Dataset d : List.copyOf(pending)) {
        boolean ready =
            d.columns().stream()
                .map(Column::references)
                .filter(r -> r != null && !r.equals(d.localName()))
                .allMatch(r -> ordered.stream().anyMatch(o -> o.localName().equals(r)));
        if (ready) {
          ordered.add(d);
          pending.remove(d);
        }
      }
    }
    return ordered;
  }

  private static int primaryKeyIndex(Dataset table) {
    List<Column> key = table.primaryKey();
    return key.size() == 1 ? table.columns().indexOf(key.get(0)) : -1;
  }

  private List<Object[]> table(Dataset table, Map<String, List<Object>> keysByTable) {
    Random random = new Random(table.id().toString().hashCode());
    List<Column> key = table.primaryKey();
    List<List<Object>> candidates = new ArrayList<>();
    for (Column column : key) {
      candidates.add(candidates(column, table, keysByTable));
    }
    long combinations =
        key.isEmpty()
            ? Long.MAX_VALUE
            : candidates.stream().mapToLong(List::size).reduce(1, Math::multiplyExact);
    int count = (int) Math.min(rowCount(table), combinations);
    List<Object[]> rows = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      rows.add(row(table, key, candidates, i, keysByTable, random));
    }
    return rows;
  }

  private Object[] row(
      Dataset table,
      List<Column> key,
      List<List<Object>> candidates,
      int index,
      Map<String, List<Object>> keysByTable,
      Random random) {
    List<Column> columns = table.columns();
    Object[] row = new Object[columns.size()];
    int rest = index;
    for (int k = key.size() - 1; k >= 0; k--) {
      List<Object> options = candidates.get(k);
      row[columns.indexOf(key.get(k))] = options.get(rest % options.size());
      rest /= options.size();
    }
    Customer customer = customerOf(table, row, random);
    for (int c = 0; c < columns.size(); c++) {
      Column column = columns.get(c);
      if (row[c] != null) {
        continue;
      }
      if (table.localName().equals("flyway_schema_history")) {
        row[c] = Flyway.value(column.name(), index, random);
      } else if (column.references() != null && keysByTable.containsKey(column.references())) {
        row[c] = ValuePools.pick(random, keysByTable.get(column.references()));
      } else {
        row[c] = values.value(column, table.localName(), customer, random);
      }
    }
    return row;
  }

  private Customer customerOf(Dataset table, Object[] row, Random random) {
    int at = table.columns().stream().map(Column::name).toList().indexOf("customer_id");
    if (at >= 0 && row[at] instanceof Long id) {
      return pools.customers.get((int) (id - 100_001));
    }
    return ValuePools.pick(random, pools.customers);
  }

  private int rowCount(Dataset table) {
    List<Column> key = table.primaryKey();
    if (key.size() == 1 && POOL_SIZES.containsKey(snake(key.get(0).name()))) {
      return POOL_SIZES.get(snake(key.get(0).name()));
    }
    boolean staging = key.isEmpty() || table.localName().equals("flyway_schema_history");
    int spread = staging ? 41 : 181;
    return 20 + Math.floorMod(table.id().name().hashCode(), spread);
  }

  private List<Object> candidates(
      Column column, Dataset table, Map<String, List<Object>> keysByTable) {
    String name = snake(column.name());
    if (column.references() != null && keysByTable.containsKey(column.references())) {
      return keysByTable.get(column.references()).stream().distinct().toList();
    }
    if (POOL_SIZES.containsKey(name) && table.primaryKey().size() > 1) {
      return poolKeys(name, Math.min(POOL_SIZES.get(name), 12));
    }
    if (POOL_SIZES.containsKey(name)) {
      return poolKeys(name, POOL_SIZES.get(name));
    }
    return switch (column.logicalType()) {
      case "date" -> dates(name);
      case "integer" -> {
        long first = name.equals("installed_rank") ? 0 : base(table);
        yield LongStream.rangeClosed(1, 200).mapToObj(i -> (Object) (first + i)).toList();
      }
      default -> stringKeys(column, table);
    };
  }

  private List<Object> poolKeys(String name, int size) {
    List<Object> keys = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      keys.add(
          switch (name) {
            case "customer_id" -> pools.customers.get(i).id();
            case "sku" -> pools.skus.get(i * (150 / size));
            case "category_id" -> 100L + i;
            case "campaign_id" -> 7_000L + i;
            case "product_id" -> 10_001L + i;
            default -> 1L + i;
          });
    }
    return keys;
  }

  private List<Object> dates(String name) {
    List<Object> dates = new ArrayList<>();
    LocalDate monday = today.minusDays(today.getDayOfWeek().getValue() - 1);
    for (int i = 0; i < 60; i++) {
      LocalDate date =
          name.contains("week")
              ? monday.minusWeeks(i)
              : name.contains("month")
                  ? today.withDayOfMonth(1).minusMonths(i - 6)
                  : today.minusDays(1 + i);
      dates.add(date.toString());
    }
    return dates;
  }

  private List<Object> stringKeys(Column column, Dataset table) {
    String name = snake(column.name());
    List<Object> keys = new ArrayList<>();
    switch (name) {
      case "fiscal_period" -> {
        for (int i = 0; i < 24; i++) {
          keys.add(String.format(java.util.Locale.ROOT, "%d-P%02d", 2025 + i / 12, 1 + i % 12));
        }
      }
      case "gl_account" ->
          List.of(
                  1200, 1400, 1800, 2100, 2400, 3000, 4000, 4010, 4020, 4100, 4900, 5000, 5100,
                  6000, 6100, 6300, 6400, 6800, 7000)
              .forEach(a -> keys.add(String.valueOf(a)));
      case "cost_center" -> LongStream.range(0, 12).forEach(i -> keys.add("CC" + (1010 + 10 * i)));
      case "forecast_version" -> keys.addAll(List.of("FC1", "FC2", "FC3", "budget"));
      default -> {
        List<String> vocabulary = Vocabulary.find(column.name()).orElse(List.of());
        if (!vocabulary.isEmpty()) {
          vocabulary.stream().distinct().forEach(keys::add);
        } else {
          String prefix = Names.words(column.name()).get(0).toUpperCase(java.util.Locale.ROOT);
          LongStream.rangeClosed(1, 200).forEach(i -> keys.add(prefix + "-" + (base(table) + i)));
        }
      }
    }
    return keys;
  }

  private static long base(Dataset table) {
    return 1_000L * (1 + Math.floorMod(table.localName().hashCode(), 90));
  }

  private static String snake(String name) {
    return String.join("_", Names.words(name));
  }
}

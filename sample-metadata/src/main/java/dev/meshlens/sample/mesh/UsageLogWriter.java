package dev.meshlens.sample.mesh;

import dev.meshlens.sample.mesh.model.Column;
import dev.meshlens.sample.mesh.model.Dataset;
import dev.meshlens.sample.mesh.model.DatasetKind;
import dev.meshlens.sample.mesh.model.Mesh;
import dev.meshlens.sample.mesh.model.Person;
import dev.meshlens.sample.mesh.model.Platform;
import dev.meshlens.sample.mesh.model.Product;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes {@code usage/query-log.ndjson}: 60 days of queries by the people of the mesh. Popularity
 * is Zipf-like (the {@link Scenario#HOT} datasets first, then a long tail), some datasets grow or
 * shrink in use over the period, and internal tables and the {@link Scenario#UNUSED} ones are never
 * queried.
 */
final class UsageLogWriter {
  static final String FILE = "usage/query-log.ndjson";
  private static final double ZIPF = 1.1;

  private final Mesh mesh;
  private final List<Dataset> ranked;
  private final double[] weights;

  UsageLogWriter(Mesh mesh) {
    this.mesh = mesh;
    this.ranked = rank(mesh);
    this.weights = new double[ranked.size()];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = 1 / Math.pow(i + 1, ZIPF);
    }
  }

  private static List<Dataset> rank(Mesh mesh) {
    List<Dataset> queryable = new ArrayList<>();
    for (Product p : mesh.products()) {
      for (Dataset d : p.datasets()) {
        boolean relational =
            d.platform() == Platform.POSTGRES || d.platform() == Platform.SNOWFLAKE;
        boolean offered =
            p.findPortOf(d.localName()).isPresent() || Scenario.DECLINING.contains(d.id().name());
        if (relational
            && offered
            && !Scenario.UNUSED.contains(d.id().name())
            && !Scenario.HOT.contains(d.id().name())) {
          queryable.add(d);
        }
      }
    }
    queryable.sort(Comparator.comparing(Dataset::id));
    Collections.shuffle(queryable, new Random(42));
    List<Dataset> ranked = new ArrayList<>();
    Map<String, Dataset> byName = new java.util.HashMap<>();
    mesh.datasetsById().values().forEach(d -> byName.put(d.id().name(), d));
    Scenario.HOT.forEach(name -> ranked.add(byName.get(name)));
    ranked.addAll(queryable);
    return ranked;
  }

  /** Writes the log and returns the number of queries. */
  int write(Path root) throws IOException {
    int written = 0;
    Path file = root.resolve(FILE);
    Files.createDirectories(file.getParent());
    Random random = new Random(20261120L);
    Instant first = mesh.anchor().minus(Duration.ofDays(Scenario.DAYS));
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int day = 0; day < Scenario.DAYS; day++) {
        Instant midnight = first.plus(Duration.ofDays(day));
        DayOfWeek weekday = midnight.atZone(ZoneOffset.UTC).getDayOfWeek();
        int count = weekday.getValue() >= 6 ? 50 + random.nextInt(30) : 220 + random.nextInt(60);
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < count; i++) {
          int seconds =
              (int) Math.round((7 + Math.abs(random.nextGaussian()) * 4 + random.nextInt(4)) * 3600)
                  % 86_400;
          times.add(midnight.plusSeconds(seconds));
        }
        times.sort(Comparator.naturalOrder());
        double t = day / (double) (Scenario.DAYS - 1);
        for (Instant time : times) {
          out.write(Json.line(query(time, t, random)));
          out.write('\n');
          written++;
        }
      }
    }
    return written;
  }

  private Map<String, Object> query(Instant time, double t, Random random) {
    Dataset main = pick(t, random);
    List<Dataset> used = new ArrayList<>(List.of(main));
    if (random.nextDouble() < 0.22) {
      Dataset other = pick(t, random);
      boolean joinable =
          other.columns().stream()
              .anyMatch(c ->
                  c.name().matches(".*(_id|Id|sku|_number|_code|_date)$")
                      && main.findColumn(c.name()).isPresent());
      if (!other.equals(main) && joinable) {
        used.add(other);
      }
    }
    List<Object> datasets =
        used.stream()
            .map(d -> (Object) Maps.of("namespace", d.id().namespace(), "name", d.id().name()))
            .toList();
    return Maps.of(
        "time",
        time.toString(),
        "user",
        user(main, random).email(),
        "datasets",
        datasets,
        "query",
        sql(used, random));
  }

  private Dataset pick(double t, Random random) {
    double total = 0;
    double[] w = new double[ranked.size()];
    for (int i = 0; i < w.length; i++) {
      String name = ranked.get(i).id().name();
      double trend =
          Scenario.RISING.contains(name)
              ? 0.08 + 2.4 * t
              : Scenario.DECLINING.contains(name) ? 2.4 - 2.3 * t : 1;
      double base =
          Scenario.RISING.contains(name) || Scenario.DECLINING.contains(name)
              ? Math.max(weights[i], 0.03)
              : weights[i];
      w[i] = base * trend;
      total += w[i];
    }
    double roll = random.nextDouble() * total;
    for (int i = 0; i < w.length; i++) {
      roll -= w[i];
      if (roll <= 0) {
        return ranked.get(i);
      }
    }
    return ranked.get(ranked.size() - 1);
  }

  private Person user(Dataset d, Random random) {
    String domain = d.productKey().substring(0, d.productKey().indexOf('/'));
    String team = mesh.findDomain(domain).orElseThrow().teamId();
    double roll = random.nextDouble();
    List<Person> pool =
        mesh.people().stream()
            .filter(p ->
                roll < 0.55
                    ? p.teams().contains("team:bi-analytics")
                        || p.teams().contains("team:data-science")
                    : roll < 0.85 ? p.teams().contains(team) : true)
            .toList();
    return ValuePools.pick(random, pool);
  }

  private static String sql(List<Dataset> used, Random random) {
    Dataset main = used.get(0);
    List<Column> columns = main.columns();
    String select =
        String.join(
            ", ",
            columns.subList(0, Math.min(columns.size(), 2 + random.nextInt(4))).stream()
                .map(c -> JobSqlNames.quote(c.name()))
                .toList());
    String from = JobSqlNames.qualified(main);
    if (used.size() > 1) {
      Dataset other = used.get(1);
      String key =
          other.columns().stream()
              .map(Column::name)
              .filter(n ->
                  n.matches(".*(_id|Id|sku|_number|_code|_date)$")
                      && main.findColumn(n).isPresent())
              .findFirst()
              .orElse("sku");
      String on = "a." + JobSqlNames.quote(key) + " = b." + JobSqlNames.quote(key);
      return "select a.*, b.* from "
          + from
          + " a join "
          + JobSqlNames.qualified(other)
          + " b on "
          + on
          + " limit 500";
    }
    Column time =
        columns.stream()
            .filter(c -> c.logicalType().equals("timestamp") || c.logicalType().equals("date"))
            .findFirst()
            .orElse(null);
    if (time != null && random.nextBoolean()) {
      return "select "
          + select
          + " from "
          + from
          + " where "
          + JobSqlNames.quote(time.name())
          + " >= current_date - interval '"
          + (1 + random.nextInt(30))
          + " days'";
    }
    if (main.kind() == DatasetKind.TABLE && random.nextInt(3) == 0) {
      String group = JobSqlNames.quote(columns.get(Math.min(1, columns.size() - 1)).name());
      return "select "
          + group
          + ", count(*) from "
          + from
          + " group by "
          + group
          + " order by 2 desc";
    }
    return "select " + select + " from " + from + " limit " + (10 * (1 + random.nextInt(100)));
  }
}

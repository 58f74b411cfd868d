package dev.meshlens.api.openlineage;

import dev.meshlens.api.openlineage.RunEventJson.Dataset;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

/**
 * Realistic RunEvents for the push benchmark, deterministic for a seed: START and COMPLETE pairs of
 * runs of a fixed set of jobs (one for every {@value #RUNS_PER_JOB} runs), so jobs and datasets are
 * reused and the catalog grows the way a real one does. Each job writes one table of its own and
 * reads one to three tables, raw ones or those written by other jobs, in five domains. A START
 * lists the inputs and the output with its schema (6 to 12 columns) and data source facets, the
 * job's SQL and type, and the nominal time; the COMPLETE lists the inputs again and the output with
 * its row count. Events are in order, START before COMPLETE, runs one after another.
 */
final class SyntheticRunEvents {
  static final int RUNS_PER_JOB = 20;
  private static final List<String> DOMAINS =
      List.of("sales", "marketing", "logistics", "finance", "inventory");
  private static final List<String> WORDS =
      List.of(
          "customer",
          "order",
          "item",
          "price",
          "region",
          "store",
          "campaign",
          "shipment",
          "invoice",
          "stock",
          "supplier",
          "channel",
          "status",
          "amount",
          "country",
          "segment");

  private SyntheticRunEvents() {}

  /** {@code events} events (rounded up to whole runs), as JSON texts. */
  static List<String> generate(int events, long seed) {
    if (events < 2) {
      throw new IllegalArgumentException("events must be >= 2; got: " + events);
    }
    Random random = new Random(seed);
    int runs = (events + 1) / 2;
    int jobs = Math.max(2, runs / RUNS_PER_JOB);
    List<Job> plan = jobs(jobs, random);
    List<String> out = new ArrayList<>(runs * 2);
    Instant time = Instant.parse("2026-01-01T00:00:00Z");
    for (int r = 0; r < runs; r++) {
      Job job = plan.get(random.nextInt(plan.size()));
      String runId = new UUID(random.nextLong(), random.nextLong()).toString();
      Instant end = time.plus(Duration.ofSeconds(30 + random.nextInt(600)));
      out.add(job.event("START", runId, time, time).json());
      RunEventJson complete = job.event("COMPLETE", runId, end, time);
      out.add(complete.rows(1_000L + random.nextInt(1_000_000), 65_536L * (1 + r % 100)).json());
      time = time.plusSeconds(5);
    }
    return out;
  }

  private record Job(String namespace, String name, List<Dataset> inputs, Dataset output) {
    RunEventJson event(String type, String runId, Instant time, Instant nominal) {
      RunEventJson event = new RunEventJson(type, runId, namespace, name, time);
      inputs.forEach(i -> event.input(new Dataset(i.namespace(), i.name(), List.of())));
      if (type.equals("START")) {
        event.nominalTime(nominal).sql(sql());
        event.output(output);
      } else {
        event.output(new Dataset(output.namespace(), output.name(), List.of()));
      }
      return event;
    }

    private String sql() {
      return "INSERT INTO "
          + output.name()
          + " SELECT * FROM "
          + String.join(" JOIN ", inputs.stream().map(Dataset::name).toList());
    }
  }

  private static List<Job> jobs(int count, Random random) {
    List<Dataset> tables = new ArrayList<>();
    for (int i = 0; i < Math.max(2, count / 2); i++) {
      tables.add(table(DOMAINS.get(i % DOMAINS.size()), "raw", i, random));
    }
    List<Job> jobs = new ArrayList<>();
    for (int j = 0; j < count; j++) {
      String domain = DOMAINS.get(j % DOMAINS.size());
      List<Dataset> inputs = new ArrayList<>();
      int reads = 1 + random.nextInt(Math.min(3, tables.size()));
      while (inputs.size() < reads) {
        Dataset input = tables.get(random.nextInt(tables.size()));
        if (!inputs.contains(input)) {
          inputs.add(input);
        }
      }
      Dataset output = table(domain, "mart", j, random);
      tables.add(output);
      jobs.add(
          new Job(
              domain + "-pipelines",
              String.format(Locale.ROOT, "%s.build_%s", domain, output.name()),
              inputs,
              output));
    }
    return jobs;
  }

  private static Dataset table(String domain, String layer, int index, Random random) {
    List<String> columns = new ArrayList<>(List.of(domain + "_id"));
    int count = 6 + random.nextInt(7);
    while (columns.size() < count) {
      String column =
          WORDS.get(random.nextInt(WORDS.size())) + "_" + WORDS.get(random.nextInt(WORDS.size()));
      if (!columns.contains(column)) {
        columns.add(column);
      }
    }
    String name =
        String.format(
            Locale.ROOT,
            "%s.%s.%s_%s_%04d",
            domain,
            layer,
            WORDS.get(index % WORDS.size()),
            layer,
            index);
    return new Dataset(String.format(Locale.ROOT, "postgres://%s-db:5432", domain), name, columns);
  }
}

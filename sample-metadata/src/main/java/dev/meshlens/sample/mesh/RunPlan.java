package dev.meshlens.sample.mesh;

import dev.meshlens.sample.mesh.model.Job;
import dev.meshlens.sample.mesh.model.JobKind;
import dev.meshlens.sample.mesh.model.Mesh;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The run history of every job over the {@link Scenario#DAYS} days before the anchor: daily jobs
 * once a day, hourly jobs every eight hours and every hour during the last day, with the failures,
 * retries and freshness misses of the {@link Scenario}.
 */
final class RunPlan {
  private static final List<String> ERRORS =
      List.of(
          "psycopg2.OperationalError: could not connect to server: Connection timed out",
          "java.net.SocketTimeoutException: Read timed out",
          "snowflake.connector.errors.OperationalError: 250003: Failed to get the response. Hanging?",
          "airflow.exceptions.AirflowTaskTimeout: Timeout, PID: 4242",
          "botocore.exceptions.ClientError: An error occurred (SlowDown) when calling the GetObject operation");

  private final Mesh mesh;

  RunPlan(Mesh mesh) {
    this.mesh = mesh;
  }

  /** Every run of every job, ordered by start time, then job name. */
  List<Run> runs() {
    List<Run> runs = new ArrayList<>();
    for (Job job : mesh.jobs()) {
      runs.addAll(runsOf(job));
    }
    runs.sort(Comparator.comparing(Run::started).thenComparing(r -> r.job().name()));
    return runs;
  }

  private List<Run> runsOf(Job job) {
    Random random = new Random(job.name().hashCode());
    Instant first = mesh.anchor().minus(Duration.ofDays(Scenario.DAYS));
    Instant silentFrom =
        job.productKey().equals(Scenario.SILENT_PRODUCT)
            ? mesh.anchor().minus(Scenario.SILENT_FOR)
            : mesh.anchor();
    List<Run> runs = new ArrayList<>();
    for (int day = 0; day < Scenario.DAYS; day++) {
      Instant midnight = first.plus(Duration.ofDays(day));
      for (Instant nominal : nominalTimes(job, midnight, day == Scenario.DAYS - 1)) {
        if (nominal.isBefore(silentFrom)) {
          runs.addAll(attempts(job, nominal, random));
        }
      }
    }
    return runs;
  }

  private static List<Instant> nominalTimes(Job job, Instant midnight, boolean lastDay) {
    List<Instant> times = new ArrayList<>();
    if (!job.schedule().hourly()) {
      times.add(
          midnight.plus(Duration.ofMinutes(job.schedule().hour() * 60L + job.schedule().minute())));
      return times;
    }
    for (int hour = 0; hour < 24; hour += lastDay ? 1 : 8) {
      times.add(midnight.plus(Duration.ofMinutes(hour * 60L + job.schedule().minute())));
    }
    return times;
  }

  private List<Run> attempts(Job job, Instant nominal, Random random) {
    Instant start = nominal.plusSeconds(5 + random.nextInt(90));
    Duration duration =
        Duration.ofSeconds(
            job.schedule().hourly() || job.kind() == JobKind.CHECK
                ? 40 + random.nextInt(400)
                : 120 + random.nextInt(1_400));
    long daysBefore = Duration.between(nominal, mesh.anchor()).toDays() + 1;
    double roll = random.nextDouble();
    if (job.name().equals(Scenario.BROKEN_JOB)
        && nominal.isAfter(mesh.anchor().minus(Scenario.BROKEN_FOR))) {
      return List.of(run(job, nominal, start, start.plusSeconds(35), 1, Scenario.BROKEN_ERROR));
    }
    boolean outage =
        job.name().equals(Scenario.OUTAGE_JOB)
            && daysBefore <= Scenario.OUTAGE_FIRST_DAY_BEFORE
            && daysBefore > Scenario.OUTAGE_FIRST_DAY_BEFORE - 3;
    if (outage) {
      return List.of(
          run(
              job,
              nominal,
              start,
              start.plusSeconds(610),
              1,
              "snowflake.connector.errors.ProgrammingError: 002003: Object 'FINANCE.RAW.BUDGET_LINES' does not exist or not authorized."));
    }
    double failureRate =
        job.name().equals(Scenario.FLAKY_JOB) ? 0.17 : Scenario.RANDOM_FAILURE_RATE;
    if (roll < failureRate) {
      Run failed =
          run(
              job,
              nominal,
              start,
              start.plus(duration.dividedBy(3)),
              1,
              ValuePools.pick(random, ERRORS));
      Instant retry = failed.ended().plus(Duration.ofMinutes(20));
      return List.of(failed, run(job, nominal, retry, retry.plus(duration), 2, null));
    }
    return List.of(run(job, nominal, start, start.plus(duration), 1, null));
  }

  private Run run(Job job, Instant nominal, Instant start, Instant end, int attempt, String error) {
    String key = job.namespace() + "/" + job.name() + "/" + nominal + "/" + attempt;
    String runId = UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    return new Run(job, runId, nominal, start, end, error != null, error);
  }
}

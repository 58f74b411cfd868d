package dev.meshlens.catalog.health;

import dev.meshlens.catalog.Urn;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What the store holds about one dataset that its health is computed from. A part that is null is
 * unknown (its signal is then unknown and its weight goes to the known ones).
 *
 * @param urn the dataset
 * @param name its display name
 * @param usage its usage over the window, null when the mesh has no usage log at all
 * @param freshness its last successful update against its SLA
 * @param quality the latest results of its checks, null when no check has a result
 * @param reliability the runs of the jobs producing it, null when none ran in the window
 * @param documentation its description, owners, column docs and contract
 * @param brokenContract why its contract is broken, null when it is not
 */
public record DatasetFacts(
    Urn urn,
    String name,
    Usage usage,
    Freshness freshness,
    Quality quality,
    Reliability reliability,
    Documentation documentation,
    String brokenContract) {

  public DatasetFacts {
    if (urn == null || name == null || freshness == null || documentation == null) {
      throw new IllegalArgumentException(
          "urn, name, freshness and documentation must be set, got " + urn + ", " + name);
    }
  }

  /**
   * Usage over the window: distinct consumers (people and jobs in the usage log, plus jobs that
   * read the dataset by lineage), queries, the queries of the window before (the trend), and the
   * percentile of the damped value among the mesh's datasets (0 when unused).
   */
  public record Usage(
      int consumers, int downstreamJobs, long queries, long previousQueries, double percentile) {
    public Usage {
      if (consumers < 0 || downstreamJobs < 0 || queries < 0 || previousQueries < 0) {
        throw new IllegalArgumentException("usage counts must be >= 0");
      }
      if (!(percentile >= 0 && percentile <= 1)) {
        throw new IllegalArgumentException("percentile must be in [0, 1], got " + percentile);
      }
    }
  }

  /**
   * The last successful update ({@code run}: the latest successful run end of a producing job; else
   * {@code catalog}: when the catalog last saw the dataset change), the SLA and where it comes from
   * ({@code contract}, {@code product} or {@code policy}), and the "now" it is measured at.
   */
  public record Freshness(
      Instant lastUpdate, String updateSource, Duration sla, String slaSource, Instant now) {
    public Freshness {
      if (lastUpdate == null || sla == null || now == null) {
        throw new IllegalArgumentException("lastUpdate, sla and now must be set");
      }
    }

    public Duration age() {
      Duration age = Duration.between(lastUpdate, now);
      return age.isNegative() ? Duration.ZERO : age;
    }
  }

  /** The active checks (each with a latest result), how many passed, and the failing ones. */
  public record Quality(int active, int passed, List<String> failing) {
    public Quality {
      if (active < 1 || passed < 0 || passed > active) {
        throw new IllegalArgumentException(
            "quality needs 0 <= passed <= active and active >= 1, got " + passed + "/" + active);
      }
      failing = failing == null ? List.of() : List.copyOf(failing);
    }
  }

  /**
   * The finished runs of the producing jobs in the window, how many succeeded, and the open
   * incident (a producing job whose latest finished run failed with no success since), or null.
   */
  public record Reliability(int runs, int succeeded, String openIncident) {
    public Reliability {
      if (runs < 0 || succeeded < 0 || succeeded > runs) {
        throw new IllegalArgumentException(
            "reliability needs 0 <= succeeded <= runs, got " + succeeded + "/" + runs);
      }
    }
  }

  /** Whether it has a description, how many owners, columns and documented columns, a contract. */
  public record Documentation(
      boolean description, int owners, int columns, int documentedColumns, boolean contract) {
    public Documentation {
      if (owners < 0 || columns < 0 || documentedColumns < 0 || documentedColumns > columns) {
        throw new IllegalArgumentException(
            "documentation counts must be >= 0 and documentedColumns <= columns, got "
                + documentedColumns
                + "/"
                + columns);
      }
    }

    public int undocumentedColumns() {
      return columns - documentedColumns;
    }
  }
}

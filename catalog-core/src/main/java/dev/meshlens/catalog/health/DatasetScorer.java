package dev.meshlens.catalog.health;

import dev.meshlens.catalog.health.DatasetFacts.Documentation;
import dev.meshlens.catalog.health.DatasetFacts.Freshness;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores one dataset under a policy. The signals:
 *
 * <ul>
 *   <li>usage: the percentile of {@code ln(1 + consumers) + queryWeight * ln(1 + queries)} among
 *       the mesh's datasets (see {@link UsageRanking}); unknown when the mesh has no usage log;
 *   <li>freshness: 1 while the last successful update is within the SLA, then falling linearly to 0
 *       at {@code zeroAfter} SLAs;
 *   <li>quality: passed / active over the latest result of each check; unknown with no result;
 *   <li>reliability: succeeded / finished runs of the producing jobs in the window; unknown when
 *       none ran;
 *   <li>documentation: the mean of description present, an owner named, the share of documented
 *       columns (when the schema is known) and a contract present.
 * </ul>
 *
 * An open incident caps the score at {@code caps.openIncident}, a broken contract at {@code
 * caps.brokenContract} (the lower wins).
 */
public final class DatasetScorer {
  private final HealthPolicy policy;

  public DatasetScorer(HealthPolicy policy) {
    this.policy = policy;
  }

  public HealthPolicy policy() {
    return policy;
  }

  /** The signal values and cap of a dataset. */
  public SignalValues values(DatasetFacts facts) {
    double[] v = new double[Signal.values().length];
    Arrays.fill(v, Double.NaN);
    if (facts.usage() != null) {
      v[Signal.USAGE.ordinal()] = facts.usage().percentile();
    }
    v[Signal.FRESHNESS.ordinal()] = freshness(facts.freshness());
    if (facts.quality() != null) {
      v[Signal.QUALITY.ordinal()] = (double) facts.quality().passed() / facts.quality().active();
    }
    if (facts.reliability() != null && facts.reliability().runs() > 0) {
      v[Signal.RELIABILITY.ordinal()] =
          (double) facts.reliability().succeeded() / facts.reliability().runs();
    }
    v[Signal.DOCUMENTATION.ordinal()] = documentation(facts.documentation());
    double cap = 100;
    String reason = null;
    String incident = facts.reliability() == null ? null : facts.reliability().openIncident();
    if (incident != null) {
      cap = policy.openIncidentCap();
      reason = "open incident: " + incident;
    }
    if (facts.brokenContract() != null && policy.brokenContractCap() < cap) {
      cap = policy.brokenContractCap();
      reason = "broken contract: " + facts.brokenContract();
    }
    return new SignalValues(v, cap, reason);
  }

  double freshness(Freshness f) {
    double age = f.age().toMillis();
    double sla = f.sla().toMillis();
    if (age <= sla) {
      return 1;
    }
    return Math.max(0, 1 - (age - sla) / (sla * (policy.freshnessZeroAfter() - 1)));
  }

  static double documentation(Documentation d) {
    double sum = (d.description() ? 1 : 0) + (d.owners() > 0 ? 1 : 0) + (d.contract() ? 1 : 0);
    int items = 3;
    if (d.columns() > 0) {
      sum += (double) d.documentedColumns() / d.columns();
      items++;
    }
    return sum / items;
  }

  /** The full score of a dataset: values, components with their facts and explanations. */
  public HealthScore score(DatasetFacts facts, Instant computedAt) {
    SignalValues values = values(facts);
    Double score = values.score(policy);
    return new HealthScore(
        facts.urn(),
        computedAt,
        score,
        policy.grades().of(score),
        components(facts, values),
        values.capReason());
  }

  /** The components of a dataset's score, each with its facts and a sentence. */
  public List<HealthComponent> components(DatasetFacts facts, SignalValues values) {
    List<HealthComponent> out = new ArrayList<>();
    for (Signal signal : Signal.values()) {
      Map<String, Object> map = new LinkedHashMap<>();
      String why = DatasetExplanations.explain(signal, facts, map, policy);
      out.add(
          new HealthComponent(
              signal.code(), policy.weight(signal), values.value(signal), map, why));
    }
    return out;
  }

  /**
   * The changes that would raise this dataset's score, each with the points it would add to it,
   * best first; none when the score is unknown.
   */
  public List<Driver> drivers(DatasetFacts facts, SignalValues values) {
    Double base = values.score(policy);
    if (base == null) {
      return List.of();
    }
    List<Driver> drivers = new ArrayList<>();
    for (Improvement improvement : Improvement.of(facts, values)) {
      Double better = improvement.values().score(policy);
      if (better != null && better - base > 0.05) {
        drivers.add(new Driver(improvement.action(), SignalValues.round1(better - base)));
      }
    }
    drivers.sort(Comparator.comparingDouble(Driver::points).reversed());
    return drivers;
  }

  /** One change and the signal values it would lead to. */
  record Improvement(String action, SignalValues values) {
    static List<Improvement> of(DatasetFacts f, SignalValues v) {
      List<Improvement> out = new ArrayList<>();
      String name = f.name();
      Documentation d = f.documentation();
      if (d.undocumentedColumns() > 0) {
        out.add(
            doc(
                v,
                "document " + d.undocumentedColumns() + " undocumented columns of " + name,
                new Documentation(
                    d.description(), d.owners(), d.columns(), d.columns(), d.contract())));
      }
      if (!d.description()) {
        out.add(
            doc(
                v,
                "add a description to " + name,
                new Documentation(
                    true, d.owners(), d.columns(), d.documentedColumns(), d.contract())));
      }
      if (d.owners() == 0) {
        out.add(
            doc(
                v,
                "name an owner of " + name,
                new Documentation(
                    d.description(), 1, d.columns(), d.documentedColumns(), d.contract())));
      }
      if (!d.contract()) {
        out.add(
            doc(
                v,
                "put " + name + " under a data contract",
                new Documentation(
                    d.description(), d.owners(), d.columns(), d.documentedColumns(), true)));
      }
      Double freshness = v.value(Signal.FRESHNESS);
      if (freshness != null && freshness < 1) {
        out.add(
            new Improvement(
                "refresh "
                    + name
                    + " (last update "
                    + days(f.freshness().age())
                    + " ago, SLA "
                    + DatasetExplanations.human(f.freshness().sla())
                    + ")",
                v.with(Signal.FRESHNESS, 1)));
      }
      if (f.quality() != null && f.quality().passed() < f.quality().active()) {
        int failing = f.quality().active() - f.quality().passed();
        out.add(
            new Improvement(
                "fix " + failing + " failing check" + (failing == 1 ? "" : "s") + " of " + name,
                v.with(Signal.QUALITY, 1)));
      }
      Double reliability = v.value(Signal.RELIABILITY);
      if (reliability != null && reliability < 1) {
        int failed = f.reliability().runs() - f.reliability().succeeded();
        out.add(
            new Improvement(
                "make the runs producing "
                    + name
                    + " succeed ("
                    + failed
                    + " of "
                    + f.reliability().runs()
                    + " failed)",
                v.with(Signal.RELIABILITY, 1)));
      }
      if (v.capReason() != null) {
        out.add(new Improvement("resolve the " + v.capReason() + " (" + name + ")", v.uncapped()));
      }
      return out;
    }

    private static Improvement doc(SignalValues v, String action, Documentation better) {
      return new Improvement(action, v.with(Signal.DOCUMENTATION, documentation(better)));
    }

    private static String days(Duration age) {
      return DatasetExplanations.human(age);
    }
  }
}

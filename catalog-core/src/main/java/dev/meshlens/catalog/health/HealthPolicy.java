package dev.meshlens.catalog.health;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The governance policy health scores are computed by (a YAML file, see {@code
 * default-policy.yaml}): the weight of each signal, the window usage and runs are counted over, the
 * freshness SLA when neither a contract nor the product states one and how fast freshness decays
 * past it, how much queries count next to distinct consumers, the caps an open incident and a
 * broken contract put on a score, and the lowest score of each grade A to D (below D is F).
 *
 * @param weights the weight of each signal, each >= 0, not all 0
 * @param window the window of usage and runs (30 days by default)
 * @param defaultSla the freshness SLA when none is stated
 * @param freshnessZeroAfter freshness falls linearly from 1 at the SLA to 0 at this many SLAs
 * @param queryWeight the weight of log(1 + queries) next to log(1 + consumers) in usage
 * @param openIncidentCap the highest score of an asset with an open incident
 * @param brokenContractCap the highest score of an asset whose contract is broken
 * @param grades the lowest score of grades A, B, C and D, strictly decreasing
 */
public record HealthPolicy(
    Map<Signal, Double> weights,
    Duration window,
    Duration defaultSla,
    double freshnessZeroAfter,
    double queryWeight,
    double openIncidentCap,
    double brokenContractCap,
    Grades grades) {

  public HealthPolicy {
    if (weights == null || weights.size() != Signal.values().length) {
      throw new InvalidHealthPolicyException(
          "weights must give every signal (" + Signal.codes() + "), got " + weights);
    }
    double sum = 0;
    for (Map.Entry<Signal, Double> weight : weights.entrySet()) {
      double w = weight.getValue();
      if (!(w >= 0) || Double.isInfinite(w)) {
        throw new InvalidHealthPolicyException(
            "weights." + weight.getKey().code() + " must be a number >= 0, got " + w);
      }
      sum += w;
    }
    if (sum <= 0) {
      throw new InvalidHealthPolicyException("weights must not all be 0, got " + weights);
    }
    weights = Collections.unmodifiableMap(new EnumMap<>(weights));
    positive(window, "window");
    positive(defaultSla, "freshness.defaultSla");
    if (!(freshnessZeroAfter > 1)) {
      throw new InvalidHealthPolicyException(
          "freshness.zeroAfter must be > 1 (SLAs), got " + freshnessZeroAfter);
    }
    if (!(queryWeight >= 0) || Double.isInfinite(queryWeight)) {
      throw new InvalidHealthPolicyException(
          "usage.queryWeight must be a number >= 0, got " + queryWeight);
    }
    score(openIncidentCap, "caps.openIncident");
    score(brokenContractCap, "caps.brokenContract");
    if (grades == null) {
      throw new InvalidHealthPolicyException("grades must be set");
    }
  }

  private static void positive(Duration duration, String key) {
    if (duration == null || duration.isNegative() || duration.isZero()) {
      throw new InvalidHealthPolicyException(key + " must be a positive duration, got " + duration);
    }
  }

  private static void score(double value, String key) {
    if (!(value >= 0 && value <= 100)) {
      throw new InvalidHealthPolicyException(key + " must be in [0, 100], got " + value);
    }
  }

  /** The weight of a signal. */
  public double weight(Signal signal) {
    return weights.get(signal);
  }

  /** The built-in policy ({@code default-policy.yaml} beside this class). */
  public static HealthPolicy defaults() {
    return HealthPolicyParser.defaults();
  }

  /**
   * The lowest score of each grade; a score below {@code d} is F.
   *
   * @param a lowest A
   * @param b lowest B
   * @param c lowest C
   * @param d lowest D
   */
  public record Grades(double a, double b, double c, double d) {
    public Grades {
      if (!(a <= 100 && a > b && b > c && c > d && d > 0)) {
        throw new InvalidHealthPolicyException(
            "grades must be strictly decreasing within (0, 100] (100 >= A > B > C > D > 0), got A="
                + a
                + " B="
                + b
                + " C="
                + c
                + " D="
                + d);
      }
    }

    /** The grade of a score, or {@code null} for no score. */
    public String of(Double score) {
      if (score == null) {
        return null;
      }
      return score >= a ? "A" : score >= b ? "B" : score >= c ? "C" : score >= d ? "D" : "F";
    }
  }
}

package dev.meshlens.catalog.health;

import java.util.Arrays;

/**
 * The value of each {@link Signal} (NaN when unknown), the cap on the score (100 when none) and why
 * it is capped; and the score they give under a policy: the weighted mean of the known values
 * (weights redistribute over the unknown ones) times 100, capped, rounded to one decimal.
 */
public final class SignalValues {
  private final double[] values;
  private final double cap;
  private final String capReason;

  public SignalValues(double[] values, double cap, String capReason) {
    if (values.length != Signal.values().length) {
      throw new IllegalArgumentException(
          "one value per signal expected, got " + values.length + " values");
    }
    for (double v : values) {
      if (!Double.isNaN(v) && (v < 0 || v > 1)) {
        throw new IllegalArgumentException("signal values must be in [0, 1] or NaN, got " + v);
      }
    }
    this.values = values.clone();
    this.cap = cap;
    this.capReason = capReason;
  }

  /** The value of a signal, or null when unknown. */
  public Double value(Signal signal) {
    double v = values[signal.ordinal()];
    return Double.isNaN(v) ? null : v;
  }

  public double cap() {
    return cap;
  }

  public String capReason() {
    return capReason;
  }

  /** These values with one signal set to {@code value}. */
  public SignalValues with(Signal signal, double value) {
    double[] copy = values.clone();
    copy[signal.ordinal()] = value;
    return new SignalValues(copy, cap, capReason);
  }

  /** These values without the cap. */
  public SignalValues uncapped() {
    return new SignalValues(values, 100, null);
  }

  /** The weighted mean of the known values times 100, capped, one decimal; null if none known. */
  public Double score(HealthPolicy policy) {
    double sum = 0;
    double weights = 0;
    for (Signal signal : Signal.values()) {
      double v = values[signal.ordinal()];
      double w = policy.weight(signal);
      if (!Double.isNaN(v) && w > 0) {
        sum += w * v;
        weights += w;
      }
    }
    if (weights == 0) {
      return null;
    }
    return round1(Math.min(cap, 100 * sum / weights));
  }

  static double round1(double x) {
    return Math.round(x * 10) / 10.0;
  }

  /** The values as stored compactly: {@code 0.4123,1,,0.9,0.75} (empty when unknown). */
  public String encode() {
    StringBuilder out = new StringBuilder(40);
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        out.append(',');
      }
      if (!Double.isNaN(values[i])) {
        double v = Math.round(values[i] * 10_000) / 10_000.0;
        out.append(v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v));
      }
    }
    return out.toString();
  }

  /** Reads {@link #encode()}'s form back (the cap is not stored there). */
  public static SignalValues decode(String text) {
    double[] values = new double[Signal.values().length];
    Arrays.fill(values, Double.NaN);
    String[] parts = text.split(",", -1);
    for (int i = 0; i < Math.min(parts.length, values.length); i++) {
      if (!parts[i].isEmpty()) {
        values[i] = Double.parseDouble(parts[i]);
      }
    }
    return new SignalValues(values, 100, null);
  }

  @Override
  public String toString() {
    return "SignalValues[" + encode() + (capReason == null ? "" : ", cap " + cap) + "]";
  }
}

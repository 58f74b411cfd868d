package dev.meshlens.catalog.health;

import dev.meshlens.catalog.health.DatasetFacts.Documentation;
import dev.meshlens.catalog.health.DatasetFacts.Freshness;
import dev.meshlens.catalog.health.DatasetFacts.Quality;
import dev.meshlens.catalog.health.DatasetFacts.Reliability;
import dev.meshlens.catalog.health.DatasetFacts.Usage;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/** The facts and the sentence behind each signal of a dataset's score. */
final class DatasetExplanations {
  private DatasetExplanations() {}

  static String explain(
      Signal signal, DatasetFacts f, Map<String, Object> facts, HealthPolicy policy) {
    return switch (signal) {
      case USAGE -> usage(f.usage(), facts, policy);
      case FRESHNESS -> freshness(f.freshness(), facts);
      case QUALITY -> quality(f.quality(), facts);
      case RELIABILITY -> reliability(f.reliability(), facts, policy);
      case DOCUMENTATION -> documentation(f.documentation(), facts);
    };
  }

  private static String usage(Usage u, Map<String, Object> facts, HealthPolicy policy) {
    if (u == null) {
      return "unknown: the catalog holds no usage log";
    }
    facts.put("consumers", u.consumers());
    facts.put("downstreamJobs", u.downstreamJobs());
    facts.put("queries", u.queries());
    facts.put("previousQueries", u.previousQueries());
    facts.put("trend", trend(u.queries(), u.previousQueries()));
    facts.put("percentile", Math.round(u.percentile() * 1000) / 10.0);
    return u.consumers()
        + " distinct consumers and "
        + u.queries()
        + " queries in "
        + human(policy.window())
        + " ("
        + trend(u.queries(), u.previousQueries())
        + " vs the window before); more used than "
        + Math.round(u.percentile() * 100)
        + "% of the mesh's datasets";
  }

  /** {@code +25%}, {@code -40%}, {@code flat}, or {@code new} when nothing came before. */
  static String trend(long now, long before) {
    if (before == 0) {
      return now == 0 ? "flat" : "new";
    }
    long change = Math.round(100.0 * (now - before) / before);
    return change == 0 ? "flat" : (change > 0 ? "+" : "") + change + "%";
  }

  private static String freshness(Freshness f, Map<String, Object> facts) {
    facts.put("lastUpdate", f.lastUpdate().toString());
    facts.put("updateSource", f.updateSource());
    facts.put("age", human(f.age()));
    facts.put("sla", human(f.sla()));
    facts.put("slaSource", f.slaSource());
    String within = f.age().compareTo(f.sla()) <= 0 ? "within" : "past";
    return "last updated "
        + human(f.age())
        + " ago ("
        + ("run".equals(f.updateSource()) ? "latest successful run" : "catalog change")
        + "), "
        + within
        + " its "
        + human(f.sla())
        + " SLA (from the "
        + f.slaSource()
        + ")";
  }

  private static String quality(Quality q, Map<String, Object> facts) {
    if (q == null) {
      return "unknown: no check has a result";
    }
    facts.put("active", q.active());
    facts.put("passed", q.passed());
    facts.put("failing", q.failing());
    return q.passed()
        + " of "
        + q.active()
        + " checks passed at their latest result"
        + (q.failing().isEmpty() ? "" : "; failing: " + String.join(", ", q.failing()));
  }

  private static String reliability(Reliability r, Map<String, Object> facts, HealthPolicy p) {
    if (r != null && r.openIncident() != null) {
      facts.put("openIncident", r.openIncident());
    }
    if (r == null || r.runs() == 0) {
      return "unknown: no run of a producing job finished in " + human(p.window());
    }
    facts.put("runs", r.runs());
    facts.put("succeeded", r.succeeded());
    return r.succeeded()
        + " of "
        + r.runs()
        + " runs of its producing jobs succeeded in "
        + human(p.window());
  }

  private static String documentation(Documentation d, Map<String, Object> facts) {
    facts.put("description", d.description());
    facts.put("owners", d.owners());
    facts.put("columns", d.columns());
    facts.put("documentedColumns", d.documentedColumns());
    facts.put("contract", d.contract());
    return (d.description() ? "described" : "no description")
        + ", "
        + (d.owners() > 0 ? d.owners() + " owner(s)" : "no owner")
        + ", "
        + (d.columns() > 0
            ? d.documentedColumns() + " of " + d.columns() + " columns documented"
            : "no known columns")
        + ", "
        + (d.contract() ? "under a contract" : "no contract");
  }

  /** {@code 3d}, {@code 5h}, {@code 40m}, {@code 12s}: the largest whole unit. */
  static String human(Duration d) {
    if (d.toDays() >= 2) {
      return d.toDays() + "d";
    }
    if (d.toHours() >= 1) {
      return d.toHours() + "h";
    }
    if (d.toMinutes() >= 1) {
      return d.toMinutes() + "m";
    }
    return String.format(Locale.ROOT, "%ds", d.toSeconds());
  }
}

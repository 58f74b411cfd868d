package dev.meshlens.api.profile;

import dev.meshlens.catalog.model.QualityCheck;
import dev.meshlens.catalog.model.QualityResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The quality of a dataset: the latest result of each check (checks defined on the dataset or in
 * its contract that have no result are listed without one), how many of them pass now, the pass
 * rate of the results of the last 30 days, and the latest results.
 */
public record QualitySection(
    int checks, int passing, Double passRate30Days, List<Latest> latest, List<Result> history) {
  /** Results a profile reads at most (newest first). */
  static final int MAX_RESULTS = 500;

  static final int HISTORY = 20;

  /** The latest result of one check; {@code passed} null when it has none. */
  public record Latest(
      String check,
      String type,
      Boolean passed,
      Instant time,
      Double observedValue,
      String message) {}

  /** One result. */
  public record Result(String check, boolean passed, Instant time, Double observedValue) {}

  static Part<QualitySection> of(
      List<QualityResult> newestFirst, List<QualityCheck> defined, Window window) {
    if (newestFirst.isEmpty()) {
      return Part.unknown(
          defined.isEmpty()
              ? "no quality checks defined and no results recorded"
              : "no results recorded for its " + defined.size() + " quality check(s)");
    }
    Map<String, Latest> latest = new LinkedHashMap<>();
    Map<String, String> types = new LinkedHashMap<>();
    defined.forEach(check -> types.putIfAbsent(check.id(), check.type()));
    Instant from = window.now().minus(java.time.Duration.ofDays(Window.SHORT_DAYS));
    long recent = 0;
    long passed = 0;
    for (QualityResult r : newestFirst) {
      latest.putIfAbsent(
          r.checkId(),
          new Latest(
              r.checkId(),
              types.get(r.checkId()),
              r.passed(),
              r.time(),
              r.observedValue(),
              r.message()));
      if (r.time().isAfter(from) && !r.time().isAfter(window.now())) {
        recent++;
        passed += r.passed() ? 1 : 0;
      }
    }
    List<Latest> all = new ArrayList<>(latest.values());
    types.forEach((id, type) -> {
      if (!latest.containsKey(id)) {
        all.add(new Latest(id, type, null, null, null, "no result recorded"));
      }
    });
    int passing = (int) all.stream().filter(l -> Boolean.TRUE.equals(l.passed())).count();
    List<Result> history =
        newestFirst.stream()
            .limit(HISTORY)
            .map(r -> new Result(r.checkId(), r.passed(), r.time(), r.observedValue()))
            .toList();
    return Part.of(
        new QualitySection(
            all.size(), passing, recent == 0 ? null : (double) passed / recent, all, history));
  }
}

package dev.meshlens.api.profile;

import dev.meshlens.catalog.model.Run;
import dev.meshlens.catalog.model.RunState;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The latest runs of the jobs that produce a dataset (or of one job), newest start first, and how
 * many of the runs started in the last 30 days completed.
 */
public record RunsSection(List<RunView> recent, int last30Days, Double successRate30Days) {
  static final int RECENT = 10;

  /** One run. */
  public record RunView(
      String runId,
      String job,
      String state,
      Instant startedAt,
      Instant endedAt,
      Long durationSeconds,
      String error) {
    static RunView of(Run run) {
      Long seconds =
          run.startedAt() == null || run.endedAt() == null
              ? null
              : Duration.between(run.startedAt(), run.endedAt()).toSeconds();
      return new RunView(
          run.runId(),
          run.job().toString(),
          run.state().name(),
          run.startedAt(),
          run.endedAt(),
          seconds,
          run.errorMessage());
    }
  }

  static Part<RunsSection> of(List<Run> runs, Window window, String noneReason) {
    if (runs.isEmpty()) {
      return Part.unknown(noneReason);
    }
    List<Run> newest =
        runs.stream()
            .sorted(
                Comparator.comparing(
                        (Run r) -> r.startedAt() == null ? Instant.EPOCH : r.startedAt())
                    .reversed())
            .toList();
    Instant from = window.now().minus(Duration.ofDays(Window.SHORT_DAYS));
    List<Run> recent =
        newest.stream()
            .filter(r -> r.startedAt() != null && r.startedAt().isAfter(from))
            .filter(r -> r.state().terminal())
            .toList();
    long completed = recent.stream().filter(r -> r.state() == RunState.COMPLETE).count();
    return Part.of(
        new RunsSection(
            newest.stream().limit(RECENT).map(RunView::of).toList(),
            recent.size(),
            recent.isEmpty() ? null : (double) completed / recent.size()));
  }

  /** The end of the latest completed run, or null. */
  static Instant lastCompleted(List<Run> runs) {
    return runs.stream()
        .filter(r -> r.state() == RunState.COMPLETE && r.endedAt() != null)
        .map(Run::endedAt)
        .max(Comparator.naturalOrder())
        .orElse(null);
  }
}

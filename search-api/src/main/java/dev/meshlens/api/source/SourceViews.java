package dev.meshlens.api.source;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.meshlens.catalog.AssetCounts;
import dev.meshlens.catalog.CrawlRun;
import dev.meshlens.catalog.RunIssue;
import dev.meshlens.indexer.crawl.SourceSpec;
import dev.meshlens.indexer.schedule.CrawlRequest;
import dev.meshlens.indexer.schedule.SchedulerStatus;
import dev.meshlens.indexer.schedule.SourceStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the sources endpoints; absent values are written as null, not left out. */
final class SourceViews {
  private SourceViews() {}

  /** {@code GET /api/v1/sources}. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record SourceList(int total, List<SourceItem> items, String configError) {
    static SourceList of(SchedulerStatus status) {
      List<SourceItem> items = status.sources().stream().map(SourceItem::of).toList();
      return new SourceList(items.size(), items, status.configError());
    }
  }

  /** One source: its definition with secrets masked, its next time, its state, its last run. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record SourceItem(
      String name,
      String type,
      String location,
      Map<String, String> options,
      String schedule,
      Instant nextRunAt,
      boolean running,
      boolean queued,
      LastRun lastRun) {
    static SourceItem of(SourceStatus status) {
      SourceSpec spec = status.definition().spec();
      return new SourceItem(
          spec.name(),
          spec.type(),
          Secrets.location(spec.location()),
          Secrets.options(spec.options()),
          status.definition().schedule(),
          status.nextRunAt(),
          status.running(),
          status.queued(),
          status.lastRun() == null ? null : LastRun.of(status.lastRun()));
    }
  }

  /** The latest run of a source, without its warnings (those are in its run history). */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record LastRun(
      long id,
      String status,
      String trigger,
      Instant startedAt,
      Instant endedAt,
      AssetCounts counts,
      int warningCount,
      String error) {
    static LastRun of(CrawlRun run) {
      return new LastRun(
          run.id(),
          run.status().name(),
          run.trigger(),
          run.startedAt(),
          run.endedAt(),
          run.counts(),
          run.warningCount(),
          run.error());
    }
  }

  /**
   * {@code GET /api/v1/sources/{name}/runs}: the newest {@code limit} runs; {@code more} says
   * whether older ones exist.
   */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record RunList(int total, int limit, boolean more, List<RunView> items) {
    /** From up to {@code limit + 1} runs, newest first. */
    static RunList of(List<CrawlRun> runs, int limit) {
      List<RunView> items = runs.stream().limit(limit).map(RunView::of).toList();
      return new RunList(items.size(), limit, runs.size() > limit, items);
    }
  }

  /** One run with the warnings it kept. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record RunView(
      long id,
      String source,
      String trigger,
      String status,
      Instant startedAt,
      Instant endedAt,
      AssetCounts counts,
      int warningCount,
      List<RunIssue> warnings,
      String error,
      int attempts) {
    static RunView of(CrawlRun run) {
      return new RunView(
          run.id(),
          run.source(),
          run.trigger(),
          run.status().name(),
          run.startedAt(),
          run.endedAt(),
          run.counts(),
          run.warningCount(),
          run.warnings(),
          run.error(),
          run.attempts());
    }
  }

  /** {@code POST /api/v1/sources/{name}/runs}: the run accepted, and where its history is. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record Accepted(String source, String trigger, Instant requestedAt, String state, String runs) {
    static Accepted of(CrawlRequest request, String runs) {
      return new Accepted(
          request.source(),
          request.trigger(),
          request.requestedAt(),
          request.started() ? "running" : "queued",
          runs);
    }
  }
}

package dev.meshlens.indexer.schedule;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.meshlens.catalog.CrawlRun;
import dev.meshlens.catalog.CrawlStatus;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.sqlite.SqliteCatalogStore;
import dev.meshlens.indexer.crawl.CrawlRunner;
import dev.meshlens.indexer.crawl.SourceReaders;
import dev.meshlens.indexer.crawl.SourceSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scheduler on a real store, ticked by hand with a clock the test moves. */
class SchedulerTest {
  static final Instant NOON = Instant.parse("2026-03-02T12:00:30Z");

  @TempDir Path dir;
  SqliteCatalogStore store;
  final GateReader gate = new GateReader();
  final SourceReaders readers = new SourceReaders(List.of(gate));
  final MutableClock clock = new MutableClock(NOON);
  Path sourcesFile;
  int edits;
  Scheduler scheduler;

  @BeforeEach
  void open() {
    store = SqliteCatalogStore.open(dir.resolve("catalog.db"));
    sourcesFile = dir.resolve("sources.yaml");
  }

  @AfterEach
  void close() {
    gate.open();
    if (scheduler != null) {
      scheduler.close();
    }
    store.close();
  }

  /** Sources of type gate, each given as {@code name} or {@code name=cron expression}. */
  void writeSources(String... sources) throws Exception {
    StringBuilder yaml = new StringBuilder("sources:\n");
    for (String source : sources) {
      String[] parts = source.split("=", 2);
      yaml.append("  - name: ").append(parts[0]).append("\n    type: gate\n    location: here\n");
      if (parts.length == 2) {
        yaml.append("    schedule: \"").append(parts[1]).append("\"\n");
      }
    }
    Files.writeString(sourcesFile, yaml, UTF_8);
    // each rewrite gets a later time, as an editor's would, even within the file system's
    // resolution
    Files.setLastModifiedTime(sourcesFile, FileTime.from(NOON.plusSeconds(++edits)));
  }

  Scheduler start(SchedulerConfig config) {
    scheduler =
        new Scheduler(
            store,
            readers,
            new CrawlRunner(store, readers),
            config.withTick(Duration.ofHours(1)).withClock(clock));
    return scheduler;
  }

  Scheduler start(int parallelism) {
    Scheduler started = start(SchedulerConfig.of(sourcesFile).withParallelism(parallelism));
    started.start();
    return started;
  }

  List<CrawlRun> runs(String name) {
    return store.crawlRuns("gate:" + name, 100);
  }

  static CrawlRun finished(CrawlRequest request) throws Exception {
    return request.result().get(20, TimeUnit.SECONDS);
  }

  List<String> names() {
    return scheduler.status().sources().stream().map(s -> s.definition().name()).toList();
  }

  SourceStatus status(String name) {
    return scheduler.status().sources().stream()
        .filter(s -> s.definition().name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void a_source_whose_cron_comes_due_runs_and_one_not_due_does_not() throws Exception {
    writeSources("hourly=0 * * * *", "daily=30 12 * * *", "manual");
    start(2);

    assertThat(scheduler.tick()).as("nothing is due at 12:00:30").isEmpty();
    clock.set(Instant.parse("2026-03-02T12:30:05Z"));
    List<CrawlRequest> due = scheduler.tick();

    assertThat(due).extracting(CrawlRequest::source).containsExactly("daily");
    CrawlRun run = finished(due.get(0));
    assertThat(run.status()).isEqualTo(CrawlStatus.SUCCEEDED);
    assertThat(run.trigger()).isEqualTo("schedule");
    assertThat(runs("hourly")).isEmpty();
    assertThat(runs("manual")).isEmpty();
    assertThat(status("daily").nextRunAt()).isEqualTo(Instant.parse("2026-03-03T12:30:00Z"));
    assertThat(status("daily").lastRun().id()).isEqualTo(run.id());
    assertThat(status("hourly").nextRunAt()).isEqualTo(Instant.parse("2026-03-02T13:00:00Z"));
    assertThat(status("manual").nextRunAt()).as("no schedule: only on request").isNull();
    assertThat(scheduler.tick()).as("a due time runs once").isEmpty();
  }

  @Test
  void times_missed_while_busy_are_made_up_once() throws Exception {
    writeSources("often=*/5 * * * *");
    start(2);

    clock.advance(Duration.ofHours(3));

    assertThat(scheduler.tick()).hasSize(1);
    assertThat(scheduler.tick()).isEmpty();
  }

  @Test
  void a_second_trigger_while_a_source_runs_gives_one_run_and_a_clear_refusal() throws Exception {
    writeSources("a=*/5 * * * *");
    start(2);
    gate.hold();

    CrawlRequest first = scheduler.runNow("a");
    gate.awaitEntered(1);
    clock.advance(Duration.ofMinutes(5));

    assertThat(scheduler.tick()).as("the scheduled run is skipped, not queued").isEmpty();
    assertThatThrownBy(() -> scheduler.runNow("a"))
        .isInstanceOf(CrawlAlreadyRunningException.class)
        .hasMessageContaining("Source 'a' already has a manual run running, asked for at");
    assertThat(status("a").running()).isTrue();
    gate.open();
    assertThat(finished(first).trigger()).isEqualTo("manual");
    assertThat(runs("a")).hasSize(1);
    assertThat(status("a").running()).isFalse();
    assertThat(finished(scheduler.runNow("a")).status())
        .as("once finished, it runs again")
        .isEqualTo(CrawlStatus.SUCCEEDED);
    assertThat(runs("a")).hasSize(2);
  }

  @Test
  void no_more_crawls_run_at_once_than_the_parallelism_allows() throws Exception {
    writeSources("a", "b", "c", "d");
    start(2);
    gate.hold();

    List<CrawlRequest> requests =
        List.of("a", "b", "c", "d").stream().map(scheduler::runNow).toList();
    gate.awaitEntered(2);
    Thread.sleep(200);

    assertThat(gate.entered()).as("two run, two wait").hasSize(2);
    assertThat(scheduler.status().sources())
        .filteredOn(SourceStatus::queued)
        .hasSize(2)
        .allSatisfy(s -> assertThat(s.running()).isFalse());
    assertThatThrownBy(() -> scheduler.runNow("d"))
        .hasMessageContaining("waiting for a free crawl slot");
    gate.open();
    for (CrawlRequest request : requests) {
      assertThat(finished(request).status()).isEqualTo(CrawlStatus.SUCCEEDED);
    }
    assertThat(gate.mostInside()).isEqualTo(2);
    assertThat(gate.entered()).containsExactlyInAnyOrder("a", "b", "c", "d");
  }

  @Test
  void a_changed_sources_file_is_picked_up_at_the_next_tick() throws Exception {
    writeSources("a=0 * * * *", "b=0 * * * *");
    start(2);
    finished(scheduler.runNow("a"));

    writeSources("b=30 12 * * *", "c=0 13 * * *");
    scheduler.tick();

    assertThat(names()).containsExactly("b", "c");
    assertThat(status("b").nextRunAt()).isEqualTo(Instant.parse("2026-03-02T12:30:00Z"));
    assertThat(status("c").nextRunAt()).isEqualTo(Instant.parse("2026-03-02T13:00:00Z"));
    assertThatThrownBy(() -> scheduler.runNow("a"))
        .isInstanceOf(SourceNotFoundException.class)
        .hasMessage("No source 'a' in the sources file (known: b, c)");
    assertThat(store.findAsset(Urn.domain("a")))
        .as("a source that left the file keeps its assets")
        .hasValueSatisfying(asset -> assertThat(asset.deleted()).isFalse());
    clock.set(Instant.parse("2026-03-02T13:00:00Z"));
    assertThat(scheduler.tick()).extracting(CrawlRequest::source).containsExactly("b", "c");
  }

  @Test
  void an_invalid_sources_file_keeps_the_last_good_configuration_and_says_why() throws Exception {
    writeSources("a=0 * * * *", "b=0 * * * *");
    start(2);

    writeSources("a=0 * * * *", "b=61 * * * *");
    scheduler.tick();

    assertThat(names()).containsExactly("a", "b");
    assertThat(scheduler.status().configError())
        .contains(sourcesFile.toString())
        .contains("sources[1]: source 'b': invalid schedule '61 * * * *'");
    assertThat(finished(scheduler.runNow("b")).status()).isEqualTo(CrawlStatus.SUCCEEDED);
    clock.set(Instant.parse("2026-03-02T13:00:00Z"));
    assertThat(scheduler.tick())
        .as("the last good schedules still run")
        .extracting(CrawlRequest::source)
        .containsExactly("a", "b");

    writeSources("a=0 * * * *", "c");
    scheduler.tick();

    assertThat(scheduler.status().configError()).isNull();
    assertThat(names()).containsExactly("a", "c");
  }

  @Test
  void a_sources_file_missing_at_start_schedules_nothing_until_it_appears() throws Exception {
    start(2);

    assertThat(scheduler.status().sources()).isEmpty();
    assertThat(scheduler.status().configError()).contains("cannot be read");

    writeSources("a");
    scheduler.tick();

    assertThat(names()).containsExactly("a");
    assertThat(scheduler.status().configError()).isNull();
  }

  @Test
  void at_start_left_running_runs_are_abandoned_and_sources_that_never_ran_run_once()
      throws Exception {
    writeSources("crashed=0 * * * *", "done=0 * * * *", "fresh");
    CrawlRun left = store.startCrawlRun("gate:crashed", "schedule");
    new CrawlRunner(store, readers).run(new SourceSpec("done", "gate", "here"), "cli");

    List<CrawlRequest> startup =
        start(SchedulerConfig.of(sourcesFile).withStartupRuns(true)).start();

    assertThat(startup).extracting(CrawlRequest::source).containsExactly("crashed", "fresh");
    for (CrawlRequest request : startup) {
      assertThat(finished(request).trigger()).isEqualTo("startup");
    }
    assertThat(runs("crashed"))
        .extracting(CrawlRun::trigger, CrawlRun::status)
        .containsExactly(
            tuple("startup", CrawlStatus.SUCCEEDED), tuple("schedule", CrawlStatus.ABANDONED));
    assertThat(runs("crashed").get(1).id()).isEqualTo(left.id());
    assertThat(runs("crashed").get(1).error()).isEqualTo(Scheduler.ABANDONED);
    assertThat(runs("done")).hasSize(1);
  }

  @Test
  void without_startup_runs_nothing_runs_at_start() throws Exception {
    writeSources("a=0 * * * *");

    assertThat(start(SchedulerConfig.of(sourcesFile)).start()).isEmpty();
    assertThat(runs("a")).isEmpty();
  }

  @Test
  void closing_waits_for_running_crawls_and_drops_waiting_ones() throws Exception {
    writeSources("a", "b");
    start(1);
    gate.hold();
    CrawlRequest running = scheduler.runNow("a");
    CrawlRequest waiting = scheduler.runNow("b");
    gate.awaitEntered(1);

    CompletableFuture<Void> closing = CompletableFuture.runAsync(scheduler::close);
    Thread.sleep(200);

    assertThat(closing).as("closing waits for the running crawl").isNotDone();
    gate.open();
    closing.get(20, TimeUnit.SECONDS);
    assertThat(finished(running).status()).isEqualTo(CrawlStatus.SUCCEEDED);
    assertThat(waiting.result()).isCancelled();
    assertThat(runs("b")).isEmpty();
    assertThat(scheduler.tick()).isEmpty();
    assertThatThrownBy(() -> scheduler.runNow("a")).hasMessage("The scheduler is closed");
  }

  @Test
  void closing_gives_up_on_a_crawl_that_outlasts_the_grace() throws Exception {
    writeSources("a");
    start(SchedulerConfig.of(sourcesFile).withShutdownGrace(Duration.ofMillis(100))).start();
    gate.hold();
    CrawlRequest slow = scheduler.runNow("a");
    gate.awaitEntered(1);
    long started = System.nanoTime();

    scheduler.close();

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    assertThat(runs("a").get(0).status())
        .as("still running when close gave up: the next start marks it ABANDONED")
        .isEqualTo(CrawlStatus.RUNNING);
    gate.open();
    finished(slow);
  }
}

package dev.meshlens.api.scores;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.health.HealthPolicy;
import dev.meshlens.catalog.model.DatasetInfo;
import dev.meshlens.catalog.sqlite.SqliteCatalogStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When the job recomputes: at startup with no snapshot, after changes once quiet, after crawls. */
class ScoreJobTest {
  @TempDir Path dir;

  @Test
  void recomputes_at_startup_then_after_a_change_or_a_crawl() throws Exception {
    AtomicInteger recomputes = new AtomicInteger();
    AtomicLong crawls = new AtomicLong();
    Urn dataset = Urn.dataset("pg://db", "shop.orders");
    try (SqliteCatalogStore store = SqliteCatalogStore.open(dir.resolve("catalog.db"));
        ScoreJob job =
            new ScoreJob(
                    store,
                    HealthPolicy.defaults(),
                    recomputes::incrementAndGet,
                    crawls::get,
                    Clock.systemUTC(),
                    Duration.ofMillis(100))
                .start(Duration.ofMillis(20))) {
      await(() -> recomputes.get() == 1, "the startup recompute");
      assertThat(store.health().isEmpty()).isFalse();

      store.apply(
          Batch.builder("test")
              .upsert(dataset, new DatasetInfo("orders", null, null, null, null, null, null))
              .build());
      await(() -> recomputes.get() == 2, "a recompute after the change");
      assertThat(store.health().latest(dataset)).isPresent();

      crawls.set(42);
      await(() -> recomputes.get() == 3, "a recompute after a crawl that changed assets");
      Thread.sleep(300);
      assertThat(recomputes.get()).as("nothing more changed").isEqualTo(3);
      assertThat(job.recomputeNow("test").datasets()).isEqualTo(1);
    }
  }

  @Test
  void a_day_missed_while_stopped_is_made_up_at_start() throws Exception {
    AtomicInteger recomputes = new AtomicInteger();
    try (SqliteCatalogStore store = SqliteCatalogStore.open(dir.resolve("catalog.db"))) {
      store.health().recomputeAll(HealthPolicy.defaults(), Instant.now().minus(Duration.ofDays(2)));
      try (ScoreJob job =
          new ScoreJob(
                  store,
                  HealthPolicy.defaults(),
                  recomputes::incrementAndGet,
                  () -> 0,
                  Clock.systemUTC(),
                  Duration.ofMillis(100))
              .start(Duration.ofMillis(20))) {
        await(() -> recomputes.get() == 1, "the recompute of the missed day");
        assertThat(store.health().lastRecomputed()).contains(LocalDate.now(ZoneOffset.UTC));
      }
    }
  }

  private static void await(java.util.function.BooleanSupplier condition, String what)
      throws InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(condition.getAsBoolean()).as(what).isTrue();
  }
}

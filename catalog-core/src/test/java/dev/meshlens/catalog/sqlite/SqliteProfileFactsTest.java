package dev.meshlens.catalog.sqlite;

import static dev.meshlens.catalog.Fixtures.ORDERS;
import static dev.meshlens.catalog.Fixtures.ORDERS_PRODUCT;
import static dev.meshlens.catalog.Fixtures.ORDER_LINES;
import static dev.meshlens.catalog.Fixtures.SALES;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.EntityType;
import dev.meshlens.catalog.Fixtures;
import dev.meshlens.catalog.model.UsageEvent;
import dev.meshlens.catalog.model.UsageEvent.PrincipalKind;
import dev.meshlens.catalog.profile.CoUsage;
import dev.meshlens.catalog.profile.ProfileFacts;
import dev.meshlens.catalog.profile.UsageDay;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The profile read models on a SQLite file: usage per day and principal, members, counts. */
class SqliteProfileFactsTest {
  static final Instant T = Instant.parse("2026-11-01T10:00:00Z");
  static final long DAY = UsageDay.dayOf(T);

  @TempDir Path dir;

  static Batch usage() {
    return Batch.builder("usage-log")
        .usage(new UsageEvent(T, ORDERS, "ana", PrincipalKind.USER, null))
        .usage(new UsageEvent(T.plusSeconds(60), ORDERS, "ana", PrincipalKind.USER, null))
        .usage(new UsageEvent(T.minusSeconds(86_400), ORDERS, "etl", PrincipalKind.JOB, null))
        .usage(new UsageEvent(T, ORDER_LINES, "ana", PrincipalKind.USER, null))
        .build();
  }

  @Test
  void usage_is_counted_per_day_and_principal_once_however_often_a_batch_is_applied() {
    try (SqliteCatalogStore store = SqliteCatalogStore.open(dir.resolve("c.db"))) {
      store.apply(usage());
      store.apply(usage());
      ProfileFacts facts = store.profiles();

      assertThat(facts.usage(ORDERS, DAY - 1, DAY, 100))
          .containsExactly(
              new UsageDay(DAY, PrincipalKind.USER, "ana", 2),
              new UsageDay(DAY - 1, PrincipalKind.JOB, "etl", 1));
      assertThat(facts.usage(ORDERS, DAY, DAY, 100)).hasSize(1);
      assertThat(facts.usageOf(List.of(ORDERS, ORDER_LINES), DAY, DAY))
          .containsEntry(ORDERS, 2L)
          .containsEntry(ORDER_LINES, 1L);
      assertThat(facts.usedTogether(ORDERS, List.of("ana", "etl"), DAY - 1, 100, 5))
          .containsExactly(new CoUsage(ORDER_LINES, 1, 1));
    }
  }

  @Test
  void the_migration_counts_the_usage_recorded_before_it() throws SQLException {
    Path file = dir.resolve("old.db");
    SqliteCatalogStore.open(file, Clock.systemUTC(), 6).close();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement st = c.createStatement()) {
      long t = T.toEpochMilli();
      st.execute(
          "INSERT INTO usage_events VALUES ('a', "
              + t
              + ", '"
              + ORDERS
              + "', 'ana', 'USER', null, 'log'), ('b', "
              + (t + 60_000)
              + ", '"
              + ORDERS
              + "', 'ana', 'USER', null, 'log'), ('c', "
              + (t - 86_400_000)
              + ", '"
              + ORDERS
              + "', 'etl', 'JOB', null, 'log')");
    }
    try (SqliteCatalogStore store = SqliteCatalogStore.open(file)) {
      assertThat(store.profiles().usage(ORDERS, DAY - 1, DAY, 100))
          .extracting(UsageDay::events)
          .containsExactly(2L, 1L);
    }
  }

  @Test
  void members_counts_and_recent_history_come_from_the_asset_indexes() {
    try (SqliteCatalogStore store = SqliteCatalogStore.open(dir.resolve("c.db"))) {
      store.apply(Fixtures.ordersFromJdbc());
      ProfileFacts facts = store.profiles();

      ProfileFacts.Members members = facts.members(ORDERS_PRODUCT, EntityType.DATASET, 1);
      assertThat(members.total())
          .isEqualTo(
              store
                  .listAssets(
                      new dev.meshlens.catalog.AssetQuery(EntityType.DATASET, SALES, 1, 100, false))
                  .items()
                  .stream()
                  .filter(s -> ORDERS_PRODUCT.equals(s.product()))
                  .count());
      assertThat(members.items()).hasSize(1);
      assertThat(facts.countsByType(SALES)).containsKey("dataset");
      assertThat(facts.recentHistory(ORDERS, 2))
          .hasSizeLessThanOrEqualTo(2)
          .isSortedAccordingTo((a, b) -> Long.compare(b.sequence(), a.sequence()));
    }
  }
}

package dev.meshlens.catalog.sqlite;

import static dev.meshlens.catalog.Fixtures.ORDERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meshlens.catalog.AssetQuery;
import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.CatalogStore;
import dev.meshlens.catalog.CatalogStoreContract;
import dev.meshlens.catalog.EntityType;
import dev.meshlens.catalog.Fixtures;
import dev.meshlens.catalog.StoreException;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.Field;
import dev.meshlens.catalog.model.Schema;
import dev.meshlens.catalog.model.UsageEvent;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteCatalogStoreTest extends CatalogStoreContract {
  @TempDir Path dir;

  private Path file() {
    return dir.resolve("catalog.db");
  }

  @Override
  protected CatalogStore newStore() {
    return SqliteCatalogStore.open(file());
  }

  @Test
  void a_new_file_is_migrated_to_the_latest_schema() {
    assertThat(((SqliteCatalogStore) store).schemaVersion()).isEqualTo(Migrations.latest());
    assertThat(store.status().schemaVersion()).isEqualTo(Migrations.latest());
  }

  @Test
  void a_file_at_the_previous_version_is_migrated_and_keeps_its_data() {
    store.close();
    Path old = dir.resolve("v1.db");
    try (SqliteCatalogStore v1 = SqliteCatalogStore.open(old, Clock.systemUTC(), 1)) {
      v1.apply(Fixtures.ordersFromJdbc());
      assertThat(v1.status().schemaVersion()).isEqualTo(1);
    }

    store = SqliteCatalogStore.open(old);

    assertThat(store.status().schemaVersion()).isEqualTo(Migrations.latest());
    assertThat(store.loadAsset(ORDERS).aspect(Schema.class)).contains(Fixtures.ordersSchema());
    Instant t = Instant.parse("2026-11-01T00:00:00Z");
    store.apply(
        Batch.builder("usage-log")
            .usage(new UsageEvent(t, ORDERS, "ana", UsageEvent.PrincipalKind.USER, null))
            .build());
    assertThat(store.countUsage(ORDERS, t, t.plusSeconds(1)))
        .as("the tables of later versions work")
        .isEqualTo(1);
  }

  @Test
  void a_file_from_a_newer_meshlens_is_refused() throws SQLException {
    store.close();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file());
        Statement st = c.createStatement()) {
      st.execute("INSERT INTO schema_version VALUES (99, 'V99__future.sql', 0)");
    }

    assertThatThrownBy(() -> SqliteCatalogStore.open(file()))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(
            "schema version 99, newer than this Meshlens knows (" + Migrations.latest() + ")");
    store = SqliteCatalogStore.open(dir.resolve("other.db"));
  }

  @Test
  void what_was_applied_survives_a_restart() {
    store.apply(Fixtures.ordersFromJdbc());
    long sequence = store.lastSequence();
    store.close();

    store = SqliteCatalogStore.open(file());

    assertThat(store.lastSequence()).isEqualTo(sequence);
    assertThat(store.loadAsset(ORDERS).aspect(Schema.class)).contains(Fixtures.ordersSchema());
  }

  @Test
  void readers_are_not_blocked_by_an_open_write_transaction() throws Exception {
    store.apply(Fixtures.ordersFromJdbc());
    try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file());
        Statement st = other.createStatement()) {
      st.execute("PRAGMA busy_timeout = 0");
      other.setAutoCommit(false);
      st.execute("UPDATE assets SET name = 'being renamed'");

      long started = System.nanoTime();
      var asset = store.loadAsset(ORDERS);
      var page = store.listAssets(AssetQuery.all(1, 10));
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

      assertThat(asset.aspect(Schema.class)).isPresent();
      assertThat(page.items().getFirst().name())
          .as("the reader sees the committed state")
          .isEqualTo("orders");
      assertThat(millis).as("reads did not wait for the writer").isLessThan(5_000);
      other.rollback();
    }
  }

  @Test
  void a_reader_during_writes_only_ever_sees_whole_batches() throws Exception {
    int perBatch = 20;
    AtomicBoolean writing = new AtomicBoolean(true);
    CompletableFuture<Void> writer =
        CompletableFuture.runAsync(() -> {
          try {
            for (int b = 0; b < 30; b++) {
              Batch.Builder batch = Batch.builder("jdbc:bulk");
              for (int i = 0; i < perBatch; i++) {
                Urn urn = Urn.dataset("postgres://bulk:5432", "db.public.t_" + b + "_" + i);
                batch.upsert(urn, Schema.of(List.of(Field.of("id", "bigint"))));
              }
              store.apply(batch.build());
            }
          } finally {
            writing.set(false);
          }
        });
    List<Long> seen = new ArrayList<>();
    while (writing.get()) {
      seen.add(store.listAssets(new AssetQuery(EntityType.DATASET, null, 1, 1, false)).total());
    }
    writer.get(60, TimeUnit.SECONDS);

    assertThat(seen).isNotEmpty().allSatisfy(n -> assertThat(n % perBatch).isZero());
    assertThat(store.listAssets(AssetQuery.all(1, 1)).total()).isEqualTo(30L * perBatch);
  }
}

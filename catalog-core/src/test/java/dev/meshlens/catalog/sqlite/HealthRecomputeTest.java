package dev.meshlens.catalog.sqlite;

import static dev.meshlens.catalog.sqlite.HealthCatalog.CLOCK;
import static dev.meshlens.catalog.sqlite.HealthCatalog.CUSTOMERS;
import static dev.meshlens.catalog.sqlite.HealthCatalog.EMPTY_DOMAIN;
import static dev.meshlens.catalog.sqlite.HealthCatalog.ORDERS;
import static dev.meshlens.catalog.sqlite.HealthCatalog.PRODUCT;
import static dev.meshlens.catalog.sqlite.HealthCatalog.RAW;
import static dev.meshlens.catalog.sqlite.HealthCatalog.SALES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.EntityType;
import dev.meshlens.catalog.Page;
import dev.meshlens.catalog.health.HealthComponent;
import dev.meshlens.catalog.health.HealthDetail;
import dev.meshlens.catalog.health.HealthPolicy;
import dev.meshlens.catalog.health.HealthScore;
import dev.meshlens.catalog.health.HealthSnapshots.Ranked;
import dev.meshlens.catalog.health.LeaderboardQuery;
import dev.meshlens.catalog.health.RecomputeSummary;
import dev.meshlens.catalog.model.RunState;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Health scores of {@link HealthCatalog}, worked out by hand with the default policy (weights usage
 * 0.35, freshness 0.2, quality 0.2, reliability 0.15, documentation 0.1; SLA decays to 0 at 4 SLAs;
 * usage raw = ln(1 + consumers) + 0.5 ln(1 + queries)). "Now" is T, the latest run end.
 *
 * <pre>
 * usage raw: orders ln4 + 0.5 ln7 = 2.359 (3 people, 6 events); raw_events ln2 + 0.5 ln2 = 1.040;
 *   customers ln2 = 0.693 (read by load_orders, no events) -> percentiles 3/3, 2/3, 1/3
 * orders:    usage 1, freshness 1 (run at T, contract SLA 12h), quality 2/2 = 1,
 *            reliability 3/4 = 0.75, docs (desc 1 + owner 1 + contract 1 + 1/2 columns) / 4 = 0.875
 *            score = 100 (0.35 + 0.2 + 0.2 + 0.1125 + 0.0875) = 95.0, A
 * customers: usage 1/3, freshness 1 - (72h - 24h) / (3 x 24h) = 1/3 (product SLA 24h),
 *            quality 0/1 = 0, reliability 1/2, docs 0
 *            score = 100 (0.1167 + 0.0667 + 0 + 0.075 + 0) = 25.8, F; open incident (cap 60, not
 *            binding)
 * raw_events: usage 2/3, freshness 1, quality and reliability unknown, docs (desc) 1/3
 *            score = 100 (0.2333 + 0.2 + 0.0333) / 0.65 = 71.8, B (weights redistributed)
 * product orders = mean(95.0, 25.8) = 60.4, C; domain sales = 60.4, C; domain empty: no score
 * </pre>
 */
class HealthRecomputeTest {
  @TempDir Path dir;
  private SqliteCatalogStore store;
  private final HealthPolicy policy = HealthPolicy.defaults();

  @BeforeEach
  void open() {
    store = SqliteCatalogStore.open(dir.resolve("catalog.db"), Clock.fixed(CLOCK, ZoneOffset.UTC));
    HealthCatalog.load(store);
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void datasets_get_the_hand_computed_scores() {
    RecomputeSummary summary = store.health().recomputeAll(policy, CLOCK);

    assertThat(summary.datasets()).isEqualTo(3);
    assertThat(summary.products()).isEqualTo(1);
    assertThat(summary.domains()).isEqualTo(2);
    assertThat(summary.rows()).isEqualTo(6);
    HealthScore orders = store.health().latest(ORDERS).orElseThrow();
    assertThat(orders.score()).isEqualTo(95.0);
    assertThat(orders.grade()).isEqualTo("A");
    assertThat(values(orders)).containsExactly(1.0, 1.0, 1.0, 0.75, 0.875);
    HealthScore customers = store.health().latest(CUSTOMERS).orElseThrow();
    assertThat(customers.score()).isEqualTo(25.8);
    assertThat(customers.grade()).isEqualTo("F");
    assertThat(customers.cap()).startsWith("open incident: the latest run of load_customers");
    assertThat(values(customers).get(1)).isCloseTo(1 / 3.0, within(1e-4));
    HealthScore raw = store.health().latest(RAW).orElseThrow();
    assertThat(raw.score()).isEqualTo(71.8);
    assertThat(raw.grade()).isEqualTo("B");
    assertThat(raw.components().get(2).value()).as("quality of raw_events is unknown").isNull();
    assertThat(raw.components().get(0).weight()).isEqualTo(0.35);
  }

  @Test
  void products_and_domains_roll_up_with_components_and_drivers() {
    store.health().recomputeAll(policy, CLOCK);

    HealthDetail product = store.health().latestDetail(PRODUCT).orElseThrow();
    assertThat(product.score().score()).isEqualTo(60.4);
    assertThat(product.score().grade()).isEqualTo("C");
    assertThat(product.parts()).extracting(HealthDetail.Part::score).containsExactly(95.0, 25.8);
    HealthComponent quality = product.score().components().get(2);
    assertThat(quality.name()).isEqualTo("quality");
    assertThat(quality.value()).as("mean of 1 and 0").isEqualTo(0.5);
    assertThat(quality.explanation())
        .isEqualTo("mean of 2 of 2 output ports; lowest: customers at 0.0");
    // fixing customers' failing check raises it by 0.2 x 100 = 20 points, the product by 10
    assertThat(product.drivers().getFirst().action()).isEqualTo("fix 1 failing check of customers");
    assertThat(product.drivers().getFirst().points()).isEqualTo(10.0);
    assertThat(product.drivers().get(1).action())
        .startsWith("refresh customers (last update 3d ago");
    assertThat(product.drivers().get(1).points()).isEqualTo(6.7);
    assertThat(product.drivers()).hasSizeLessThanOrEqualTo(5);

    HealthDetail sales = store.health().latestDetail(SALES).orElseThrow();
    assertThat(sales.score().score()).isEqualTo(60.4);
    assertThat(sales.parts()).extracting(HealthDetail.Part::urn).containsExactly(PRODUCT);
    assertThat(sales.drivers().getFirst().points()).isEqualTo(10.0);
    assertThat(store.health().latestDetail(EMPTY_DOMAIN).orElseThrow().score().score()).isNull();
  }

  @Test
  void a_recompute_the_same_day_replaces_the_snapshot_and_days_make_history() {
    store.health().recomputeAll(policy, CLOCK);
    // load_customers succeeds again: the incident closes, reliability 2/3, freshness 1
    Batch.Builder fix = Batch.builder("test");
    HealthCatalog.run(
        fix, "r7", HealthCatalog.LOAD_CUSTOMERS, RunState.COMPLETE, CLOCK.minusSeconds(60));
    store.apply(fix.build());
    store.health().recomputeAll(policy, CLOCK.plusSeconds(3600));

    List<HealthScore> history = store.health().history(CUSTOMERS, 10);
    assertThat(history).as("one snapshot per day").hasSize(1);
    assertThat(history.getFirst().cap()).isNull();
    assertThat(history.getFirst().score()).isGreaterThan(25.8);

    Double sameDay = store.health().latestDetail(PRODUCT).orElseThrow().score().score();
    store.health().recomputeAll(policy, CLOCK.plus(Duration.ofDays(1)));
    assertThat(store.health().history(CUSTOMERS, 10)).hasSize(2);
    List<HealthScore> product = store.health().history(PRODUCT, 10);
    assertThat(product).hasSize(2);
    assertThat(product.get(0).components().get(2).facts())
        .as("the latest day keeps its detail")
        .isNotEmpty();
    assertThat(product.get(1).components().get(2).facts())
        .as("an earlier day keeps its values only")
        .isEmpty();
    assertThat(product.get(1).components().get(2).value()).isEqualTo(0.5);
    assertThat(product.get(1).score()).isEqualTo(sameDay);
  }

  @Test
  void leaderboard_sorts_by_health_or_name_and_filters_by_domain() {
    assertThat(store.health().isEmpty()).isTrue();
    store.health().recomputeAll(policy, CLOCK);
    assertThat(store.health().isEmpty()).isFalse();
    assertThat(store.health().lastRecomputed()).contains(java.time.LocalDate.of(2026, 10, 5));

    Page<Ranked> domains =
        store
            .health()
            .leaderboard(
                new LeaderboardQuery(EntityType.DOMAIN, null, LeaderboardQuery.Sort.HEALTH, 1, 10));
    assertThat(domains.total()).isEqualTo(2);
    assertThat(domains.items()).extracting(Ranked::urn).containsExactly(SALES, EMPTY_DOMAIN);
    assertThat(domains.items()).extracting(Ranked::score).containsExactly(60.4, null);
    Page<Ranked> byName =
        store
            .health()
            .leaderboard(
                new LeaderboardQuery(EntityType.DOMAIN, null, LeaderboardQuery.Sort.NAME, 1, 10));
    assertThat(byName.items()).extracting(Ranked::name).containsExactly("Empty", "Sales");
    Page<Ranked> products =
        store
            .health()
            .leaderboard(
                new LeaderboardQuery(
                    EntityType.PRODUCT, EMPTY_DOMAIN, LeaderboardQuery.Sort.HEALTH, 1, 10));
    assertThat(products.total()).isZero();
    assertThat(store.health().latestScores(EntityType.DATASET))
        .containsEntry(ORDERS, 95.0)
        .containsEntry(CUSTOMERS, 25.8)
        .hasSize(3);
  }

  private static List<Double> values(HealthScore score) {
    return score.components().stream().map(HealthComponent::value).toList();
  }
}

package dev.meshlens.catalog.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.health.DatasetFacts.Documentation;
import dev.meshlens.catalog.health.DatasetFacts.Freshness;
import dev.meshlens.catalog.health.DatasetFacts.Quality;
import dev.meshlens.catalog.health.DatasetFacts.Reliability;
import dev.meshlens.catalog.health.DatasetFacts.Usage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Scoring one dataset: a worked example, then properties over random facts (fixed seeds). */
class DatasetScorerTest {
  private static final Instant NOW = Instant.parse("2026-10-01T00:00:00Z");
  private static final Urn URN = Urn.dataset("pg://db", "shop.orders");
  private final HealthPolicy policy = HealthPolicy.defaults();
  private final DatasetScorer scorer = new DatasetScorer(policy);

  @Test
  void worked_example_with_components_and_explanations() {
    // usage 0.5; freshness: 36h old vs 24h SLA -> 1 - 12 / 72 = 0.8333; quality 3/4 = 0.75;
    // reliability 9/10 = 0.9; docs (1 + 1 + 0 + 5/10) / 4 = 0.625
    // score = 100 (0.175 + 0.16667 + 0.15 + 0.135 + 0.0625) = 68.9 -> C
    DatasetFacts facts =
        new DatasetFacts(
            URN,
            "orders",
            new Usage(12, 2, 80, 40, 0.5),
            freshness(Duration.ofHours(36)),
            new Quality(4, 3, List.of("unique_id")),
            new Reliability(10, 9, null),
            new Documentation(true, 2, 10, 5, false),
            null);

    HealthScore score = scorer.score(facts, NOW);

    assertThat(score.score()).isEqualTo(68.9);
    assertThat(score.grade()).isEqualTo("C");
    assertThat(score.cap()).isNull();
    HealthComponent usage = score.components().get(0);
    assertThat(usage.facts()).containsEntry("trend", "+100%").containsEntry("consumers", 12);
    assertThat(usage.explanation())
        .isEqualTo(
            "12 distinct consumers and 80 queries in 30d (+100% vs the window before);"
                + " more used than 50% of the mesh's datasets");
    assertThat(score.components().get(1).value()).isCloseTo(0.8333, within(1e-4));
    assertThat(score.components().get(1).explanation())
        .isEqualTo(
            "last updated 36h ago (latest successful run), past its 24h SLA (from the product)");
    assertThat(score.components().get(2).explanation())
        .isEqualTo("3 of 4 checks passed at their latest result; failing: unique_id");
    assertThat(score.components().get(4).value()).isEqualTo(0.625);
    List<Driver> drivers = scorer.drivers(facts, scorer.values(facts));
    // quality to 1 adds 0.2 x 0.25 x 100 = 5 points; docs of 5 columns 0.1 x 0.125 x 100 = 1.25
    assertThat(drivers.getFirst()).isEqualTo(new Driver("fix 1 failing check of orders", 5.0));
    assertThat(drivers)
        .extracting(Driver::action)
        .contains("document 5 undocumented columns of orders", "put orders under a data contract");
  }

  @Test
  void an_open_incident_caps_the_score_and_resolving_it_is_a_driver() {
    DatasetFacts facts =
        new DatasetFacts(
            URN,
            "orders",
            new Usage(100, 0, 1000, 900, 1),
            freshness(Duration.ZERO),
            new Quality(2, 2, List.of()),
            new Reliability(10, 9, "the latest run of load failed"),
            new Documentation(true, 1, 0, 0, true),
            "rule r of contract c failed");

    HealthScore score = scorer.score(facts, NOW);

    assertThat(score.score()).isEqualTo(50.0);
    assertThat(score.cap()).isEqualTo("broken contract: rule r of contract c failed");
    assertThat(scorer.drivers(facts, scorer.values(facts)).getFirst().action())
        .isEqualTo("resolve the broken contract: rule r of contract c failed (orders)");
  }

  @Test
  void more_usage_never_lowers_the_usage_signal() {
    for (long seed = 1; seed <= 200; seed++) {
      Random random = new Random(seed);
      int datasets = 1 + random.nextInt(50);
      double[] used = new double[random.nextInt(datasets + 1)];
      for (int i = 0; i < used.length; i++) {
        used[i] = UsageRanking.damped(random.nextInt(20), random.nextInt(500), 0.5);
      }
      if (used.length == 0) {
        continue;
      }
      int mine = random.nextInt(used.length);
      double before = new UsageRanking(used, datasets).percentile(used[mine]);
      double[] more = used.clone();
      more[mine] = used[mine] + random.nextDouble() * 3;
      double after = new UsageRanking(more, datasets).percentile(more[mine]);

      assertThat(after).as("seed %d", seed).isGreaterThanOrEqualTo(before);
      assertThat(UsageRanking.damped(3, 10, 0.5)).isLessThan(UsageRanking.damped(3, 11, 0.5));
    }
  }

  @Test
  void a_failing_check_never_raises_quality_or_the_score() {
    for (long seed = 1; seed <= 200; seed++) {
      Random random = new Random(seed);
      DatasetFacts facts = randomFacts(random);
      int active = 1 + random.nextInt(10);
      int passed = 1 + random.nextInt(active);
      DatasetFacts before = withQuality(facts, new Quality(active, passed, List.of()));
      DatasetFacts after = withQuality(facts, new Quality(active, passed - 1, List.of("x")));

      assertThat(scorer.values(after).value(Signal.QUALITY))
          .as("seed %d", seed)
          .isLessThanOrEqualTo(scorer.values(before).value(Signal.QUALITY));
      assertThat(scorer.values(after).score(policy))
          .as("seed %d", seed)
          .isLessThanOrEqualTo(scorer.values(before).score(policy));
    }
  }

  @Test
  void a_missing_signal_redistributes_its_weight() {
    for (long seed = 1; seed <= 200; seed++) {
      Random random = new Random(seed);
      DatasetFacts facts = withQuality(randomFacts(random), null);
      SignalValues values = scorer.values(facts);
      double sum = 0;
      double weights = 0;
      for (Signal signal : Signal.values()) {
        if (values.value(signal) != null) {
          sum += policy.weight(signal) * values.value(signal);
          weights += policy.weight(signal);
        }
      }
      double expected = Math.min(values.cap(), 100 * sum / weights);

      assertThat(values.value(Signal.QUALITY)).isNull();
      assertThat(values.score(policy)).as("seed %d", seed).isCloseTo(expected, within(0.051));
    }
    // all known signals at 0.6: the score is 60 whichever are unknown
    double[] v = {0.6, 0.6, Double.NaN, Double.NaN, 0.6};
    assertThat(new SignalValues(v, 100, null).score(policy)).isEqualTo(60.0);
  }

  @Test
  void caps_cap() {
    for (long seed = 1; seed <= 200; seed++) {
      Random random = new Random(seed);
      DatasetFacts facts = randomFacts(random);
      DatasetFacts incident =
          new DatasetFacts(
              facts.urn(),
              facts.name(),
              facts.usage(),
              facts.freshness(),
              facts.quality(),
              new Reliability(4, 3, "job failed"),
              facts.documentation(),
              facts.brokenContract());

      assertThat(scorer.values(incident).score(policy))
          .as("seed %d", seed)
          .isLessThanOrEqualTo(policy.openIncidentCap());
    }
  }

  private static Freshness freshness(Duration age) {
    return new Freshness(NOW.minus(age), "run", Duration.ofHours(24), "product", NOW);
  }

  private static DatasetFacts withQuality(DatasetFacts f, Quality quality) {
    return new DatasetFacts(
        f.urn(),
        f.name(),
        f.usage(),
        f.freshness(),
        quality,
        f.reliability(),
        f.documentation(),
        f.brokenContract());
  }

  private static DatasetFacts randomFacts(Random random) {
    int runs = random.nextInt(5);
    int columns = random.nextInt(6);
    List<String> none = new ArrayList<>();
    return new DatasetFacts(
        URN,
        "d",
        random.nextBoolean()
            ? null
            : new Usage(random.nextInt(9), 0, random.nextInt(99), 0, random.nextDouble()),
        freshness(Duration.ofHours(random.nextInt(200))),
        new Quality(2, random.nextInt(3), none),
        runs == 0 ? null : new Reliability(runs, random.nextInt(runs + 1), null),
        new Documentation(
            random.nextBoolean(), random.nextInt(2), columns, random.nextInt(columns + 1), false),
        null);
  }
}

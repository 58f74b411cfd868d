package dev.meshlens.sample.synthetic;

import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.UsageEvent;
import dev.meshlens.catalog.model.UsageEvent.PrincipalKind;
import dev.meshlens.sample.synthetic.Hashing.Permutation;
import dev.meshlens.sample.synthetic.MeshLayout.DatasetSlot;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * Usage events with Zipf-like popularity: datasets are ranked by a permutation of their indexes,
 * and the dataset of rank r gets about {@code C / r} events (at most {@value #MAX_EVENTS}), {@code
 * C} chosen so that there are about {@value #MEAN_EVENTS} events per dataset overall. Events fall
 * in the {@value #WINDOW_DAYS} days before a fixed instant, so output does not depend on the clock.
 */
final class UsageFactory {
  static final Instant END = Instant.parse("2026-11-01T00:00:00Z");
  private static final int WINDOW_DAYS = 60;
  private static final double MEAN_EVENTS = 1.0;
  private static final int MAX_EVENTS = 200;
  private static final long SALT_USAGE = 41;
  private static final long SALT_RANK = 42;
  private static final double EULER_GAMMA = 0.5772156649;

  private final long seed;
  private final MeshLayout layout;
  private final MeshNames names;
  private final Permutation ranks;
  private final double scale;

  UsageFactory(SyntheticMeshConfig config, MeshLayout layout, MeshNames names) {
    this.seed = config.seed();
    this.layout = layout;
    this.names = names;
    int n = config.datasets();
    this.ranks = Permutation.of(n, Hashing.mix(seed, SALT_RANK, 0));
    double harmonic = StrictMath.log(n) + EULER_GAMMA + 1.0 / (2.0 * n);
    this.scale = n * MEAN_EVENTS / harmonic;
  }

  /** The popularity rank of a dataset, 1 for the most used. */
  int rank(int index) {
    return ranks.apply(index) + 1;
  }

  /** Adds the dataset's usage events. */
  void addTo(Batch.Builder batch, DatasetSlot dataset, Urn urn) {
    SplittableRandom random = Hashing.random(seed, SALT_USAGE, dataset.index());
    double expected = Math.min(MAX_EVENTS, scale / rank(dataset.index()));
    int count = (int) expected + (random.nextDouble() < expected - (int) expected ? 1 : 0);
    int domain = dataset.product().domain();
    for (int e = 0; e < count; e++) {
      Instant time =
          END.minusSeconds(1 + random.nextLong(Duration.ofDays(WINDOW_DAYS).toSeconds()));
      if (random.nextInt(100) < 85) {
        int person = names.personOfDomain(random.nextInt(layout.domains()), random.nextInt(64));
        String query =
            random.nextInt(100) < 40 ? "SELECT * FROM " + urn.localName() + " LIMIT 100" : null;
        batch.usage(
            new UsageEvent(
                time, urn, names.personId(person) + "@acme.example", PrincipalKind.USER, query));
      } else {
        String service = "svc-" + MeshNames.domainId(domain) + "-etl";
        batch.usage(new UsageEvent(time, urn, service, PrincipalKind.JOB, null));
      }
    }
  }
}

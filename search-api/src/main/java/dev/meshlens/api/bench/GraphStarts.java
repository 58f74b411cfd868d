package dev.meshlens.api.bench;

import dev.meshlens.catalog.Urn;
import dev.meshlens.sample.bench.graph.LineageMesh;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The datasets lineage walks start from, the same for every way of walking: datasets drawn at
 * random (any layer, so some have nothing upstream or downstream) from a fixed seed, with a hub
 * dataset at every {@value #HUB_EVERY}th place, so any prefix of the list holds hubs in the same
 * proportion. The SPARQL queries take a prefix.
 *
 * @param ids the dataset ids
 * @param urns their URNs
 */
record GraphStarts(int[] ids, List<Urn> urns) {
  static final int HUB_EVERY = 20;

  static GraphStarts pick(LineageMesh mesh, int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int[] hubs = mesh.hubs();
    int[] ids = new int[count];
    for (int i = 0; i < count; i++) {
      ids[i] =
          i % HUB_EVERY == HUB_EVERY - 1
              ? hubs[(i / HUB_EVERY) % hubs.length]
              : random.nextInt(mesh.datasets());
    }
    return new GraphStarts(ids, Arrays.stream(ids).mapToObj(mesh::dataset).toList());
  }

  int size() {
    return ids.length;
  }

  /** How many of the first {@code n} starts are hubs. */
  int hubsAmongFirst(int n) {
    return Math.min(n, ids.length) / HUB_EVERY;
  }
}

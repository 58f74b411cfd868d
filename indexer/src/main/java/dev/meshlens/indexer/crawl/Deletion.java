package dev.meshlens.indexer.crawl;

import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.Urn;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What one crawl would withdraw from the catalog: the assets its source stated before the run that
 * the run's output no longer states, out of how many it stated, and the fail-safe threshold: the
 * largest share of them that may vanish in one run.
 *
 * @param stated how many assets the source stated before the run
 * @param vanished those of them the run no longer states, in URN order
 * @param threshold the fail-safe share, in [0, 1]
 */
record Deletion(int stated, List<Urn> vanished, double threshold) {

  Deletion {
    vanished = List.copyOf(vanished);
  }

  /** The assets in {@code statedBefore} that no upsert of {@code output} names. */
  static Deletion plan(Collection<Urn> statedBefore, CrawlOutput output, double threshold) {
    Set<Urn> stillStated = new HashSet<>();
    output.batches().forEach(b -> b.upserts().forEach(u -> stillStated.add(u.urn())));
    List<Urn> vanished = statedBefore.stream().filter(u -> !stillStated.contains(u)).toList();
    return new Deletion(statedBefore.size(), vanished, threshold);
  }

  /**
   * Whether more than the threshold's share of what the source stated would vanish. A source that
   * stated nothing before never trips it.
   */
  boolean tripsFailSafe() {
    return stated > 0 && (double) vanished.size() / stated > threshold;
  }

  /** Why the fail-safe refused to delete, with the counts and the threshold. */
  String refusal() {
    return "fail-safe: "
        + vanished.size()
        + " of the "
        + stated
        + " assets the source stated ("
        + percent((double) vanished.size() / stated)
        + ") would vanish, more than the threshold of "
        + percent(threshold)
        + "; nothing was deleted (if the source really lost them, raise its failSafe option"
        + " for one run)";
  }

  /** The withdrawals as batches of at most {@code batchSize} removals each. */
  List<Batch> batches(String source, String actor, int batchSize) {
    List<Batch> batches = new ArrayList<>();
    for (int from = 0; from < vanished.size(); from += batchSize) {
      Batch.Builder batch = Batch.builder(source).actor(actor);
      vanished.subList(from, Math.min(vanished.size(), from + batchSize)).forEach(batch::remove);
      batches.add(batch.build());
    }
    return batches;
  }

  private static String percent(double share) {
    return new DecimalFormat("0.#%", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(share);
  }
}

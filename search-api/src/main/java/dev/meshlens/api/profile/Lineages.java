package dev.meshlens.api.profile;

import dev.meshlens.api.profile.LineageSection.Neighbour;
import dev.meshlens.api.profile.LineageSection.Side;
import dev.meshlens.catalog.Asset;
import dev.meshlens.catalog.Urn;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The lineage section of a dataset: counts, the top neighbours by usage, the jobs between. */
final class Lineages {
  private Lineages() {}

  static Part<LineageSection> section(Reads reads, Part<DatasetLineage> found) {
    if (!found.known()) {
      return Part.unknown(found.reason());
    }
    DatasetLineage lineage = found.value();
    Window window = reads.window();
    Map<Urn, Long> usage =
        reads
            .facts()
            .usageOf(
                Basics.concat(lineage.upstream(), lineage.downstream()),
                window.from(Window.SHORT_DAYS),
                window.today());
    return Part.of(
        new LineageSection(
            side(reads, lineage.upstream(), lineage.upstreamCount(), lineage.producers(), usage),
            side(
                reads, lineage.downstream(), lineage.downstreamCount(), lineage.consumers(), usage),
            lineage.exact()));
  }

  private static Side side(
      Reads reads, List<Urn> datasets, long count, List<Urn> jobs, Map<Urn, Long> usage) {
    List<Urn> ranked =
        datasets.stream()
            .sorted(
                Comparator.comparingLong((Urn u) -> usage.getOrDefault(u, 0L))
                    .reversed()
                    .thenComparing(Comparator.naturalOrder()))
            .toList();
    Visible top = reads.visible(ranked, LineageSection.TOP);
    Visible shownJobs = reads.visible(jobs, LineageSection.TOP);
    return new Side(
        count,
        top.shown().stream()
            .map(a ->
                new Neighbour(a.urn().toString(), a.displayName(), usage.getOrDefault(a.urn(), 0L)))
            .toList(),
        top.hidden() + shownJobs.hidden(),
        shownJobs.shown().stream().map(Ref::of).toList());
  }

  static List<Ref> refs(List<Asset> assets) {
    return assets.stream().map(Ref::of).toList();
  }
}

package dev.meshlens.api.profile;

import dev.meshlens.api.profile.RelatedSection.Item;
import dev.meshlens.api.profile.RelatedSection.SameProduct;
import dev.meshlens.api.profile.RelatedSection.UsedTogether;
import dev.meshlens.catalog.Asset;
import dev.meshlens.catalog.EntityType;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.profile.CoUsage;
import dev.meshlens.catalog.profile.ProfileFacts.Members;
import dev.meshlens.catalog.profile.UsageDay;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The related assets of a dataset: the same product, and used together. */
final class Related {
  /** The dataset's consumers whose other usage is read, and principal-days read for each. */
  static final int CONSUMERS = 5;

  static final int ROWS_PER_CONSUMER = 500;

  private Related() {}

  static Part<RelatedSection> section(
      Reads reads, Asset asset, Asset product, List<UsageDay> usage) {
    SameProduct same = product == null ? null : sameProduct(reads, asset.urn(), product.urn());
    UsedTogether together = usedTogether(reads, asset.urn(), usage);
    if (same == null && together == null) {
      return Part.unknown(
          "it belongs to no data product and no usage was recorded in the last "
              + Window.LONG_DAYS
              + " days");
    }
    return Part.of(new RelatedSection(same, together));
  }

  private static SameProduct sameProduct(Reads reads, Urn self, Urn product) {
    Members members = reads.facts().members(product, EntityType.DATASET, 4 * RelatedSection.TOP);
    List<Urn> others =
        members.items().stream().map(s -> s.urn()).filter(u -> !u.equals(self)).toList();
    Visible visible = reads.visible(others, RelatedSection.TOP);
    boolean inProduct = members.items().stream().anyMatch(s -> s.urn().equals(self));
    return new SameProduct(
        Math.max(0, members.total() - (inProduct ? 1 : 0)),
        Lineages.refs(visible.shown()),
        visible.hidden());
  }

  private static UsedTogether usedTogether(Reads reads, Urn self, List<UsageDay> usage) {
    if (usage.isEmpty()) {
      return null;
    }
    Map<String, Long> byPrincipal = new HashMap<>();
    for (UsageDay day : usage) {
      byPrincipal.merge(day.principal(), day.events(), Long::sum);
    }
    List<String> top =
        byPrincipal.entrySet().stream()
            .sorted(
                Map.Entry.<String, Long>comparingByValue()
                    .reversed()
                    .thenComparing(Map.Entry.comparingByKey()))
            .limit(CONSUMERS)
            .map(Map.Entry::getKey)
            .toList();
    Window window = reads.window();
    List<CoUsage> co =
        reads
            .facts()
            .usedTogether(
                self,
                top,
                window.from(Window.LONG_DAYS),
                ROWS_PER_CONSUMER,
                4 * RelatedSection.TOP);
    Map<Urn, Integer> shared = new HashMap<>();
    co.forEach(c -> shared.put(c.dataset(), c.sharedPrincipals()));
    Visible visible = reads.visible(co.stream().map(CoUsage::dataset).toList(), RelatedSection.TOP);
    return new UsedTogether(
        visible.shown().stream()
            .map(a -> new Item(a.urn().toString(), a.displayName(), shared.get(a.urn())))
            .toList(),
        visible.hidden());
  }
}

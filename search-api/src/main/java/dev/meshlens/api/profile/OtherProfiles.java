package dev.meshlens.api.profile;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.meshlens.catalog.Asset;
import dev.meshlens.catalog.AssetNotFoundException;
import dev.meshlens.catalog.EntityType;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.ContractInfo;
import dev.meshlens.catalog.model.GlossaryTermInfo;
import dev.meshlens.catalog.model.JobInfo;
import dev.meshlens.catalog.model.JobLineage;
import dev.meshlens.catalog.model.Port;
import dev.meshlens.catalog.model.ProductInfo;
import dev.meshlens.catalog.model.Sla;
import dev.meshlens.catalog.profile.ProfileFacts.Members;
import dev.meshlens.indexer.search.SearchHit;
import dev.meshlens.indexer.search.SearchRequest;
import dev.meshlens.indexer.search.SearchResults;
import dev.meshlens.lineage.ProductLineage;
import dev.meshlens.lineage.ProductLink;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The profiles of products, domains, jobs, glossary terms and the other asset types. */
final class OtherProfiles {
  static final int LISTED = 20;

  private OtherProfiles() {}

  /** A list of assets the caller may see, how many there are in all, how many were hidden. */
  public record Listing(long count, List<Ref> items, int hidden) {
    static Listing of(long count, Visible visible) {
      return new Listing(count, Lineages.refs(visible.shown()), visible.hidden());
    }
  }

  /** A product: status, ports, contracts, SLA, datasets, the products it consumes and feeds. */
  public record ProductProfile(
      @JsonUnwrapped Basics basics,
      String status,
      List<PortView> inputPorts,
      List<PortView> outputPorts,
      Sla sla,
      Listing datasets,
      Part<Listing> consumers,
      Part<Listing> consumes,
      Part<HealthSection> health) {}

  /** A port: its datasets the caller may see and its contract. */
  public record PortView(
      String name,
      String version,
      String description,
      Listing datasets,
      Part<ContractSection> contract) {}

  /** A domain: its products, its owners (in the basics), how many assets of each type, health. */
  public record DomainProfile(
      @JsonUnwrapped Basics basics,
      Listing products,
      Map<String, Long> counts,
      Part<HealthSection> health) {}

  /** A job: its type, SQL, inputs and outputs, column lineage and runs. */
  public record JobProfile(
      @JsonUnwrapped Basics basics,
      String jobType,
      String sql,
      Listing inputs,
      Listing outputs,
      int columnLineageEdges,
      Part<RunsSection> runs) {}

  /** A glossary term: definition (the description), synonyms, related terms, linked assets. */
  public record TermProfile(
      @JsonUnwrapped Basics basics,
      List<String> synonyms,
      List<Ref> related,
      Listing linkedAssets) {}

  /** Any other asset (a contract, an owner): the basics and, for a contract, its terms. */
  public record GenericProfile(@JsonUnwrapped Basics basics, ContractInfo contract) {}

  static ProductProfile product(Reads reads, Asset product) {
    ProductInfo info = product.aspect(ProductInfo.class).orElse(null);
    Map<Urn, Asset> names = reads.assets(Basics.referenced(product));
    Members members = reads.facts().members(product.urn(), EntityType.DATASET, LISTED * 2);
    Visible datasets = reads.visible(members.items().stream().map(s -> s.urn()).toList(), LISTED);
    return new ProductProfile(
        Basics.of(product, names),
        info == null ? null : info.status(),
        info == null ? List.of() : ports(reads, info.inputPorts()),
        info == null ? List.of() : ports(reads, info.outputPorts()),
        info == null ? null : info.sla(),
        Listing.of(members.total(), datasets),
        productLinks(reads, product.urn(), true),
        productLinks(reads, product.urn(), false),
        HealthSection.of(reads.store().health(), product.urn()));
  }

  private static Part<Listing> productLinks(Reads reads, Urn product, boolean consumers) {
    ProductLineage lineage;
    try {
      lineage = reads.graph().productLineage(product);
    } catch (AssetNotFoundException | IllegalArgumentException e) {
      return Part.unknown("the lineage graph does not know this product yet");
    }
    List<Urn> urns =
        (consumers ? lineage.consumedBy() : lineage.consumes())
            .stream()
                .map(consumers ? ProductLink::consumer : ProductLink::producer)
                .distinct()
                .toList();
    return Part.of(Listing.of(urns.size(), reads.visible(urns, LISTED)));
  }

  private static List<PortView> ports(Reads reads, List<Port> ports) {
    List<PortView> views = new ArrayList<>();
    for (Port port : ports) {
      Part<ContractSection> contract =
          port.contract() == null
              ? Part.unknown("the port names no contract")
              : reads
                  .store()
                  .findAsset(port.contract())
                  .map(c -> Part.of(ContractSection.of(c, port.name())))
                  .orElse(Part.unknown("contract " + port.contract() + " is not in the catalog"));
      views.add(
          new PortView(
              port.name(),
              port.version(),
              port.description(),
              Listing.of(port.datasets().size(), reads.visible(port.datasets(), LISTED)),
              contract));
    }
    return views;
  }

  static DomainProfile domain(Reads reads, Asset domain) {
    Map<Urn, Asset> names = reads.assets(Basics.referenced(domain));
    Members products = reads.facts().members(domain.urn(), EntityType.PRODUCT, LISTED * 2);
    return new DomainProfile(
        Basics.of(domain, names),
        Listing.of(
            products.total(),
            reads.visible(products.items().stream().map(s -> s.urn()).toList(), LISTED)),
        reads.facts().countsByType(domain.urn()),
        HealthSection.of(reads.store().health(), domain.urn()));
  }

  static JobProfile job(Reads reads, Asset job) {
    Map<Urn, Asset> names = reads.assets(Basics.referenced(job));
    JobInfo info = job.aspect(JobInfo.class).orElse(null);
    JobLineage lineage = job.aspect(JobLineage.class).orElse(null);
    List<Urn> inputs = lineage == null ? List.of() : lineage.inputs();
    List<Urn> outputs = lineage == null ? List.of() : lineage.outputs();
    return new JobProfile(
        Basics.of(job, names),
        info == null ? null : info.type(),
        info == null ? null : info.sql(),
        Listing.of(inputs.size(), reads.visible(inputs, LISTED)),
        Listing.of(outputs.size(), reads.visible(outputs, LISTED)),
        lineage == null ? 0 : lineage.columns().size(),
        RunsSection.of(
            reads.store().runsOfJob(job.urn(), RunsSection.RECENT),
            reads.window(),
            "no run of this job is recorded"));
  }

  static TermProfile term(Reads reads, Asset term) {
    GlossaryTermInfo info = term.aspect(GlossaryTermInfo.class).orElse(null);
    List<Urn> related = info == null ? List.of() : info.related();
    Map<Urn, Asset> names = reads.assets(Basics.concat(Basics.referenced(term), related));
    SearchResults linked =
        reads
            .index()
            .search(
                SearchRequest.of("glossary:\"" + term.urn() + "\"")
                    .withPage(1, LISTED)
                    .withVisibility(reads.visibility()));
    List<Ref> items = linked.hits().stream().map(OtherProfiles::ref).toList();
    return new TermProfile(
        Basics.of(term, names),
        info == null ? List.of() : info.synonyms(),
        related.stream().map(u -> Ref.of(u, names)).toList(),
        new Listing(linked.total(), items, 0));
  }

  private static Ref ref(SearchHit hit) {
    return new Ref(hit.urn(), hit.type(), hit.name());
  }

  static GenericProfile generic(Reads reads, Asset asset) {
    Map<Urn, Asset> names = reads.assets(Basics.referenced(asset));
    return new GenericProfile(
        Basics.of(asset, names), asset.aspect(ContractInfo.class).orElse(null));
  }
}

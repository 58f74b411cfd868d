package dev.meshlens.sample.synthetic;

import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.DomainInfo;
import dev.meshlens.catalog.model.Owner;
import dev.meshlens.catalog.model.OwnerInfo;
import dev.meshlens.catalog.model.OwnerInfo.OwnerKind;
import dev.meshlens.catalog.model.Ownership;
import dev.meshlens.catalog.model.Port;
import dev.meshlens.catalog.model.ProductInfo;
import dev.meshlens.catalog.model.Sla;
import dev.meshlens.catalog.model.Tag;
import dev.meshlens.catalog.model.Tags;
import dev.meshlens.sample.synthetic.MeshLayout.ProductSlot;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The parts of the mesh around the datasets: domains, their teams and people (all in the first
 * batch), and each data product, emitted with its last dataset so that its ports name only datasets
 * already emitted.
 */
final class SkeletonFactory {
  private static final long SALT_PRODUCT = 51;
  private static final int MAX_INPUT_PORT_DATASETS = 8;

  private final long seed;
  private final MeshLayout layout;
  private final MeshNames names;
  private final LineageFactory lineage;

  SkeletonFactory(
      SyntheticMeshConfig config, MeshLayout layout, MeshNames names, LineageFactory lineage) {
    this.seed = config.seed();
    this.layout = layout;
    this.names = names;
    this.lineage = lineage;
  }

  /** The first batch of a full mesh: domains with their teams, then people. */
  void addOrganisation(Batch.Builder batch) {
    for (int domain = 0; domain < layout.domains(); domain++) {
      String id = MeshNames.domainId(domain);
      Urn team = MeshNames.teamUrn(domain);
      batch.upsert(
          MeshNames.domainUrn(domain),
          new DomainInfo(
              Spelling.title(id), "Data products of the " + Spelling.title(id) + " domain."));
      batch.upsert(MeshNames.domainUrn(domain), new Ownership(List.of(new Owner(team, "owner"))));
      batch.upsert(
          team,
          new OwnerInfo(
              Spelling.title(id) + " Data Team", OwnerKind.TEAM, id + "-data@acme.example", null));
    }
    for (int person = 0; person < layout.people(); person++) {
      String id = names.personId(person);
      batch.upsert(
          Urn.owner(id),
          new OwnerInfo(
              Spelling.title(id.replace('.', ' ')),
              OwnerKind.PERSON,
              id + "@acme.example",
              List.of(MeshNames.teamUrn(names.domainOfPerson(person)))));
    }
  }

  /** A data product with its output port (its first datasets) and input port (what it reads). */
  void addProduct(Batch.Builder batch, ProductSlot product) {
    SplittableRandom random = Hashing.random(seed, SALT_PRODUCT, product.key());
    Urn urn = names.productUrn(product);
    String title = Spelling.title(names.productId(product));
    int exposed = Math.max(1, product.size() / 4);
    List<Urn> outputs = new ArrayList<>(exposed);
    for (int i = product.start(); i < product.start() + exposed; i++) {
      outputs.add(names.datasetUrn(i));
    }
    List<Port> inputPorts = new ArrayList<>(1);
    List<Urn> upstream = upstreamOf(product);
    if (!upstream.isEmpty()) {
      inputPorts.add(new Port("upstream", null, "Datasets this product reads.", null, upstream));
    }
    Port output =
        new Port("main", "1." + random.nextInt(5) + ".0", title + " data.", null, outputs);
    int roll = random.nextInt(100);
    String status = roll < 85 ? "active" : roll < 95 ? "draft" : "deprecated";
    Sla sla = new Sla(Duration.ofHours(random.nextBoolean() ? 24 : 1), 99.5, null);
    batch.upsert(
        urn,
        new ProductInfo(
            title, "The " + title + " data product.", status, inputPorts, List.of(output), sla));
    batch.upsert(
        urn, new Ownership(List.of(new Owner(MeshNames.teamUrn(product.domain()), "owner"))));
    batch.upsert(urn, new Tags(List.of(new Tag(status))));
  }

  /** Datasets outside the product that its datasets read, first ones first, at most a few. */
  private List<Urn> upstreamOf(ProductSlot product) {
    Set<Integer> upstream = new LinkedHashSet<>();
    for (int i = product.start(); i <= product.last(); i++) {
      for (int input : lineage.inputs(i)) {
        if (input < product.start() && upstream.size() < MAX_INPUT_PORT_DATASETS) {
          upstream.add(input);
        }
      }
    }
    return upstream.stream().map(names::datasetUrn).toList();
  }
}

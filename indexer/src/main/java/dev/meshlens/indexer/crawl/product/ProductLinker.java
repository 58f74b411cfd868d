package dev.meshlens.indexer.crawl.product;

import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.ContractInfo;
import dev.meshlens.catalog.model.DomainInfo;
import dev.meshlens.catalog.model.GlossaryLinks;
import dev.meshlens.catalog.model.Membership;
import dev.meshlens.catalog.model.Owner;
import dev.meshlens.catalog.model.Ownership;
import dev.meshlens.catalog.model.Port;
import dev.meshlens.catalog.model.ProductInfo;
import dev.meshlens.catalog.model.QualityChecks;
import dev.meshlens.catalog.model.Sla;
import dev.meshlens.catalog.model.Tags;
import dev.meshlens.indexer.crawl.product.Product.PortRef;
import dev.meshlens.indexer.crawl.support.BatchAssembler;
import dev.meshlens.indexer.crawl.support.Warnings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Links products to the contracts their ports name and writes the aspects of domains, products,
 * contracts and the contracts' datasets. A contract belongs to the product whose output port names
 * it, else to the product in whose folder it lies.
 */
final class ProductLinker {
  private final Warnings warnings;
  private final BatchAssembler out;

  ProductLinker(Warnings warnings, BatchAssembler out) {
    this.warnings = warnings;
    this.out = out;
  }

  void link(List<Product> products, Map<String, Contract> contracts) {
    Map<String, Product> owningProduct = new LinkedHashMap<>();
    for (Product product : products) {
      product.outputPorts().stream()
          .map(PortRef::contractId)
          .filter(Objects::nonNull)
          .forEach(id -> owningProduct.putIfAbsent(id, product));
    }
    for (Contract contract : contracts.values()) {
      for (Product product : products) {
        if (contract.file().startsWith(product.file().getParent())) {
          owningProduct.putIfAbsent(contract.id(), product);
        }
      }
    }
    products.forEach(p -> writeProduct(p, contracts));
    contracts.values().forEach(c -> writeContract(c, owningProduct.get(c.id())));
  }

  private void writeProduct(Product product, Map<String, Contract> contracts) {
    out.upsert(Urn.domain(product.domain()), new DomainInfo(product.domain(), null));
    List<Port> outputs = ports(product, product.outputPorts(), contracts, "/outputPorts/");
    Sla sla =
        combine(
            product.outputPorts().stream()
                .map(p -> contracts.get(p.contractId()))
                .filter(Objects::nonNull)
                .map(Contract::sla)
                .filter(Objects::nonNull)
                .toList());
    out.upsert(
        product.urn(),
        new ProductInfo(
            product.name(),
            product.description(),
            product.status(),
            ports(product, product.inputPorts(), contracts, "/inputPorts/"),
            outputs,
            sla));
    if (!product.tags().isEmpty()) {
      out.upsert(product.urn(), new Tags(product.tags()));
    }
    if (!product.owners().isEmpty()) {
      out.upsert(product.urn(), new Ownership(product.owners()));
    }
  }

  private List<Port> ports(
      Product product, List<PortRef> refs, Map<String, Contract> contracts, String path) {
    List<Port> ports = new ArrayList<>();
    for (int i = 0; i < refs.size(); i++) {
      PortRef ref = refs.get(i);
      Contract contract = ref.contractId() == null ? null : contracts.get(ref.contractId());
      if (ref.contractId() != null && contract == null) {
        warnings.add(
            product.file().toString(),
            path + i,
            "contract " + ref.contractId() + " was not found among the crawled contracts");
      }
      ports.add(
          new Port(
              ref.name(),
              ref.version(),
              ref.description(),
              ref.contractId() == null ? null : Urn.contract(ref.contractId()),
              contract == null ? List.of() : contract.datasetUrns()));
    }
    return ports;
  }

  private void writeContract(Contract contract, Product product) {
    Urn productUrn = product == null ? null : product.urn();
    String domain = product != null ? product.domain() : contract.domain();
    out.upsert(
        contract.urn(),
        new ContractInfo(
            contract.name(),
            contract.version(),
            contract.status(),
            contract.description(),
            productUrn,
            contract.datasetUrns(),
            contract.sla(),
            contract.qualityRules()));
    List<Owner> owners =
        !contract.owners().isEmpty() || product == null ? contract.owners() : product.owners();
    Membership membership = domain == null ? null : new Membership(Urn.domain(domain), productUrn);
    writeCommon(contract.urn(), owners, membership);
    if (!contract.tags().isEmpty()) {
      out.upsert(contract.urn(), new Tags(contract.tags()));
    }
    for (ContractDataset dataset : contract.datasets()) {
      writeDataset(dataset, owners, membership);
    }
  }

  private void writeDataset(ContractDataset dataset, List<Owner> owners, Membership membership) {
    Urn urn = dataset.urn();
    out.mergeKeepingEarlier(urn, dataset.info());
    out.mergeKeepingEarlier(urn, dataset.schema());
    if (!dataset.tags().isEmpty()) {
      out.mergeKeepingEarlier(urn, new Tags(dataset.tags()));
    }
    if (!dataset.terms().isEmpty()) {
      out.mergeKeepingEarlier(urn, new GlossaryLinks(dataset.terms()));
    }
    if (!dataset.checks().isEmpty()) {
      out.mergeKeepingEarlier(urn, new QualityChecks(dataset.checks()));
    }
    writeCommon(urn, owners, membership);
  }

  private void writeCommon(Urn urn, List<Owner> owners, Membership membership) {
    if (!owners.isEmpty()) {
      out.mergeKeepingEarlier(urn, new Ownership(owners));
    }
    if (membership != null) {
      out.upsert(urn, membership);
    }
  }

  /** The strictest freshness and the highest availability the output ports promise. */
  private static Sla combine(List<Sla> slas) {
    if (slas.isEmpty()) {
      return null;
    }
    Duration freshness = null;
    Double availability = null;
    for (Sla sla : slas) {
      if (sla.freshness() != null
          && (freshness == null || sla.freshness().compareTo(freshness) < 0)) {
        freshness = sla.freshness();
      }
      if (sla.availabilityPercent() != null
          && (availability == null || sla.availabilityPercent() > availability)) {
        availability = sla.availabilityPercent();
      }
    }
    return new Sla(freshness, availability, slas.getFirst().description());
  }
}

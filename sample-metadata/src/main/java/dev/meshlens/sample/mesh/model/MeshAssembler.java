package dev.meshlens.sample.mesh.model;

import dev.meshlens.sample.mesh.model.Drafts.JobDraft;
import dev.meshlens.sample.mesh.model.Drafts.PortDraft;
import dev.meshlens.sample.mesh.model.Drafts.ProductDraft;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Assembles the parsed blueprint into a {@link Mesh}: ports get contract ids, jobs get dataset
 * identities, and each product's input ports are derived from what its jobs read from other
 * products, so that the two can never disagree.
 */
final class MeshAssembler {
  private final BlueprintParser parser;
  private final Map<String, Dataset> datasets;
  private final Map<String, ProductDraft> drafts = new LinkedHashMap<>();

  MeshAssembler(BlueprintParser parser) {
    this.parser = parser;
    this.datasets = new DatasetResolver(parser.products).resolveAll();
    parser.products.forEach(p -> drafts.put(p.key(), p));
  }

  Mesh assemble(String company, Instant anchor) {
    List<Product> products = parser.products.stream().map(this::product).toList();
    return new Mesh(
        company, anchor, parser.domains, parser.teams, parser.people, parser.terms, products);
  }

  private Product product(ProductDraft p) {
    List<Dataset> own =
        p.datasets.stream().map(d -> datasets.get(p.key() + ":" + d.localName)).toList();
    List<Job> jobs = new ArrayList<>();
    for (JobDraft j : p.jobs) {
      String schedule = j.schedule() != null ? j.schedule() : p.dbtSchedule;
      jobs.add(
          new Job(
              p.domain,
              p.id,
              j.task(),
              j.kind(),
              Schedule.parse(schedule),
              ids(j.inputs(), p),
              ids(j.outputs(), p)));
    }
    List<OutputPort> ports = p.ports.stream().map(port -> outputPort(p, port)).toList();
    if (p.checkSchedule != null) {
      jobs.add(checkJob(p, own));
    }
    ProductText text = new ProductText(p.purpose, p.usage, p.limitations, p.tags);
    return new Product(
        p.domain,
        p.id,
        p.name,
        p.status,
        p.hourly,
        p.owner,
        text,
        ports,
        inputPorts(p),
        own,
        jobs,
        p.dbt);
  }

  private Job checkJob(ProductDraft p, List<Dataset> own) {
    List<DatasetId> checked =
        own.stream()
            .filter(d -> d.platform() == Platform.POSTGRES)
            .filter(d -> p.ports.stream().anyMatch(port -> port.datasets().contains(d.localName())))
            .map(Dataset::id)
            .toList();
    return new Job(
        p.domain,
        p.id,
        "run_quality_checks",
        JobKind.CHECK,
        Schedule.parse(p.checkSchedule),
        checked,
        List.of());
  }

  private OutputPort outputPort(ProductDraft p, PortDraft port) {
    int latency = p.latencyHours != null ? p.latencyHours : (p.hourly ? 2 : 24);
    for (String local : port.datasets()) {
      if (!datasets.containsKey(p.key() + ":" + local)) {
        throw new IllegalStateException(
            "Port " + port.name() + " of " + p.key() + " lists " + local);
      }
    }
    return new OutputPort(
        port.name(),
        port.version(),
        port.status(),
        port.contractName(),
        contractId(p, port),
        port.platform(),
        port.datasets(),
        port.description(),
        latency);
  }

  private static String contractId(ProductDraft p, PortDraft port) {
    return p.domain + "." + p.id + "." + port.contractName();
  }

  private List<InputPort> inputPorts(ProductDraft p) {
    Map<String, InputPort> ports = new LinkedHashMap<>();
    for (JobDraft j : p.jobs) {
      for (String ref : j.inputs()) {
        if (!ref.contains(":") || ref.startsWith(p.key() + ":")) {
          continue;
        }
        String owner = ref.substring(0, ref.indexOf(':'));
        String local = ref.substring(ref.indexOf(':') + 1);
        ProductDraft source = drafts.get(owner);
        PortDraft port =
            source == null
                ? null
                : source.ports.stream()
                    .filter(x -> x.datasets().contains(local) && !x.status().equals("deprecated"))
                    .findFirst()
                    .orElse(null);
        if (port == null) {
          throw new IllegalStateException(
              p.key() + " reads " + ref + " which no active port offers");
        }
        String id = contractId(source, port);
        ports.putIfAbsent(id, new InputPort(source.id + "-" + port.name(), port.version(), id));
      }
    }
    return List.copyOf(ports.values());
  }

  private List<DatasetId> ids(List<String> refs, ProductDraft from) {
    List<DatasetId> ids = new ArrayList<>();
    for (String ref : refs) {
      Dataset d = datasets.get(DatasetResolver.keyOf(ref, from));
      if (d == null) {
        throw new IllegalStateException(from.key() + " refers to unknown dataset " + ref);
      }
      ids.add(d.id());
    }
    return ids;
  }
}

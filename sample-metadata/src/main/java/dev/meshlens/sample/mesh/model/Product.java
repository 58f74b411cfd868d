package dev.meshlens.sample.mesh.model;

import java.util.List;
import java.util.Optional;

/**
 * A data product: its descriptor fields, ports, datasets and pipeline jobs.
 *
 * @param domain the domain id
 * @param id the product id, unique within the mesh
 * @param name display name
 * @param status active, deprecated, ...
 * @param hourly whether the product refreshes hourly (else daily)
 * @param owner e-mail of the product owner
 * @param text purpose, usage, limitations and tags
 * @param outputPorts output ports, each with a contract
 * @param inputPorts input ports, each pointing at another product's output contract
 * @param datasets every dataset the product owns (ports' and internal)
 * @param jobs the product's pipeline jobs
 * @param dbt the dbt project building the product, or null
 */
public record Product(
    String domain,
    String id,
    String name,
    String status,
    boolean hourly,
    String owner,
    ProductText text,
    List<OutputPort> outputPorts,
    List<InputPort> inputPorts,
    List<Dataset> datasets,
    List<Job> jobs,
    DbtProject dbt) {

  public Product {
    outputPorts = List.copyOf(outputPorts);
    inputPorts = List.copyOf(inputPorts);
    datasets = List.copyOf(datasets);
    jobs = List.copyOf(jobs);
  }

  public String key() {
    return domain + "/" + id;
  }

  /** The Postgres database name: the product id with underscores. */
  public String database() {
    return id.replace('-', '_');
  }

  public Optional<DbtProject> findDbt() {
    return Optional.ofNullable(dbt);
  }

  public Optional<Dataset> findDataset(String localName) {
    return datasets.stream().filter(d -> d.localName().equals(localName)).findFirst();
  }

  /** The datasets stored in the product's own (Postgres) database. */
  public List<Dataset> databaseDatasets() {
    return datasets.stream().filter(d -> d.platform() == Platform.POSTGRES).toList();
  }

  /** The output port exposing a dataset, if any. */
  public Optional<OutputPort> findPortOf(String localName) {
    return outputPorts.stream().filter(p -> p.datasets().contains(localName)).findFirst();
  }
}

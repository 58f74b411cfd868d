package dev.meshlens.sample.mesh.model;

import java.util.List;

/**
 * A pipeline job of a product. Its OpenLineage identity is namespace {@code <domain>-pipelines},
 * name {@code <domain>.<product>.<task>}.
 */
public record Job(
    String domain,
    String product,
    String task,
    JobKind kind,
    Schedule schedule,
    List<DatasetId> inputs,
    List<DatasetId> outputs) {

  public Job {
    inputs = List.copyOf(inputs);
    outputs = List.copyOf(outputs);
  }

  public String namespace() {
    return domain + "-pipelines";
  }

  public String name() {
    return domain + "." + product + "." + task;
  }

  public String productKey() {
    return domain + "/" + product;
  }
}

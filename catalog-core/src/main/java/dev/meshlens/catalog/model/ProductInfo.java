package dev.meshlens.catalog.model;

import java.util.List;

/**
 * A data product: what it is for, its lifecycle status, the ports through which it consumes (input)
 * and serves (output) data, and the SLA its output ports promise.
 */
public record ProductInfo(
    String name,
    String description,
    String status,
    List<Port> inputPorts,
    List<Port> outputPorts,
    Sla sla)
    implements Aspect {
  public ProductInfo {
    Checks.requireText(name, "name");
    inputPorts = Checks.list(inputPorts);
    outputPorts = Checks.list(outputPorts);
  }
}

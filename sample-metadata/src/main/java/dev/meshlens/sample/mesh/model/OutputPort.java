package dev.meshlens.sample.mesh.model;

import java.util.List;

/**
 * An output port of a product, described by one data contract.
 *
 * @param name port name
 * @param version port and contract version
 * @param status contract status (active, deprecated, draft)
 * @param contractName file stem of the contract under {@code contracts/}
 * @param contractId the contract id ({@code <domain>.<product>.<contractName>})
 * @param platform where the port's datasets live
 * @param datasets local names of the datasets the port exposes
 * @param description what the port offers
 * @param latencyHours the freshness SLA in hours
 */
public record OutputPort(
    String name,
    String version,
    String status,
    String contractName,
    String contractId,
    Platform platform,
    List<String> datasets,
    String description,
    int latencyHours) {

  public OutputPort {
    datasets = List.copyOf(datasets);
  }
}

package dev.meshlens.api.profile;

import dev.meshlens.catalog.Asset;
import dev.meshlens.catalog.model.ContractInfo;
import dev.meshlens.catalog.model.QualityCheck;
import dev.meshlens.catalog.model.Sla;
import java.util.List;

/** The data contract governing a dataset: its status, SLA and quality rules, and the port. */
public record ContractSection(
    String urn,
    String name,
    String version,
    String status,
    String port,
    Sla sla,
    List<QualityCheck> qualityRules) {

  static ContractSection of(Asset contract, String port) {
    ContractInfo info = contract.aspect(ContractInfo.class).orElse(null);
    return new ContractSection(
        contract.urn().toString(),
        contract.displayName(),
        info == null ? null : info.version(),
        info == null ? null : info.status(),
        port,
        info == null ? null : info.sla(),
        info == null ? List.of() : info.qualityRules());
  }
}

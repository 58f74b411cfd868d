package dev.meshlens.catalog.sqlite;

import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.health.DatasetFacts;
import dev.meshlens.catalog.health.HealthPolicy;
import dev.meshlens.catalog.health.UsageRanking;
import dev.meshlens.catalog.model.ContractInfo;
import dev.meshlens.catalog.model.ProductInfo;
import dev.meshlens.catalog.model.QualityCheck;
import dev.meshlens.catalog.sqlite.HealthMeshFacts.JobRuns;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a dataset's row and the mesh's facts into its {@link DatasetFacts}:
 *
 * <ul>
 *   <li>consumers: the distinct principals (people and jobs) of its usage events in the window,
 *       plus the jobs whose lineage reads it;
 *   <li>last successful update: the latest successful run end of a job whose lineage writes it,
 *       else when the catalog last saw it change; the SLA is the freshness of a contract governing
 *       it, else of its product, else the policy's default;
 *   <li>active checks: the declared checks ({@code qualityChecks}) that have a result, or every
 *       check with a result when none is declared;
 *   <li>broken contract: a governing contract whose status is {@code broken}, or one of whose
 *       quality rules failed at its latest result on the dataset.
 * </ul>
 */
final class HealthFactAssembler {
  private final HealthMeshFacts mesh;
  private final HealthPolicy policy;
  private final UsageRanking ranking;

  HealthFactAssembler(HealthMeshFacts mesh, HealthPolicy policy) {
    this.mesh = mesh;
    this.policy = policy;
    double[] used = new double[mesh.usage().size() + mesh.readers().size()];
    int n = 0;
    for (Map.Entry<String, long[]> e : mesh.usage().entrySet()) {
      used[n++] = damped(e.getKey());
    }
    for (String dataset : mesh.readers().keySet()) {
      if (!mesh.usage().containsKey(dataset)) {
        used[n++] = damped(dataset);
      }
    }
    double[] values = java.util.Arrays.copyOf(used, n);
    this.ranking = new UsageRanking(values, Math.max(mesh.datasets(), n));
  }

  private double damped(String dataset) {
    long[] u = mesh.usage().get(dataset);
    int readers = mesh.readers().getOrDefault(dataset, 0);
    return UsageRanking.damped(
        (u == null ? 0 : u[0]) + readers, u == null ? 0 : u[1], policy.queryWeight());
  }

  /** Whether the mesh has a usage log at all (else usage is unknown everywhere). */
  private boolean usageKnown() {
    return !mesh.usage().isEmpty();
  }

  /** The product of a dataset: its membership, else the product whose output port has it. */
  String productOf(HealthDatasetRow row) {
    return row.product() != null ? row.product() : mesh.productOfPort().get(row.urn());
  }

  DatasetFacts facts(HealthDatasetRow row) {
    List<String> producers = mesh.producers().getOrDefault(row.urn(), List.of());
    Set<String> contracts = mesh.contractsOf().getOrDefault(row.urn(), Set.of());
    Map<String, Boolean> checks = mesh.checks().getOrDefault(row.urn(), Map.of());
    return new DatasetFacts(
        Urn.parse(row.urn()),
        row.name(),
        usage(row.urn()),
        freshness(row, producers, contracts),
        quality(row, checks),
        reliability(producers),
        new DatasetFacts.Documentation(
            row.described(),
            row.owners(),
            row.columns(),
            row.documentedColumns(),
            !contracts.isEmpty()),
        brokenContract(contracts, checks));
  }

  private DatasetFacts.Usage usage(String dataset) {
    if (!usageKnown()) {
      return null;
    }
    long[] u = mesh.usage().get(dataset);
    int readers = mesh.readers().getOrDefault(dataset, 0);
    return new DatasetFacts.Usage(
        (int) ((u == null ? 0 : u[0]) + readers),
        readers,
        u == null ? 0 : u[1],
        u == null ? 0 : u[2],
        ranking.percentile(damped(dataset)));
  }

  private DatasetFacts.Freshness freshness(
      HealthDatasetRow row, List<String> producers, Set<String> contracts) {
    long lastRun = 0;
    for (String job : producers) {
      JobRuns runs = mesh.jobs().get(job);
      if (runs != null) {
        lastRun = Math.max(lastRun, runs.lastSuccess());
      }
    }
    Duration sla = null;
    String slaSource = "policy";
    for (String contract : contracts) {
      ContractInfo info = mesh.contracts().get(contract);
      if (info != null && info.sla() != null && info.sla().freshness() != null) {
        sla = info.sla().freshness();
        slaSource = "contract";
        break;
      }
    }
    String product = productOf(row);
    ProductInfo info = product == null ? null : mesh.products().get(product);
    if (sla == null && info != null && info.sla() != null && info.sla().freshness() != null) {
      sla = info.sla().freshness();
      slaSource = "product";
    }
    return new DatasetFacts.Freshness(
        Instant.ofEpochMilli(lastRun > 0 ? lastRun : row.updatedAt()),
        lastRun > 0 ? "run" : "catalog",
        sla == null ? policy.defaultSla() : sla,
        slaSource,
        mesh.now());
  }

  private static DatasetFacts.Quality quality(HealthDatasetRow row, Map<String, Boolean> checks) {
    int active = 0;
    int passed = 0;
    List<String> failing = new ArrayList<>();
    for (Map.Entry<String, Boolean> check : checks.entrySet()) {
      if (!row.declaredChecks().isEmpty() && !row.declaredChecks().contains(check.getKey())) {
        continue;
      }
      active++;
      if (check.getValue()) {
        passed++;
      } else {
        failing.add(check.getKey());
      }
    }
    failing.sort(null);
    return active == 0 ? null : new DatasetFacts.Quality(active, passed, failing);
  }

  private DatasetFacts.Reliability reliability(List<String> producers) {
    int finished = 0;
    int succeeded = 0;
    String incident = null;
    for (String job : producers) {
      JobRuns runs = mesh.jobs().get(job);
      if (runs == null) {
        continue;
      }
      finished += runs.finished();
      succeeded += runs.succeeded();
      if (incident == null && runs.openIncident()) {
        incident =
            "the latest run of "
                + Urn.parse(job).localName()
                + " failed at "
                + Instant.ofEpochMilli(runs.lastFailure())
                + (runs.lastSuccess() == 0 ? " and it never succeeded" : " with no success since");
      }
    }
    return finished == 0 && incident == null
        ? null
        : new DatasetFacts.Reliability(finished, succeeded, incident);
  }

  private String brokenContract(Set<String> contracts, Map<String, Boolean> checks) {
    for (String contract : contracts) {
      ContractInfo info = mesh.contracts().get(contract);
      if (info == null) {
        continue;
      }
      if (info.status() != null && "broken".equals(info.status().toLowerCase(Locale.ROOT))) {
        return "contract " + info.name() + " has status " + info.status();
      }
      for (QualityCheck rule : info.qualityRules()) {
        if (Boolean.FALSE.equals(checks.get(rule.id()))) {
          return "rule "
              + rule.id()
              + " of contract "
              + info.name()
              + " failed at its latest result";
        }
      }
    }
    return null;
  }
}

package dev.meshlens.catalog.sqlite;

import dev.meshlens.catalog.model.ContractInfo;
import dev.meshlens.catalog.model.ProductInfo;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The facts of the whole mesh a recompute reads once, before it reads the datasets chunk by chunk:
 * usage per dataset, lineage (producing and reading jobs), run statistics per job, the latest
 * result of each check, products, contracts and domains. Keys are URNs as text.
 *
 * @param now the end of the windows: the latest usage event or run end when before the clock
 * @param usage per dataset: distinct consumers and events in the window, events in the one before
 * @param producers per dataset, the jobs whose lineage writes it
 * @param readers per dataset, how many jobs' lineage reads it
 * @param jobs per job, its runs
 * @param checks per dataset, the latest result of each check
 * @param products per product URN
 * @param contracts per contract URN
 * @param contractsOf per dataset, the contracts governing it
 * @param productOfPort per output-port dataset, its product
 * @param names the names of products and domains
 * @param ids the asset ids of products and domains
 * @param datasets how many live datasets the mesh has
 */
record HealthMeshFacts(
    Instant now,
    Map<String, long[]> usage,
    Map<String, List<String>> producers,
    Map<String, Integer> readers,
    Map<String, JobRuns> jobs,
    Map<String, Map<String, Boolean>> checks,
    Map<String, ProductInfo> products,
    Map<String, ContractInfo> contracts,
    Map<String, Set<String>> contractsOf,
    Map<String, String> productOfPort,
    Map<String, String> names,
    Map<String, Long> ids,
    int datasets) {

  /**
   * A job's finished runs in the window, the successful ones, and the times (epoch ms, 0 when none)
   * of its latest success and its latest failure up to now.
   */
  record JobRuns(int finished, int succeeded, long lastSuccess, long lastFailure) {
    boolean openIncident() {
      return lastFailure > lastSuccess;
    }
  }
}

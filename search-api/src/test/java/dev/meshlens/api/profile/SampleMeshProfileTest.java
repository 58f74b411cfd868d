package dev.meshlens.api.profile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshlens.api.SampleMeshServer;
import dev.meshlens.catalog.Asset;
import dev.meshlens.catalog.AssetQuery;
import dev.meshlens.catalog.AssetSummary;
import dev.meshlens.catalog.CatalogStore;
import dev.meshlens.catalog.EntityType;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.JobLineage;
import dev.meshlens.catalog.model.QualityResult;
import dev.meshlens.catalog.model.Schema;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The profile of the sample mesh's most used dataset checked against facts computed from the store
 * directly: usage counts over day-aligned windows ending on the day of the latest usage event, the
 * columns of its schema, its direct upstream datasets from the jobs' lineage aspects, and the
 * latest result of each quality check.
 */
@ExtendWith(SampleMeshServer.Extension.class)
class SampleMeshProfileTest {

  @Test
  void the_most_used_dataset_shows_the_facts_the_store_holds(SampleMeshServer server) {
    CatalogStore store = server.meshlens().store();
    Instant now = store.latestUsage().orElseThrow();
    Instant tomorrow = now.truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(1));
    Instant from30 = tomorrow.minus(Duration.ofDays(30));
    Instant from90 = tomorrow.minus(Duration.ofDays(90));
    Urn dataset =
        store.usageByDataset(from30, tomorrow).entrySet().stream()
            .max(Map.Entry.<Urn, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
            .orElseThrow()
            .getKey();

    JsonNode profile = server.tree(server.get("/api/v1/assets/" + dataset.toPathSegment()).body());

    assertThat(profile.path("urn").asText()).isEqualTo(dataset.toString());
    assertThat(profile.path("usage").path("last30Days").path("events").asLong())
        .isEqualTo(store.countUsage(dataset, from30, tomorrow))
        .isPositive();
    assertThat(profile.path("usage").path("last90Days").path("events").asLong())
        .isEqualTo(store.countUsage(dataset, from90, tomorrow));
    Asset asset = store.loadAsset(dataset);
    assertThat(profile.path("schema").path("columns").findValuesAsText("name"))
        .containsExactlyElementsOf(
            asset.aspect(Schema.class).orElseThrow().fields().stream().map(f -> f.name()).toList());
    assertThat(profile.path("lineage").path("upstream").path("count").asInt())
        .isEqualTo(upstreamOf(store, dataset).size());
    Map<String, Boolean> latest = new LinkedHashMap<>();
    for (QualityResult r : store.qualityResults(dataset, 500)) {
      latest.putIfAbsent(r.checkId(), r.passed());
    }
    JsonNode quality = profile.path("quality");
    for (JsonNode check : quality.path("latest")) {
      if (check.has("passed")) {
        assertThat(check.path("passed").asBoolean())
            .as(check.path("check").asText())
            .isEqualTo(latest.get(check.path("check").asText()));
      }
    }
    assertThat(quality.path("known").asBoolean()).isEqualTo(!latest.isEmpty());
  }

  /** The inputs of every job whose lineage aspect writes {@code dataset}. */
  private static Set<Urn> upstreamOf(CatalogStore store, Urn dataset) {
    Set<Urn> upstream = new HashSet<>();
    List<AssetSummary> jobs =
        store
            .listAssets(new AssetQuery(EntityType.JOB, null, 1, AssetQuery.MAX_SIZE, false))
            .items();
    for (Asset job : store.findAssets(jobs.stream().map(AssetSummary::urn).toList()).values()) {
      job.aspect(JobLineage.class)
          .filter(l -> l.outputs().contains(dataset))
          .ifPresent(l -> upstream.addAll(l.inputs()));
    }
    return upstream;
  }
}

package dev.meshlens.api.scores;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshlens.api.SampleMeshServer;
import dev.meshlens.catalog.health.HealthPolicy;
import dev.meshlens.catalog.health.RecomputeSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every product and domain of the sample mesh gets a health score once it is crawled. */
@ExtendWith(SampleMeshServer.Extension.class)
class SampleMeshHealthTest {

  @Test
  void every_product_and_domain_has_a_score(SampleMeshServer server) {
    RecomputeSummary summary = server.meshlens().healthScores().recomputeNow("test");
    assertThat(summary.products()).isGreaterThan(20);

    JsonNode products = server.tree(server.get("/api/v1/products?size=500").body());
    assertThat(products.get("total").asInt()).isEqualTo(summary.products());
    for (JsonNode product : products.get("items")) {
      assertThat(product.get("health").get("score").isNumber())
          .as(product.get("urn").asText() + " has a score")
          .isTrue();
      JsonNode health =
          server.tree(
              server.get("/api/v1/products/" + product.get("urn").asText() + "/health").body());
      assertThat(health.get("components")).hasSize(5);
      assertThat(health.get("ports")).isNotEmpty();
    }
    JsonNode domains = server.tree(server.get("/api/v1/domains?size=500").body());
    assertThat(domains.get("total").asInt()).isEqualTo(summary.domains());
    for (JsonNode domain : domains.get("items")) {
      assertThat(domain.get("health").get("grade").isTextual())
          .as(domain.get("urn").asText() + " has a grade")
          .isTrue();
    }
    JsonNode usage =
        server.tree(server.get("/api/v1/domains/sales/health").body()).get("components").get(0);
    assertThat(usage.get("value").isNumber()).as("the sample mesh has a usage log").isTrue();
  }

  @Test
  void search_hits_carry_the_grade_of_their_health_score_under_the_servers_policy(
      SampleMeshServer server) {
    JsonNode hits =
        server.tree(server.get("/api/v1/search?q=orders&type=dataset&size=50").body()).get("hits");
    HealthPolicy.Grades grades = HealthPolicy.defaults().grades();
    int graded = 0;
    for (JsonNode hit : hits) {
      JsonNode health = hit.get("health");
      String expected = health.isNull() ? null : grades.of(health.asDouble());
      assertThat(hit.get("healthGrade").isNull() ? null : hit.get("healthGrade").asText())
          .as(hit.get("name").asText() + " at " + health)
          .isEqualTo(expected);
      graded += expected == null ? 0 : 1;
    }
    assertThat(graded).as("datasets with a score among the hits").isPositive();
  }
}

package dev.meshlens.lineage;

import static dev.meshlens.lineage.SmallMesh.ANALYTICS_TEAM;
import static dev.meshlens.lineage.SmallMesh.C360;
import static dev.meshlens.lineage.SmallMesh.CRM_TEAM;
import static dev.meshlens.lineage.SmallMesh.ORDERS_PRODUCT;
import static dev.meshlens.lineage.SmallMesh.PROFILE;
import static dev.meshlens.lineage.SmallMesh.SEGMENTS_PRODUCT;
import static dev.meshlens.lineage.SmallMesh.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.Field;
import dev.meshlens.catalog.model.Schema;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LineageQueriesTest extends StoreFixture {
  LineageGraph graph;

  @BeforeEach
  void mesh() {
    SmallMesh.write(store);
    graph = open();
  }

  @Test
  void column_lineage_carries_the_transformation_type() {
    LineageResult result =
        graph.lineage(
            new LineageRequest(
                col("customers", "email"), Direction.DOWNSTREAM, 5, Level.COLUMN, 100));

    assertThat(result.nodes())
        .extracting(LineageNode::urn, LineageNode::distance)
        .containsExactlyInAnyOrder(
            tuple(col("customers", "email"), 0),
            tuple(col("customer_360", "email_hash"), 1),
            tuple(col("customer_360", "is_active"), 1),
            tuple(col("tmp_segments", "email_hash"), 2),
            tuple(col("segments", "email_hash"), 3));
    assertThat(result.edges())
        .contains(
            new LineageEdge(
                col("customers", "email"),
                col("customer_360", "email_hash"),
                job("build_c360"),
                "DIRECT/TRANSFORMATION"),
            new LineageEdge(
                col("tmp_segments", "email_hash"),
                col("segments", "email_hash"),
                job("publish_segments"),
                null))
        .hasSize(4);
    assertThat(result.truncated()).isFalse();
  }

  @Test
  void pii_propagates_downstream_naming_the_upstream_pii_column_but_not_through_a_filter() {
    Urn origin = col("raw_customers", "email");

    assertThat(graph.inferredPii(ds("segments")))
        .containsExactly(new InferredPii(col("segments", "email_hash"), origin, 4));
    assertThat(graph.inferredPii(ds("customer_360")))
        .as("is_active is only filtered by the e-mail")
        .containsExactly(new InferredPii(col("customer_360", "email_hash"), origin, 2));
    assertThat(graph.inferredPii(col("customers", "email")).getFirst().tag())
        .isEqualTo("pii:inferred from " + origin);
    assertThat(graph.inferredPii(col("customers", "country"))).isEmpty();
  }

  @Test
  void both_ways_walks_each_side_separately() {
    LineageResult result = graph.lineage(LineageRequest.of(ds("customer_360")).withDepth(1));

    assertThat(result.nodes())
        .extracting(LineageNode::urn, LineageNode::distance)
        .containsExactlyInAnyOrder(
            tuple(ds("customer_360"), 0),
            tuple(ds("customers"), 1),
            tuple(ds("orders"), 1),
            tuple(ds("tmp_segments"), 1));
    assertThat(result.limits().nodesBeyondDepth())
        .as("raw_customers, raw_orders upstream; segments downstream")
        .isEqualTo(3);
    assertThat(result.truncated()).isTrue();
  }

  @Test
  void path_follows_data_flow_either_way() {
    LineagePath down = graph.path(ds("raw_customers"), ds("segments")).orElseThrow();
    LineagePath up = graph.path(ds("segments"), ds("raw_customers")).orElseThrow();

    assertThat(down.direction()).isEqualTo(Direction.DOWNSTREAM);
    assertThat(down.nodes())
        .extracting(LineageNode::urn)
        .containsExactly(
            ds("raw_customers"),
            ds("customers"),
            ds("customer_360"),
            ds("tmp_segments"),
            ds("segments"));
    assertThat(down.edges())
        .extracting(LineageEdge::via)
        .containsExactly(
            job("load_customers"),
            job("build_c360"),
            job("build_segments"),
            job("publish_segments"));
    assertThat(up.direction()).isEqualTo(Direction.UPSTREAM);
    assertThat(up.nodes())
        .extracting(LineageNode::urn)
        .containsExactlyElementsOf(down.nodes().reversed().stream().map(LineageNode::urn).toList());
    assertThat(up.edges())
        .as("edges keep the direction data flows")
        .containsExactlyElementsOf(down.edges().reversed());
    assertThat(graph.path(ds("orders"), ds("raw_customers"))).isEmpty();
    assertThat(
            graph
                .path(col("raw_customers", "email"), col("segments", "email_hash"))
                .orElseThrow()
                .length())
        .isEqualTo(4);
  }

  @Test
  void impact_lists_datasets_products_domains_and_owners_by_usage() {
    Impact impact = graph.impact(ds("raw_customers"));

    assertThat(impact.datasets())
        .extracting(ImpactedAsset::urn, ImpactedAsset::distance, ImpactedAsset::usage)
        .containsExactly(
            tuple(ds("segments"), 4, 10L),
            tuple(ds("customer_360"), 2, 5L),
            tuple(ds("customers"), 1, 1L),
            tuple(ds("tmp_segments"), 3, 0L));
    assertThat(impact.products())
        .extracting(ImpactedAsset::urn, ImpactedAsset::distance, ImpactedAsset::usage)
        .containsExactly(
            tuple(SEGMENTS_PRODUCT, 4, 10L), tuple(C360, 2, 5L), tuple(PROFILE, 1, 1L));
    assertThat(impact.domains())
        .extracting(ImpactedAsset::urn, ImpactedAsset::usage)
        .containsExactly(tuple(Urn.domain("marketing"), 10L), tuple(Urn.domain("customer"), 6L));
    assertThat(impact.owners())
        .extracting(ImpactedAsset::urn, ImpactedAsset::distance, ImpactedAsset::usage)
        .containsExactly(tuple(ANALYTICS_TEAM, 2, 5L), tuple(CRM_TEAM, 1, 1L));
    assertThat(impact.truncated()).isFalse();
  }

  @Test
  void products_consume_products_through_dataset_lineage_and_datasets_of_no_product() {
    ProductLineage c360 = graph.productLineage(C360);

    assertThat(c360.consumes())
        .containsExactly(
            new ProductLink(C360, PROFILE, List.of(ds("customers"))),
            new ProductLink(C360, ORDERS_PRODUCT, List.of(ds("orders"))));
    assertThat(c360.consumedBy())
        .as("through tmp_segments, which belongs to no product")
        .containsExactly(new ProductLink(SEGMENTS_PRODUCT, C360, List.of(ds("customer_360"))));
    assertThat(graph.productLineage(PROFILE).consumes()).isEmpty();
  }

  @Test
  void the_derived_graph_states_product_consumption_and_inferred_pii_for_sparql() {
    String pii =
        "PREFIX ml: <https://meshlens.dev/ns#> PREFIX dcat: <http://www.w3.org/ns/dcat#>"
            + " SELECT ?column ?origin WHERE { ?column ml:piiInferredFrom ?origin ;"
            + " dcat:keyword 'pii:inferred' } ORDER BY ?column";
    String consumes =
        "PREFIX ml: <https://meshlens.dev/ns#>"
            + " SELECT ?consumer ?producer WHERE { ?consumer ml:consumesProduct ?producer }"
            + " ORDER BY ?consumer ?producer";

    assertThat(Sparql.select(graph.dataset(), pii))
        .containsExactly(
            List.of(
                col("customer_360", "email_hash").toString(),
                col("raw_customers", "email").toString()),
            List.of(col("customers", "email").toString(), col("raw_customers", "email").toString()),
            List.of(
                col("segments", "email_hash").toString(), col("raw_customers", "email").toString()),
            List.of(
                col("tmp_segments", "email_hash").toString(),
                col("raw_customers", "email").toString()));
    assertThat(Sparql.select(graph.dataset(), consumes))
        .contains(List.of(C360.toString(), PROFILE.toString()))
        .contains(List.of(SEGMENTS_PRODUCT.toString(), C360.toString()))
        .hasSize(3);

    store.apply(
        Batch.builder(SmallMesh.SOURCE)
            .upsert(ds("raw_customers"), Schema.of(List.of(Field.of("email", "text"))))
            .build());
    graph.catchUp();
    assertThat(Sparql.select(graph.dataset(), pii)).as("no PII declared any more").isEmpty();
  }

  @Test
  void a_product_starts_a_walk_from_all_its_datasets() {
    LineageResult result =
        graph.lineage(LineageRequest.of(PROFILE).withDirection(Direction.DOWNSTREAM).withDepth(1));

    assertThat(urns(result))
        .containsExactlyInAnyOrder(ds("raw_customers"), ds("customers"), ds("customer_360"));
  }
}

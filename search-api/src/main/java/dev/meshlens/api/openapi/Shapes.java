package dev.meshlens.api.openapi;

import static dev.meshlens.api.openapi.SchemaParts.array;
import static dev.meshlens.api.openapi.SchemaParts.choice;
import static dev.meshlens.api.openapi.SchemaParts.codes;
import static dev.meshlens.api.openapi.SchemaParts.dateTime;
import static dev.meshlens.api.openapi.SchemaParts.namespaced;
import static dev.meshlens.api.openapi.SchemaParts.number;
import static dev.meshlens.api.openapi.SchemaParts.object;
import static dev.meshlens.api.openapi.SchemaParts.page;
import static dev.meshlens.api.openapi.SchemaParts.required;
import static dev.meshlens.api.openapi.SchemaParts.text;
import static dev.meshlens.api.openapi.SchemaParts.urn;

import dev.meshlens.catalog.ApplyResult;
import dev.meshlens.catalog.EntityType;
import dev.meshlens.catalog.access.AuditEntry;
import dev.meshlens.catalog.model.AspectKind;
import dev.meshlens.catalog.model.QualityResult;
import dev.meshlens.catalog.model.Run;
import dev.meshlens.catalog.model.UsageEvent;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.util.Arrays;
import java.util.List;

/**
 * The shapes no public record holds: request bodies read by hand (a batch, an OpenLineage event, an
 * edit, a token request) and the answers of the profile, health and access routes, described from
 * their issue. Records the API answers with are derived instead ({@link Shape#of}, {@link
 * Shape#record}).
 */
final class Shapes {
  private Shapes() {}

  static final Shape TEXT = Shape.inline(StringSchema::new);

  static final Shape BATCH =
      Shape.named(
          "Batch",
          c ->
              object(
                      "One batch of metadata from one source, applied in one transaction or not at all")
                  .addProperty(
                      "source",
                      text("The source that says this (required unless the route names it)"))
                  .addProperty("actor", text("Who or what sent it"))
                  .addProperty("upserts", array(upsert(c)))
                  .addProperty("removals", array(urn("An asset to soft-delete")))
                  .addProperty("runs", array(Shape.of(Run.class).resolve(c)))
                  .addProperty("usage", array(Shape.of(UsageEvent.class).resolve(c)))
                  .addProperty("qualityResults", array(Shape.of(QualityResult.class).resolve(c))));

  static final Shape RUN_EVENT =
      Shape.named(
          "RunEvent",
          c ->
              required(
                  object(
                          "An OpenLineage RunEvent (https://openlineage.io/spec/2-0-2/OpenLineage.json),"
                              + " validated against that schema; other fields and facets are kept")
                      .addProperty(
                          "eventType",
                          choice("START", "RUNNING", "COMPLETE", "ABORT", "FAIL", "OTHER"))
                      .addProperty("eventTime", dateTime())
                      .addProperty("producer", text("A URI naming the producer"))
                      .addProperty("schemaURL", text("The OpenLineage schema version of the event"))
                      .addProperty("run", object("The run").addProperty("runId", text("A UUID")))
                      .addProperty("job", namespaced("The job"))
                      .addProperty("inputs", array(namespaced("A dataset read")))
                      .addProperty("outputs", array(namespaced("A dataset written"))),
                  "eventTime",
                  "producer",
                  "schemaURL",
                  "run",
                  "job"));

  static final Shape ASSET_PROFILE =
      Shape.named(
          "AssetProfile",
          c -> {
            Schema<?> profile =
                object(
                        "Everything about one asset of any type (dataset, column, product, domain,"
                            + " job, glossary term). A part that is unknown is present and says why.")
                    .addProperty("urn", urn("The asset"))
                    .addProperty("type", choice(codes(EntityType.values())))
                    .addProperty("name", text("Its display name"))
                    .addProperty("domain", urn("Its domain"))
                    .addProperty("product", urn("Its product"));
            for (String part :
                List.of(
                    "owners",
                    "description",
                    "tags",
                    "glossaryTerms",
                    "classification",
                    "schema",
                    "contract",
                    "lineage",
                    "usage",
                    "quality",
                    "freshness",
                    "runs",
                    "health",
                    "history",
                    "related")) {
              profile.addProperty(part, new Schema<>().description("The asset's " + part));
            }
            return profile;
          });

  static final Shape ASSET_EDIT =
      Shape.named(
          "AssetEdit",
          c ->
              object(
                      "The curated metadata to set on an asset; a field left out is left as it is."
                          + " Edits are versioned, audited and never overwritten by a crawl.")
                  .addProperty("description", text("The new description"))
                  .addProperty("tags", array(text("A tag")))
                  .addProperty("owners", array(urn("An owner")))
                  .addProperty("glossaryTerms", array(urn("A glossary term"))));

  static final Shape EDITED = ASSET_PROFILE;

  static final Shape GRADE =
      Shape.named(
          "HealthGrade",
          c ->
              object("A health score on 0-100 (null when no signal is known) and its grade")
                  .addProperty("score", number())
                  .addProperty("grade", text("The grade the policy gives the score")));

  static final Shape LEADERBOARD = Shape.record("dev.meshlens.api.scores.HealthViews$Board");

  static final Shape PRODUCT_HEALTH =
      Shape.record("dev.meshlens.api.scores.HealthViews$ProductHealth");

  static final Shape DOMAINS = Shape.record("dev.meshlens.api.scores.HealthViews$Board");

  static final Shape DOMAIN_HEALTH =
      Shape.record("dev.meshlens.api.scores.HealthViews$DomainHealth");

  static final Shape RECOMPUTED = Shape.record("dev.meshlens.api.scores.HealthViews$Recomputed");

  static final Shape TOKEN_REQUEST =
      Shape.named(
          "TokenRequest",
          c ->
              required(
                  object("A token to create")
                      .addProperty("name", text("What the token is for"))
                      .addProperty("role", choice("reader", "owner", "steward", "crawler", "admin"))
                      .addProperty("domains", array(text("A domain an owner token may edit")))
                      .addProperty("expiresIn", text("How long it lives: 90d, 12h, 30m or PT2160H"))
                      .addProperty("expiresAt", dateTime()),
                  "name",
                  "role"));

  static final Shape TOKEN = Shape.record("dev.meshlens.api.admin.TokenView");

  static final Shape TOKEN_CREATED = TOKEN;

  static final Shape TOKENS = Shape.record("dev.meshlens.api.admin.TokenHandler$TokenList");

  static final Shape AUDIT =
      Shape.named("AuditPage", c -> page(Shape.of(AuditEntry.class).resolve(c)));

  static final Shape ME = Shape.record("dev.meshlens.api.admin.MeHandler$Me");

  static final Shape APPLIED = Shape.of(ApplyResult.class);

  private static Schema<?> upsert(ComponentSchemas c) {
    Schema<?> value = new Schema<>().description("The aspect's value; its shape depends on aspect");
    for (AspectKind kind : AspectKind.values()) {
      value.addAnyOfItem(Shape.of(kind.type()).resolve(c));
    }
    return required(
        object("One aspect of one asset")
            .addProperty("urn", urn("The asset"))
            .addProperty(
                "aspect", choice(Arrays.stream(AspectKind.values()).map(AspectKind::code).toList()))
            .addProperty("value", value),
        "urn",
        "aspect",
        "value");
  }
}

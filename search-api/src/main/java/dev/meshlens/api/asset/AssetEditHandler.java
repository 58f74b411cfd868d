package dev.meshlens.api.asset;

import static io.javalin.apibuilder.ApiBuilder.patch;

import dev.meshlens.api.auth.Access;
import dev.meshlens.api.auth.AuditTrail;
import dev.meshlens.api.auth.Caller;
import dev.meshlens.api.auth.ForbiddenException;
import dev.meshlens.api.ingest.JsonBody;
import dev.meshlens.api.profile.ProfileService;
import dev.meshlens.catalog.Asset;
import dev.meshlens.catalog.AssetNotFoundException;
import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.CatalogStore;
import dev.meshlens.catalog.EntityType;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.AspectKind;
import dev.meshlens.catalog.model.DatasetInfo;
import dev.meshlens.catalog.model.GlossaryLinks;
import dev.meshlens.catalog.model.Ownership;
import dev.meshlens.catalog.model.Tags;
import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.Context;

/**
 * {@code PATCH /api/v1/assets/<urn>}: a person edits an asset's description, tags, owners and
 * glossary terms (owners within their domains, stewards and admins anywhere). The edit is a batch
 * from source {@code user:<token name>}, the token's name as actor, so the store versions it and,
 * as {@code user} sources come first, no crawl overrides it. Answers the asset as updated.
 *
 * <p>Lists are the person's own: {@code tags: ["gold"]} sets the tags this person states to exactly
 * {@code gold}, which the asset shows together with the tags its crawled sources state (tags,
 * owners and glossary terms are united across sources); an empty list withdraws the person's. A
 * crawled tag cannot be removed here: it is removed at its source. A description is single-valued:
 * the person's replaces the crawled one. Descriptions are editable on datasets, whose info merges
 * attribute by attribute; other assets' info aspects are taken whole from one source, so a person's
 * copy would hide later crawls (their descriptions are edited at their descriptor).
 */
public final class AssetEditHandler {
  private final CatalogStore store;
  private final JsonBody body;
  private final ProfileService profiles;

  /** Answers an edit with the asset's profile, as {@code GET /api/v1/assets/<urn>} shows it. */
  public AssetEditHandler(CatalogStore store, JsonBody body, ProfileService profiles) {
    this.store = store;
    this.body = body;
    this.profiles = profiles;
  }

  public EndpointGroup routes() {
    return () -> patch("/api/v1/assets/<urn>", this::edit, Access.EDIT);
  }

  private void edit(Context ctx) {
    Urn urn = Urn.parse(ctx.pathParam("urn"));
    Caller caller = Caller.of(ctx);
    Asset asset =
        store
            .findAsset(urn)
            .filter(a -> !a.deleted() && caller.sees(a))
            .orElseThrow(() -> new AssetNotFoundException(urn));
    if (!caller.mayEdit(asset)) {
      throw new ForbiddenException(
          "'" + caller.name() + "' may edit the assets of " + caller.domains() + " only");
    }
    AssetEdit edit =
        AssetEdit.parse(body.object(ctx, "an edit {description?, tags?, owners?, glossaryTerms?}"));
    if (edit.isEmpty()) {
      throw new IllegalArgumentException(
          "The edit changes nothing: give description, tags, owners or glossaryTerms");
    }
    store.apply(batch(asset, edit, caller.name()));
    AuditTrail.summary(ctx, "edited " + String.join(", ", edit.fields()));
    ctx.json(profiles.profile(urn, caller));
  }

  private static Batch batch(Asset asset, AssetEdit edit, String person) {
    Urn urn = asset.urn();
    EntityType type = urn.type();
    Batch.Builder batch = Batch.builder("user:" + person).actor(person);
    if (edit.description() != null) {
      require(type == EntityType.DATASET, "description", "datasets");
      batch.upsert(urn, new DatasetInfo(null, edit.description(), null, null, null, null, null));
    }
    if (edit.tags() != null) {
      require(AspectKind.TAGS.appliesTo(type), "tags", AspectKind.TAGS);
      batch.upsert(urn, new Tags(edit.tags()));
    }
    if (edit.owners() != null) {
      require(AspectKind.OWNERSHIP.appliesTo(type), "owners", AspectKind.OWNERSHIP);
      batch.upsert(urn, new Ownership(edit.owners()));
    }
    if (edit.glossaryTerms() != null) {
      require(
          AspectKind.GLOSSARY_TERMS.appliesTo(type), "glossaryTerms", AspectKind.GLOSSARY_TERMS);
      batch.upsert(urn, new GlossaryLinks(edit.glossaryTerms()));
    }
    return batch.build();
  }

  private static void require(boolean applies, String field, Object where) {
    if (!applies) {
      String types =
          where instanceof AspectKind kind
              ? kind.appliesTo().stream().map(EntityType::code).sorted().toList().toString()
              : where.toString();
      throw new IllegalArgumentException(field + " is editable on " + types + " only");
    }
  }
}

package dev.meshlens.api.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshlens.api.auth.AccessFixture.Who;
import dev.meshlens.catalog.AspectVersion;
import dev.meshlens.catalog.Asset;
import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.CatalogStore;
import dev.meshlens.catalog.CrawlStatus;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.AspectKind;
import dev.meshlens.catalog.model.DatasetInfo;
import dev.meshlens.catalog.model.Field;
import dev.meshlens.catalog.model.Schema;
import dev.meshlens.catalog.model.Tag;
import dev.meshlens.catalog.model.Tags;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tokens, edits and the audit log through a real server on a small seeded catalog. */
class AccessApiTest {
  static final String ORDERS = "/api/v1/assets/" + AccessFixture.ORDERS.toPathSegment();

  @TempDir Path dir;
  AccessFixture server;
  CatalogStore store;

  @BeforeEach
  void start() throws Exception {
    server = AccessFixture.start(dir, true);
    store = server.meshlens.store();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  JsonNode problem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    return server.tree(response.body());
  }

  @ParameterizedTest
  @CsvSource({
    "UNKNOWN, token-unknown, The token is not known here, token unknown",
    "EXPIRED, token-expired, The token 'admin-all' expired at, token expired",
    "REVOKED, token-revoked, The token 'gone' was revoked at, token revoked"
  })
  void a_bad_token_is_a_401_saying_which_and_changes_nothing(
      Who who, String type, String detail, String description) {
    long before = store.lastSequence();

    for (HttpResponse<String> answer :
        List.of(
            server.send("PATCH", ORDERS, "{\"tags\": [\"x\"]}", who),
            server.send("POST", "/api/v1/ingest", "{\"source\": \"push:x\"}", who),
            server.get("/api/v1/search?q=orders", who))) {
      JsonNode problem = problem(answer, 401);
      assertThat(problem.path("type").asText()).endsWith("/" + type);
      assertThat(problem.path("detail").asText()).startsWith(detail);
      assertThat(answer.headers().firstValue("WWW-Authenticate"))
          .hasValue(
              "Bearer realm=\"meshlens\", error=\"invalid_token\", error_description=\""
                  + description
                  + "\"");
    }
    assertThat(store.lastSequence()).as("nothing was written").isEqualTo(before);
  }

  @Test
  void a_write_without_a_token_is_a_401_and_a_malformed_header_too() {
    HttpResponse<String> none =
        server.send("POST", "/api/v1/ingest", "{\"source\": \"p:x\"}", Who.ANONYMOUS);
    assertThat(problem(none, 401).path("detail").asText())
        .isEqualTo("This route needs a token: send Authorization: Bearer <token>");
    assertThat(none.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"meshlens\"");

    HttpResponse<String> basic =
        server.send(
            server
                .request("/api/v1/search?q=orders", Who.ANONYMOUS)
                .header("Authorization", "Basic YWxhZGRpbjpvcGVuc2VzYW1l")
                .build());
    assertThat(problem(basic, 401).path("detail").asText())
        .isEqualTo("The Authorization header must be 'Bearer <token>'");
  }

  @Test
  void a_token_without_the_right_is_a_403_naming_what_it_lacks() {
    JsonNode problem = problem(server.send("POST", "/api/v1/ingest", "{}", Who.READER), 403);
    assertThat(problem.path("detail").asText())
        .isEqualTo("A reader's token may not use POST /api/v1/ingest (it needs ingest access)");
    assertThat(
            problem(server.send("PATCH", ORDERS, "{\"tags\": [\"x\"]}", Who.OWNER_OUT), 403)
                .path("detail")
                .asText())
        .isEqualTo("'owner-hr' may edit the assets of [urn:meshlens:domain:hr] only");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"colour\": \"red\"}|Unknown field 'colour' (editable: description, tags, owners, glossaryTerms)",
        "{\"tags\": \"gold\"}|tags must be an array of strings",
        "{\"tags\": [\"gold\", 7]}|tags must be an array of strings, got NUMBER",
        "{\"tags\": [\"-bad\"]}|tags: Invalid tag '-bad'",
        "{\"description\": 42}|description must be a non-blank string",
        "{\"owners\": [\"ana\"]}|owners: 'ana' is not a URN",
        "{\"glossaryTerms\": [\"urn:meshlens:owner:ana\"]}|glossaryTerms: 'urn:meshlens:owner:ana' is a owner URN, not a term URN",
        "{}|The edit changes nothing: give description, tags, owners or glossaryTerms",
        "[1]|",
        "not json|"
      })
  void a_malformed_edit_is_a_400_naming_the_field_and_applies_nothing(String body, String detail) {
    long before = store.lastSequence();

    JsonNode problem = problem(server.send("PATCH", ORDERS, body, Who.STEWARD), 400);

    assertThat(problem.path("detail").asText()).startsWith(detail == null ? "" : detail);
    assertThat(store.lastSequence()).as("nothing was written").isEqualTo(before);
  }

  @Test
  void a_description_is_editable_on_datasets_only() {
    String product = "/api/v1/assets/" + AccessFixture.PRODUCT.toPathSegment();
    JsonNode problem =
        problem(server.send("PATCH", product, "{\"description\": \"Better\"}", Who.OWNER_IN), 400);
    assertThat(problem.path("detail").asText())
        .isEqualTo("description is editable on datasets only");
  }

  @Test
  void an_owner_edits_an_asset_of_their_domain_as_a_versioned_user_source_and_it_is_audited() {
    HttpResponse<String> answer =
        server.send(
            "PATCH",
            ORDERS,
            "{\"description\": \"Every order, curated\", \"tags\": [\"gold\"],"
                + " \"owners\": [\"urn:meshlens:owner:ana\"],"
                + " \"glossaryTerms\": [\"urn:meshlens:term:order\"]}",
            Who.OWNER_IN);

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    JsonNode asset = server.tree(answer.body());
    assertThat(asset.path("aspects").path("datasetInfo").path("description").asText())
        .isEqualTo("Every order, curated");
    assertThat(
            asset
                .path("aspects")
                .path("datasetInfo")
                .path("classification")
                .path("sensitivity")
                .asText())
        .as("what the person did not edit stays as crawled")
        .isEqualToIgnoringCase("internal");
    Asset stored = store.loadAsset(AccessFixture.ORDERS);
    AspectVersion tags = stored.versionsOf(AspectKind.TAGS).getFirst();
    assertThat(tags.source()).isEqualTo("user:owner-sales");
    assertThat(tags.actor()).isEqualTo("owner-sales");

    JsonNode audit = server.tree(server.get("/api/v1/audit?actor=owner-sales", Who.STEWARD).body());
    assertThat(audit.path("total").asInt()).isOne();
    JsonNode entry = audit.path("items").get(0);
    assertThat(entry.path("method").asText()).isEqualTo("PATCH");
    assertThat(entry.path("route").asText()).isEqualTo("/api/v1/assets/<urn>");
    assertThat(entry.path("target").asText()).isEqualTo(AccessFixture.ORDERS.toString());
    assertThat(entry.path("status").asInt()).isEqualTo(200);
    assertThat(entry.path("outcome").asText()).isEqualTo("done");
    assertThat(entry.path("summary").asText())
        .isEqualTo("edited description, tags, owners, glossaryTerms");
  }

  @Test
  void denied_writes_are_audited_as_denied_and_reads_are_not_audited() {
    server.send("POST", "/api/v1/ingest", "{\"source\": \"push:x\"}", Who.READER);
    server.send("DELETE", "/api/v1/tokens/1", null, Who.UNKNOWN);
    server.get("/api/v1/search?q=orders", Who.READER);

    JsonNode items = server.tree(server.get("/api/v1/audit", Who.ADMIN).body()).path("items");
    assertThat(items).hasSize(2);
    assertThat(items.get(0).path("actor").asText()).isEqualTo("anonymous");
    assertThat(items.get(0).path("route").asText()).isEqualTo("/api/v1/tokens/{id}");
    assertThat(items.get(0).path("status").asInt()).isEqualTo(401);
    assertThat(items.get(0).path("outcome").asText()).isEqualTo("denied");
    assertThat(items.get(1).path("actor").asText()).isEqualTo("reader-all");
    assertThat(items.get(1).path("outcome").asText()).isEqualTo("denied");
    assertThat(items.get(1).path("summary").asText()).startsWith("Forbidden: A reader's token");
  }

  @Test
  void an_admin_issues_lists_and_revokes_tokens_and_the_secret_is_shown_once() {
    HttpResponse<String> created =
        server.send(
            "POST",
            "/api/v1/tokens",
            "{\"name\": \"ana\", \"role\": \"owner\", \"domains\": [\"sales\"], \"expiresIn\": \"90d\"}",
            Who.ADMIN);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode token = server.tree(created.body());
    String secret = token.path("secret").asText();
    assertThat(secret).startsWith("mlt_");

    server.secrets.put(Who.ANONYMOUS, secret); // call as ana
    JsonNode me = server.tree(server.get("/api/v1/me", Who.ANONYMOUS).body());
    assertThat(me.path("name").asText()).isEqualTo("ana");
    assertThat(me.path("role").asText()).isEqualTo("owner");
    assertThat(me.path("domains").get(0).asText()).isEqualTo("urn:meshlens:domain:sales");
    assertThat(me.path("expiresAt").asText()).isNotEmpty();

    String list = server.get("/api/v1/tokens", Who.ADMIN).body();
    assertThat(list).contains("\"ana\"").doesNotContain("mlt_");

    long id = token.path("id").asLong();
    assertThat(server.send("DELETE", "/api/v1/tokens/" + id, null, Who.ADMIN).statusCode())
        .isEqualTo(200);
    assertThat(problem(server.get("/api/v1/me", Who.ANONYMOUS), 401).path("type").asText())
        .endsWith("/token-revoked");
    assertThat(
            problem(server.send("DELETE", "/api/v1/tokens/999", null, Who.ADMIN), 404)
                .path("detail")
                .asText())
        .isEqualTo("No token with id 999");
  }

  @Test
  void a_bad_token_request_is_a_400_naming_the_rule() {
    JsonNode problem =
        problem(
            server.send(
                "POST", "/api/v1/tokens", "{\"name\": \"ana\", \"role\": \"owner\"}", Who.ADMIN),
            400);
    assertThat(problem.path("detail").asText())
        .isEqualTo("an owner's token needs at least one domain");
    assertThat(
            problem(
                    server.send(
                        "POST",
                        "/api/v1/tokens",
                        "{\"name\": \"x\", \"role\": \"god\"}",
                        Who.ADMIN),
                    400)
                .path("detail")
                .asText())
        .isEqualTo("Unknown role 'god' (known: reader, owner, steward, crawler, admin)");
  }

  @Test
  void anonymous_me_says_who_and_whether_reading_is_open() {
    JsonNode me = server.tree(server.get("/api/v1/me", Who.ANONYMOUS).body());
    assertThat(me.path("anonymous").asBoolean()).isTrue();
    assertThat(me.path("name").asText()).isEqualTo("anonymous");
    assertThat(me.path("canRead").asBoolean()).isTrue();
  }

  @Test
  void a_persons_edit_survives_a_recrawl_of_the_source_it_edited() throws Exception {
    crawl();
    Urn table = store.assetsStatedBy("jdbc:shop").getFirst();
    String path = "/api/v1/assets/" + table.toPathSegment();
    HttpResponse<String> edit =
        server.send(
            "PATCH",
            path,
            "{\"description\": \"Curated by hand\", \"tags\": [\"curated\"]}",
            Who.STEWARD);
    assertThat(edit.statusCode()).as(edit.body()).isEqualTo(200);

    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("shop.sqlite"));
        Statement st = db.createStatement()) {
      st.execute("ALTER TABLE orders ADD COLUMN coupon TEXT");
    }
    crawl();
    store.apply(
        Batch.builder("odcs:shop")
            .upsert(table, new DatasetInfo(null, "From the contract", null, null, null, null, null))
            .upsert(table, new Tags(List.of(new Tag("contracted"))))
            .build());

    Asset asset = store.loadAsset(table);
    assertThat(asset.aspect(Schema.class).orElseThrow().fields())
        .extracting(Field::name)
        .as("the recrawl did apply")
        .contains("coupon");
    assertThat(asset.aspect(DatasetInfo.class).orElseThrow().description())
        .isEqualTo("Curated by hand");
    assertThat(asset.aspect(Tags.class).orElseThrow().tags())
        .extracting(Tag::name)
        .as("a person's tags join the crawled ones")
        .contains("curated", "contracted");
  }

  private void crawl() throws InterruptedException {
    int before = store.crawlRuns("jdbc:shop", 100).size();
    HttpResponse<String> run = server.send("POST", "/api/v1/sources/shop/runs", null, Who.ADMIN);
    assertThat(run.statusCode()).as(run.body()).isEqualTo(202);
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (System.nanoTime() < deadline) {
      var runs = store.crawlRuns("jdbc:shop", 100);
      if (runs.size() > before && runs.getFirst().status() != CrawlStatus.RUNNING) {
        assertThat(runs.getFirst().status()).isEqualTo(CrawlStatus.SUCCEEDED);
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the crawl did not finish in 30 s");
  }
}

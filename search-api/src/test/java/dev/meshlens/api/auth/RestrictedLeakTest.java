package dev.meshlens.api.auth;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshlens.api.SampleMeshServer;
import dev.meshlens.catalog.AssetQuery;
import dev.meshlens.catalog.EntityType;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.access.AssetAccess;
import dev.meshlens.catalog.access.Role;
import dev.meshlens.catalog.access.TokenRequest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sample mesh's restricted dataset "Three way match" ({@code three_way_match} of accounts
 * payable, finance: its invoice columns are confidential) is invisible to readers, anonymous
 * callers and other domains' owners everywhere they could look, while stewards and finance's owners
 * see it. Checked: its name and its URN (the accounts payable product's public description does
 * mention the table, as its owners wrote it).
 */
@ExtendWith(SampleMeshServer.Extension.class)
class RestrictedLeakTest {
  static final String NAME = "Three way match";
  static final String TABLE = "three_way_match";

  static SampleMeshServer server;
  static Map<String, String> callers = new LinkedHashMap<>();
  static String steward;
  static String financeOwner;
  static Urn restricted;

  @BeforeAll
  static void start(SampleMeshServer shared) {
    server = shared;
    steward = token("leak-steward", Role.STEWARD, List.of());
    financeOwner = token("leak-finance", Role.OWNER, List.of(Urn.domain("finance")));
    callers.put("anonymous", null);
    callers.put("reader", token("leak-reader", Role.READER, List.of()));
    callers.put("sales owner", token("leak-sales", Role.OWNER, List.of(Urn.domain("sales"))));
    JsonNode hits = json(get("/api/v1/search?q=" + TABLE, steward)).path("hits");
    for (JsonNode hit : hits) {
      if (hit.path("name").asText().equals(NAME)) {
        restricted = Urn.parse(hit.path("urn").asText());
      }
    }
    assertThat(restricted).as("a steward finds %s in the sample mesh", NAME).isNotNull();
  }

  static String token(String name, Role role, List<Urn> domains) {
    return server
        .meshlens()
        .store()
        .access()
        .createToken(new TokenRequest(name, role, domains, null), Instant.now())
        .secret();
  }

  static HttpResponse<String> get(String pathAndQuery, String secret) {
    return get(pathAndQuery, secret, null);
  }

  static HttpResponse<String> get(String pathAndQuery, String secret, String accept) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + pathAndQuery));
    // an explicit header, so the shared server's test client does not add its admin's
    b.header("Authorization", secret == null ? "Bearer " : "Bearer " + secret);
    if (accept != null) {
      b.header("Accept", accept);
    }
    HttpRequest request = b.build();
    if (secret == null) {
      request =
          HttpRequest.newBuilder(request, (n, v) -> !n.equalsIgnoreCase("Authorization")).build();
      return server.sendAnonymously(request);
    }
    return server.send(request);
  }

  static JsonNode json(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return server.tree(response.body());
  }

  static String q(Object value) {
    return URLEncoder.encode(value.toString(), UTF_8);
  }

  /** Every answer the probes got, by description; none may name the restricted dataset. */
  static Map<String, String> answersTo(String secret) {
    Map<String, String> answers = new LinkedHashMap<>();
    for (String query :
        List.of(
            TABLE,
            "\"three way match\"",
            "three",
            "three_way",
            "match",
            "thre_way_mtch",
            "payables")) {
      answers.put(
          "search " + query, get("/api/v1/search?explain=true&q=" + q(query), secret).body());
    }
    answers.put("search everything (facets)", get("/api/v1/search?size=100", secret).body());
    answers.put(
        "search domain:finance",
        get("/api/v1/search?size=100&domain=" + q(Urn.domain("finance")), secret).body());
    for (String prefix : List.of("thr", "three", "three_w", "three_way_m")) {
      answers.put("suggest " + prefix, get("/api/v1/suggest?q=" + q(prefix), secret).body());
    }
    for (Urn neighbour : neighbours()) {
      answers.put(
          "lineage of " + neighbour,
          get("/api/v1/lineage?direction=both&depth=3&urn=" + q(neighbour), secret).body());
      answers.put(
          "column lineage of " + neighbour,
          get("/api/v1/lineage?direction=both&depth=3&level=column&urn=" + q(neighbour), secret)
              .body());
      answers.put(
          "impact of " + neighbour,
          get("/api/v1/lineage/impact?urn=" + q(neighbour), secret).body());
    }
    List<Urn> n = neighbours();
    answers.put(
        "path across it",
        get("/api/v1/lineage/path?from=" + q(n.getFirst()) + "&to=" + q(n.getLast()), secret)
            .body());
    for (String type :
        List.of(
            "text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples")) {
      answers.put("dcat " + type, get("/api/v1/export/dcat", secret, type).body());
    }
    answers.put("bad search syntax", get("/api/v1/search?q=" + q("name:(" + TABLE), secret).body());
    answers.put("sparql", get("/sparql?query=" + q("SELECT * { ?s ?p ?o }"), secret).body());
    answers.put("me", get("/api/v1/me", secret).body());
    return answers;
  }

  /** The datasets next to the restricted one, as a steward sees them. */
  static List<Urn> neighbours() {
    JsonNode graph =
        json(get("/api/v1/lineage?direction=both&depth=2&urn=" + q(restricted), steward));
    List<Urn> found = new ArrayList<>();
    for (JsonNode node : graph.path("nodes")) {
      Urn urn = Urn.parse(node.path("urn").asText());
      if (!urn.equals(restricted) && node.path("type").asText().equals("dataset")) {
        found.add(urn);
      }
    }
    assertThat(found).as("the restricted dataset has lineage neighbours").isNotEmpty();
    return found;
  }

  @Test
  void stewards_and_the_owners_of_its_domain_see_it() {
    for (String secret : List.of(steward, financeOwner)) {
      assertThat(get("/api/v1/search?q=" + TABLE, secret).body()).contains(NAME);
      assertThat(get("/api/v1/suggest?q=three", secret).body()).contains(NAME);
      assertThat(get("/api/v1/export/dcat", secret).body()).contains(NAME);
    }
  }

  @Test
  void no_answer_to_a_reader_an_anonymous_caller_or_another_domains_owner_names_it() {
    for (Map.Entry<String, String> caller : callers.entrySet()) {
      Map<String, String> answers = answersTo(caller.getValue());
      answers.forEach((probe, body) ->
          assertThat(body.toLowerCase(Locale.ROOT))
              .as("%s: %s", caller.getKey(), probe)
              .doesNotContain(NAME.toLowerCase(Locale.ROOT))
              .doesNotContain(restricted.toString().toLowerCase(Locale.ROOT)));
    }
  }

  @Test
  void lineage_around_it_shows_a_redacted_node_where_it_is() {
    Urn neighbour = neighbours().getFirst();
    JsonNode graph =
        json(
            get(
                "/api/v1/lineage?direction=both&depth=2&urn=" + q(neighbour),
                callers.get("reader")));
    List<JsonNode> redacted = new ArrayList<>();
    graph
        .path("nodes")
        .forEach(n -> {
          if (n.path("redacted").asBoolean()) {
            redacted.add(n);
          }
        });
    assertThat(redacted).as("the restricted dataset is a redacted node").isNotEmpty();
    JsonNode node = redacted.getFirst();
    assertThat(node.has("urn")).isFalse();
    assertThat(node.has("name")).isFalse();
    String ref = node.path("ref").asText();
    List<String> ends = new ArrayList<>(graph.path("edges").findValuesAsText("from"));
    ends.addAll(graph.path("edges").findValuesAsText("to"));
    assertThat(ends).as("its edges still connect").contains(ref);
  }

  @Test
  void asking_about_it_by_urn_is_answered_as_for_an_asset_that_does_not_exist() {
    Urn unknown = Urn.dataset(restricted.part(0), "nowhere.public.no_such_table");
    for (String route : List.of("/api/v1/lineage?urn=", "/api/v1/lineage/impact?urn=")) {
      for (String secret : new String[] {null, callers.get("reader")}) {
        JsonNode hidden = server.tree(get(route + q(restricted), secret).body());
        JsonNode missing = server.tree(get(route + q(unknown), secret).body());
        assertThat(hidden.path("status").asInt()).isEqualTo(404);
        assertThat(hidden.path("type")).isEqualTo(missing.path("type"));
        assertThat(hidden.path("title")).isEqualTo(missing.path("title"));
        assertThat(hidden.path("detail").asText().replace(restricted.toString(), "?"))
            .isEqualTo(missing.path("detail").asText().replace(unknown.toString(), "?"));
      }
    }
  }

  @Test
  void the_asset_list_and_profile_do_not_show_it() {
    long everything =
        json(get("/api/v1/assets?type=dataset&size=1", steward)).path("total").asLong();
    long hidden =
        server
            .meshlens()
            .store()
            .listAssets(AssetQuery.all(1, AssetQuery.MAX_SIZE))
            .items()
            .stream()
            .filter(a -> a.type() == EntityType.DATASET)
            .map(a -> server.meshlens().store().loadAsset(a.urn()))
            .filter(AssetAccess::restricted)
            .count();
    assertThat(hidden).as("restricted datasets in the sample mesh").isPositive();
    for (String secret : new String[] {null, callers.get("reader")}) {
      String page = get("/api/v1/assets?type=dataset&size=500", secret).body();
      assertThat(page).doesNotContain(NAME);
      assertThat(server.tree(page).path("total").asLong())
          .as("the total counts only what the caller may see")
          .isEqualTo(everything - hidden);
      assertThat(get("/api/v1/assets/" + restricted.toPathSegment(), secret).statusCode())
          .isEqualTo(404);
    }
  }
}

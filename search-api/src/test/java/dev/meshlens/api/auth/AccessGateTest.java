package dev.meshlens.api.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshlens.api.http.Problems;
import dev.meshlens.catalog.access.Role;
import dev.meshlens.catalog.access.TokenRequest;
import dev.meshlens.catalog.sqlite.SqliteCatalogStore;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The access check on a bare Javalin: a route that declares no level is refused to everyone. */
class AccessGateTest {
  @TempDir Path dir;

  @Test
  void a_route_without_an_access_level_is_refused_to_everyone_even_an_admin() throws Exception {
    try (SqliteCatalogStore store = SqliteCatalogStore.open(dir.resolve("catalog.db"))) {
      String admin =
          store
              .access()
              .createToken(new TokenRequest("root", Role.ADMIN, List.of(), null), Instant.now())
              .secret();
      AccessGate gate = new AccessGate(store.access(), true, Clock.systemUTC());
      Javalin app =
          Javalin.create(config -> {
            Problems.register(config);
            gate.register(config);
            config.routes.get("/forgotten", ctx -> ctx.result("secret things"));
            config.routes.get("/declared", ctx -> ctx.result("fine"), Access.READ);
          });
      app.start(0);
      try {
        HttpClient http = HttpClient.newHttpClient();
        for (String auth : new String[] {null, "Bearer " + admin}) {
          HttpRequest.Builder forgotten =
              HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + "/forgotten"));
          if (auth != null) {
            forgotten.header("Authorization", auth);
          }
          HttpResponse<String> answer =
              http.send(forgotten.build(), HttpResponse.BodyHandlers.ofString());
          assertThat(answer.statusCode()).isEqualTo(403);
          assertThat(answer.body())
              .contains("This route declares no access level, so nobody may use it")
              .doesNotContain("secret things");
        }
        HttpResponse<String> declared =
            http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + "/declared"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(declared.body()).isEqualTo("fine");
      } finally {
        app.stop();
      }
    }
  }
}

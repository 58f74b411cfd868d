package dev.meshlens.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.meshlens.api.Meshlens;
import dev.meshlens.api.ServerConfig;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code meshlens token} in-process through picocli, then its token against a real server. */
class TokenCommandTest {
  static final Pattern SECRET = Pattern.compile("secret: (mlt_\\S+)");

  @TempDir Path data;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();
  final HttpClient http = HttpClient.newHttpClient();

  int token(String... args) {
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    List<String> all = new ArrayList<>(List.of("token"));
    all.addAll(List.of(args));
    all.addAll(List.of("--data", data.toString()));
    return cli.execute(all.toArray(String[]::new));
  }

  HttpResponse<String> me(Meshlens server, String secret) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(server.url() + "/api/v1/me"))
            .header("Authorization", "Bearer " + secret)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void a_token_created_on_the_data_directory_works_against_a_server_on_it() throws Exception {
    int code =
        token(
            "create", "--name", "ana", "--role", "owner", "--domain", "sales", "--expires", "90d");

    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString())
        .startsWith("token 1 'ana' owner of sales, created ")
        .contains(", expires ")
        .contains("Keep the secret now: it is not stored and cannot be shown again.");
    Matcher m = SECRET.matcher(out.toString());
    assertThat(m.find()).isTrue();
    String secret = m.group(1);

    try (Meshlens server =
        Meshlens.start(
            ServerConfig.defaults().withPort(0).withDataDir(data).withSampleMesh(false))) {
      HttpResponse<String> answer = me(server, secret);
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
      JsonNode me = new ObjectMapper().readTree(answer.body());
      assertThat(me.path("name").asText()).isEqualTo("ana");
      assertThat(me.path("role").asText()).isEqualTo("owner");
      assertThat(me.path("domains").get(0).asText()).isEqualTo("urn:meshlens:domain:sales");

      out.getBuffer().setLength(0);
      assertThat(token("revoke", "1")).as(err.toString()).isZero();
      assertThat(out.toString()).contains("token 1 'ana' owner of sales").contains(", revoked ");
      assertThat(me(server, secret).statusCode())
          .as("revoked while the server runs")
          .isEqualTo(401);
    }
    out.getBuffer().setLength(0);
    assertThat(token("list")).isZero();
    assertThat(out.toString()).doesNotContain(secret).endsWith("1 tokens\n");
  }

  @Test
  void bad_arguments_exit_2_with_the_rule() {
    assertThat(token("create", "--name", "ana", "--role", "owner")).isEqualTo(2);
    assertThat(err.toString()).contains("meshlens: an owner's token needs at least one domain");
    assertThat(token("create", "--name", "bot", "--role", "crawler", "--expires", "soon"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("Invalid token lifetime 'soon'");
    assertThat(token("revoke", "42")).isEqualTo(2);
    assertThat(err.toString()).contains("meshlens: No token with id 42");
  }
}

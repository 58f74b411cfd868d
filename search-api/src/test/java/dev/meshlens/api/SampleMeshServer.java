package dev.meshlens.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One server on the sample mesh for every test class that asks for it (a parameter of this type,
 * with {@code @ExtendWith(SampleMeshServer.Extension.class)}): started once, when first asked,
 * ready (the sample mesh crawled, the lineage graph caught up, health scored), and closed when the
 * test run ends. Tests must not change its catalog.
 */
public final class SampleMeshServer implements AutoCloseable {
  private final Path dir;
  private final Meshlens meshlens;
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final ObjectMapper json = new ObjectMapper();

  private SampleMeshServer(Path dir) throws Exception {
    this.dir = dir;
    this.meshlens = Meshlens.start(ServerConfig.defaults().withPort(0).withDataDir(dir));
    long deadline = System.nanoTime() + 90_000_000_000L;
    while (get("/health").statusCode() != 200 && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertThat(get("/health").statusCode()).as("the sample mesh loads within 90 s").isEqualTo(200);
    meshlens.lineageGraph().catchUp();
    // the first health scores now, not some seconds after ready, so that rankings stay put
    HttpResponse<String> scored =
        send(
            HttpRequest.newBuilder(URI.create(url() + "/api/v1/health/recompute"))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
    assertThat(scored.statusCode()).as(scored.body()).isEqualTo(200);
  }

  public Meshlens meshlens() {
    return meshlens;
  }

  public String url() {
    return "http://localhost:" + meshlens.port();
  }

  public HttpResponse<String> get(String pathAndQuery) {
    return send(HttpRequest.newBuilder(URI.create(url() + pathAndQuery)).build());
  }

  public HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(
          TestAuth.authorized(request, meshlens), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Sends the request as it is, without the admin token {@link #send} adds. */
  public HttpResponse<String> sendAnonymously(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public JsonNode tree(String body) {
    try {
      return json.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    meshlens.close();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }

  /** Resolves a {@link SampleMeshServer} parameter to the one shared server. */
  public static final class Extension implements ParameterResolver {
    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
      return parameter.getParameter().getType() == SampleMeshServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
      return context
          .getRoot()
          .getStore(ExtensionContext.Namespace.GLOBAL)
          .getOrComputeIfAbsent(
              SampleMeshServer.class,
              key -> {
                try {
                  return new SampleMeshServer(Files.createTempDirectory("meshlens-sample-mesh"));
                } catch (Exception e) {
                  throw new IllegalStateException("The sample mesh server did not start", e);
                }
              },
              SampleMeshServer.class);
    }
  }
}

package dev.meshlens.api.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.meshlens.api.Meshlens;
import dev.meshlens.api.ServerConfig;
import dev.meshlens.api.TestAuth;
import dev.meshlens.catalog.CatalogStore;
import dev.meshlens.catalog.Urn;
import dev.meshlens.lineage.LineageGraph;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * A real server on port 0 on the catalog of a folder (empty unless a test wrote one there first, no
 * sample mesh), and a real HTTP client to push to it and read from it.
 */
public final class PushServer implements AutoCloseable {
  public static final String JSON = "application/json; charset=UTF-8";

  private final Meshlens meshlens;
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final ObjectMapper json = new ObjectMapper();

  private PushServer(Meshlens meshlens) {
    this.meshlens = meshlens;
  }

  public static PushServer start(Path dir) {
    return start(dir, ServerConfig.defaults().maxRequestBytes());
  }

  public static PushServer start(Path dir, long maxRequestBytes) {
    return start(
        ServerConfig.defaults()
            .withPort(0)
            .withDataDir(dir)
            .withSampleMesh(false)
            .withMaxRequestBytes(maxRequestBytes));
  }

  /** A server with {@code config} (its port should be 0, its sample mesh off). */
  public static PushServer start(ServerConfig config) {
    return new PushServer(Meshlens.start(config));
  }

  public Meshlens meshlens() {
    return meshlens;
  }

  /** The secret of an admin token of this server. */
  public String adminSecret() {
    return TestAuth.admin(meshlens).substring("Bearer ".length());
  }

  public String url() {
    return meshlens.url();
  }

  public CatalogStore store() {
    return meshlens.store();
  }

  /** The server's lineage graph ({@code catchUp()} waits for what the catalog committed). */
  public LineageGraph lineageGraph() {
    return meshlens.lineageGraph();
  }

  public HttpResponse<String> post(String path, String body) {
    return post(path, JSON, body.getBytes(UTF_8));
  }

  public HttpResponse<String> post(String path, String contentType, byte[] body) {
    return send(request(path, contentType, body).build());
  }

  public HttpResponse<String> postGzip(String path, String body) {
    return send(
        request(path, JSON, gzip(body.getBytes(UTF_8))).header("Content-Encoding", "gzip").build());
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

  public HttpRequest.Builder request(String path, String contentType, byte[] body) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(url() + path))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    return contentType == null ? builder : builder.header("Content-Type", contentType);
  }

  /** {@code GET /api/v1/assets/{urn}} as a tree; a missing asset is a tree with status 404. */
  public JsonNode asset(Urn urn) {
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(URI.create(url() + "/api/v1/assets/" + urn.toPathSegment()))
                .build());
    return tree(response.body());
  }

  public JsonNode tree(String body) {
    try {
      return json.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  @Override
  public void close() {
    meshlens.close();
  }
}

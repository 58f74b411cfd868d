package dev.meshlens.api.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.meshlens.catalog.Urn;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Lineage over HTTP: {@code GET /api/v1/lineage?urn=&direction=&depth=} of a running server, from
 * client threads each with its own keep-alive connection ({@link PlainHttpConnection}), either at a
 * fixed rate, open loop ({@link Load#openLoop}: latency from the time a request was due), or one
 * request at a time from one client, each answer's size noted; or one request to read the nodes
 * answered. The node cap is the server's default. Any answer but 200 fails the load.
 */
final class GraphApi {
  /** Client threads (HTTP connections): enough to keep sending on time through a slow answer. */
  static final int CLIENTS = 16;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI server;
  private final int depth;

  GraphApi(String serverUrl, int depth) {
    this.server = URI.create(serverUrl);
    this.depth = depth;
  }

  /** The path and query asking for the lineage of {@code start}, the default node cap. */
  String path(Urn start, boolean upstream) {
    return "/api/v1/lineage?urn="
        + URLEncoder.encode(start.toString(), UTF_8)
        + "&direction="
        + (upstream ? "upstream" : "downstream")
        + "&depth="
        + depth;
  }

  /** Each request's latency (nanoseconds) and the size of its answer (characters). */
  record Measured(long[] nanos, long[] sizes) {}

  /**
   * Offers {@code count} requests at {@code rate} per second, request {@code i} from start {@code i
   * % starts.size()}; each latency runs from the request's due time.
   */
  Measured load(String name, List<Urn> starts, boolean upstream, double rate, int count) {
    return run(Load.openLoop(name, rate, CLIENTS), starts, upstream, count);
  }

  /** Sends {@code count} requests one after the other from one client, nothing else waiting. */
  Measured oneAtATime(String name, List<Urn> starts, boolean upstream, int count) {
    return run(Load.closedLoop(name, 1), starts, upstream, count);
  }

  private Measured run(Load load, List<Urn> starts, boolean upstream, int count) {
    List<String> paths = starts.stream().map(s -> path(s, upstream)).toList();
    long[] sizes = new long[count];
    long[] nanos = load.run(count, () -> client(i -> paths.get(i % paths.size()), sizes)).nanos();
    return new Measured(nanos, sizes);
  }

  private Load.Client client(IntFunction<String> paths, long[] sizes) throws IOException {
    PlainHttpConnection http = new PlainHttpConnection(server);
    return new Load.Client() {
      @Override
      public void send(int i) throws IOException {
        String path = paths.apply(i);
        PlainHttpConnection.Answer answer = http.get(path);
        if (answer.status() != 200) {
          throw new IllegalStateException(
              "GET " + path + " answered " + answer.status() + ": " + answer.body());
        }
        sizes[i] = answer.body().length();
      }

      @Override
      public void close() throws IOException {
        http.close();
      }
    };
  }

  /**
   * Asks once and reads the nodes answered; checks that the answer was walked under {@code
   * nodeCap}, the cap the other walks use.
   */
  LineageAnswers answers(int nodeCap) {
    return (start, upstream) -> nodes(start, upstream, nodeCap);
  }

  private LineageAnswers.Nodes nodes(Urn start, boolean upstream, int nodeCap) {
    String path = path(start, upstream);
    try (PlainHttpConnection http = new PlainHttpConnection(server)) {
      PlainHttpConnection.Answer answer = http.get(path);
      if (answer.status() != 200) {
        throw new IllegalStateException(
            "GET " + path + " answered " + answer.status() + ": " + answer.body());
      }
      JsonNode body = JSON.readTree(answer.body());
      Set<Urn> urns = new HashSet<>();
      for (JsonNode node : body.path("nodes")) {
        urns.add(Urn.parse(node.path("urn").asText()));
      }
      if (body.path("limits").path("nodeCap").asInt() != nodeCap) {
        throw new IllegalStateException(
            "GET "
                + path
                + " walked under another node cap than "
                + nodeCap
                + ": "
                + answer.body());
      }
      return new LineageAnswers.Nodes(urns, body.path("truncated").asBoolean());
    } catch (IOException e) {
      throw new UncheckedIOException("GET " + path + " failed", e);
    }
  }
}

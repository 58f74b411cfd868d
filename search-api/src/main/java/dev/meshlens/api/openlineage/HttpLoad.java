package dev.meshlens.api.openlineage;

import dev.meshlens.api.bench.Load;
import dev.meshlens.api.bench.PlainHttpConnection;
import java.io.IOException;
import java.net.URI;
import java.util.List;

/**
 * Posts events to {@code POST /api/v1/lineage} from several clients at once, each with its own
 * keep-alive HTTP/1.1 connection ({@link PlainHttpConnection}) sending its next event as soon as
 * the previous one was answered (a {@link Load#closedLoop closed loop}); the events are taken in
 * order from one shared list. Records each event's time from send to answer. Any answer other than
 * 201 stops the load and fails it.
 */
final class HttpLoad {
  private final URI endpoint;
  private final List<byte[]> events;
  private final String authorization;

  /** Posts as the holder of {@code token} (a crawler's or an admin's secret). */
  HttpLoad(String serverUrl, List<byte[]> events, String token) {
    this.endpoint = URI.create(serverUrl + "/api/v1/lineage");
    this.events = events;
    this.authorization = "Bearer " + token;
  }

  /** Sends every event with {@code clients} clients; returns each event's latency in nanos. */
  long[] run(int clients) {
    return Load.closedLoop("lineage push", clients).run(events.size(), this::client).nanos();
  }

  private Load.Client client() throws IOException {
    PlainHttpConnection http = new PlainHttpConnection(endpoint, authorization);
    return new Load.Client() {
      @Override
      public void send(int i) throws IOException {
        PlainHttpConnection.Answer response = http.post(events.get(i));
        if (response.status() != 201) {
          throw new IllegalStateException(
              "Event " + i + " got " + response.status() + ": " + response.body());
        }
      }

      @Override
      public void close() throws IOException {
        http.close();
      }
    };
  }
}

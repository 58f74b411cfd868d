package dev.meshlens.api.openlineage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshlens.api.ingest.PushServer;
import dev.meshlens.catalog.model.RunState;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Concurrent pushes share transactions; a bad event among them fails alone. */
class ConcurrentPushTest {
  @Test
  void concurrent_clients_get_201_for_good_events_and_400_for_bad_ones(@TempDir Path dir)
      throws Exception {
    List<String> events = SyntheticRunEvents.generate(400, 7);
    String bad = events.get(0).replace("\"runId\"", "\"runIdentifier\"");
    try (PushServer server = PushServer.start(dir)) {
      ExecutorService clients = Executors.newFixedThreadPool(8);
      List<Future<Integer>> answers = new ArrayList<>();
      List<Future<Integer>> badAnswers = new ArrayList<>();
      for (int i = 0; i < events.size(); i++) {
        String event = events.get(i);
        answers.add(clients.submit(() -> server.post("/api/v1/lineage", event).statusCode()));
        if (i % 40 == 0) {
          badAnswers.add(clients.submit(() -> status(server.post("/api/v1/lineage", bad))));
        }
      }
      for (Future<Integer> answer : answers) {
        assertThat(answer.get()).isEqualTo(201);
      }
      for (Future<Integer> answer : badAnswers) {
        assertThat(answer.get()).isEqualTo(400);
      }
      clients.shutdown();

      for (String event : events) {
        String runId = server.tree(event).path("run").path("runId").asText();
        assertThat(server.store().findRun(runId))
            .hasValueSatisfying(run -> assertThat(run.state()).isEqualTo(RunState.COMPLETE));
      }
    }
  }

  private static int status(HttpResponse<String> response) {
    assertThat(response.body()).contains("/run", "runId");
    return response.statusCode();
  }
}

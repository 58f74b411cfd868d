package dev.meshlens.api.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LoadTest {

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void latency_runs_from_the_time_a_request_was_due_so_waiting_for_a_client_counts() {
    // one client, a request due every 10 ms, each answered in 30 ms: request i starts about
    // 20 ms * i late, and that lateness is part of its latency
    Load.Result result = Load.openLoop("test", 100, 1).run(10, () -> i -> sleep(30));

    assertThat(result.nanos()[0] / 1e6).isBetween(29.0, 200.0);
    assertThat(result.nanos()[9] / 1e6)
        .as("the tenth waited for the nine before")
        .isGreaterThan(200);
    assertThat(result.wallNanos() / 1e6).isGreaterThan(290);
  }

  @Test
  void requests_are_sent_at_the_rate_however_many_clients_wait() {
    AtomicInteger sent = new AtomicInteger();
    Load.Result result = Load.openLoop("test", 200, 8).run(100, () -> i -> sent.incrementAndGet());

    assertThat(sent).hasValue(100);
    assertThat(result.wallNanos() / 1e9)
        .as("100 requests at 200/s take half a second, not less")
        .isBetween(0.49, 2.0);
  }

  @Test
  void a_closed_loop_sends_each_next_request_when_the_last_was_answered() {
    Load.Result result = Load.closedLoop("test", 2).run(10, () -> i -> sleep(20));

    assertThat(Arrays.stream(result.nanos()).max().orElseThrow() / 1e6)
        .as("latency is the answer's time alone, nothing waits for a due time")
        .isBetween(19.0, 150.0);
    assertThat(result.wallNanos() / 1e6)
        .as("10 requests of 20 ms on 2 clients")
        .isBetween(99.0, 1000.0);
  }

  @Test
  void a_failed_request_fails_the_run() {
    assertThatThrownBy(() ->
            Load.openLoop("test", 1000, 2)
                .run(
                    50,
                    () ->
                        i -> {
                          if (i == 7) {
                            throw new IllegalStateException("request 7 answered 500");
                          }
                        }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("test failed")
        .hasMessageContaining("request 7 answered 500");
  }
}

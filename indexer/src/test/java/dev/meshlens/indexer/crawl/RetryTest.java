package dev.meshlens.indexer.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshlens.indexer.crawl.support.UnreadableDocumentException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RetryTest {
  private final List<Duration> waits = new ArrayList<>();

  private static SourceUnreadableException unreadable(Throwable cause) {
    return new SourceUnreadableException("Cannot read the source: " + cause.getMessage(), cause);
  }

  static Stream<Arguments> failures() {
    return Stream.of(
        Arguments.of(unreadable(new SQLException("Connection refused", "08001")), true),
        Arguments.of(unreadable(new SQLNonTransientConnectionException("reset", "08006")), true),
        Arguments.of(unreadable(new SQLException("[SQLITE_CANTOPEN] Unable to open")), true),
        Arguments.of(unreadable(new IOException("Stale file handle")), true),
        Arguments.of(new SourceUnreadableException("No such file or folder: /mnt/mesh"), true),
        Arguments.of(new UncheckedIOException(new IOException("Input/output error")), true),
        Arguments.of(
            unreadable(new SQLException("password authentication failed", "28P01")), false),
        Arguments.of(
            unreadable(new SQLException("database \"shop\" does not exist", "3D000")), false),
        Arguments.of(unreadable(new SQLSyntaxErrorException("syntax error")), false),
        Arguments.of(unreadable(new IllegalArgumentException("Not a JDBC URL")), false),
        Arguments.of(unreadable(new UnreadableDocumentException("not well-formed JSON")), false),
        Arguments.of(new IllegalArgumentException("No reader for source type 'ftp'"), false),
        Arguments.of(new IllegalStateException("a bug"), false));
  }

  @ParameterizedTest
  @MethodSource("failures")
  void unreachable_sources_are_transient_and_wrong_ones_permanent(
      RuntimeException failure, boolean expected) {
    assertThat(Retry.isTransient(failure))
        .as("%s caused by %s", failure, failure.getCause())
        .isEqualTo(expected);
  }

  @Test
  void the_backoff_doubles_until_the_retries_are_used() {
    RuntimeException down = unreadable(new SQLException("Connection refused", "08001"));

    Retry.Attempts<String> attempts =
        new Retry(waits::add, 3, Duration.ofMillis(500))
            .call(
                "db",
                () -> {
                  throw down;
                });

    assertThat(attempts.succeeded()).isFalse();
    assertThat(attempts.failure()).isSameAs(down);
    assertThat(attempts.count()).isEqualTo(4);
    assertThat(waits)
        .containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2));
  }

  @Test
  void a_call_that_succeeds_after_a_transient_failure_returns_its_value_and_attempts() {
    AtomicInteger calls = new AtomicInteger();

    Retry.Attempts<String> attempts =
        new Retry(waits::add, 2, Duration.ofSeconds(1))
            .call(
                "db",
                () -> {
                  if (calls.incrementAndGet() == 1) {
                    throw unreadable(new IOException("Stale file handle"));
                  }
                  return "read";
                });

    assertThat(attempts.value()).isEqualTo("read");
    assertThat(attempts.count()).isEqualTo(2);
    assertThat(waits).containsExactly(Duration.ofSeconds(1));
  }

  @Test
  void an_interrupted_wait_ends_the_retries_and_keeps_the_interrupt() {
    Retry.Attempts<String> attempts =
        new Retry(
                d -> {
                  throw new InterruptedException();
                },
                2,
                Duration.ofSeconds(1))
            .call(
                "db",
                () -> {
                  throw unreadable(new IOException("Stale file handle"));
                });

    assertThat(Thread.interrupted()).as("the interrupt is kept (and cleared here)").isTrue();
    assertThat(attempts.count()).isEqualTo(1);
    assertThat(attempts.failure()).hasMessageContaining("interrupted before retrying");
  }
}

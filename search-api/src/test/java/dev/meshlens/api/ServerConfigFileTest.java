package dev.meshlens.api;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServerConfigFileTest {
  @TempDir Path dir;

  private Path file(String yaml) throws Exception {
    Path file = dir.resolve("meshlens.yaml");
    Files.writeString(file, yaml, UTF_8);
    return file;
  }

  @Test
  void every_key_is_read_and_missing_ones_keep_their_defaults() throws Exception {
    ServerConfig config =
        ServerConfigFile.read(file("port: 8081\ndata: /srv/meshlens\nsampleMesh: false\n"));

    assertThat(config.port()).isEqualTo(8081);
    assertThat(config.dataDir()).isEqualTo(Path.of("/srv/meshlens"));
    assertThat(config.loadSampleMesh()).isFalse();
    assertThat(config.maxRequestBytes()).isEqualTo(ServerConfig.defaults().maxRequestBytes());
  }

  @Test
  void the_sources_file_and_crawl_parallelism_are_read() throws Exception {
    ServerConfig config =
        ServerConfigFile.read(file("sources: /etc/meshlens/sources.yaml\ncrawlParallelism: 4\n"));

    assertThat(config.sources()).isEqualTo(Path.of("/etc/meshlens/sources.yaml"));
    assertThat(config.crawlParallelism()).isEqualTo(4);
    assertThat(ServerConfig.defaults().sources()).isNull();
    assertThat(ServerConfig.defaults().crawlParallelism()).isEqualTo(2);
  }

  @Test
  void the_lineage_and_sparql_limits_are_read() throws Exception {
    ServerConfig config =
        ServerConfigFile.read(
            file("lineageNodeCap: 500\nsparqlTimeout: 2500ms\nsparqlResultCap: 1000\n"));

    assertThat(config.lineage()).isEqualTo(new LineageConfig(500, Duration.ofMillis(2500), 1000));
    assertThat(ServerConfigFile.read(file("sparqlTimeout: PT1M\n")).lineage().sparqlTimeout())
        .isEqualTo(Duration.ofMinutes(1));
    assertThat(ServerConfig.defaults().lineage())
        .isEqualTo(new LineageConfig(2000, Duration.ofSeconds(10), 100_000));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "lineageNodeCap: 0       | lineageNodeCap must be in [1, 10000], got 0",
        "lineageNodeCap: 10001   | lineageNodeCap must be in [1, 10000], got 10001",
        "sparqlTimeout: soon     | sparqlTimeout must be a whole number of ms, s or m",
        "sparqlTimeout: 0s       | sparqlTimeout must be in [1ms, 10m], got PT0S",
        "sparqlTimeout: 11m      | sparqlTimeout must be in [1ms, 10m], got PT11M",
        "sparqlResultCap: 0      | sparqlResultCap must be in [1, 10000000], got 0",
      })
  void a_lineage_or_sparql_limit_out_of_range_is_refused(String yaml, String message)
      throws Exception {
    Path file = file(yaml + "\n");

    assertThatThrownBy(() -> ServerConfigFile.read(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }

  @Test
  void a_crawl_parallelism_below_one_is_refused() throws Exception {
    Path file = file("crawlParallelism: 0\n");

    assertThatThrownBy(() -> ServerConfigFile.read(file))
        .hasMessageContaining("crawlParallelism must be in [1, 64], got 0");
  }

  @Test
  void an_empty_file_means_the_defaults() throws Exception {
    assertThat(ServerConfigFile.read(file(""))).isEqualTo(ServerConfig.defaults());
  }

  @Test
  void a_misspelt_key_is_an_error_that_names_it() throws Exception {
    Path file = file("prot: 8081\n");

    assertThatThrownBy(() -> ServerConfigFile.read(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown key 'prot'")
        .hasMessageContaining(
            "known: port, host, data, sampleMesh, maxRequestBytes, sources, crawlParallelism,"
                + " lineageNodeCap, sparqlTimeout, sparqlResultCap");
  }

  @Test
  void a_bad_value_is_an_error_that_names_the_file() throws Exception {
    Path file = file("port: lots\n");

    assertThatThrownBy(() -> ServerConfigFile.read(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(file.toString());
  }

  @Test
  void an_out_of_range_port_is_refused() throws Exception {
    Path file = file("port: 70000\n");

    assertThatThrownBy(() -> ServerConfigFile.read(file))
        .hasMessageContaining("port must be in [0, 65535], got 70000");
  }

  @Test
  void a_missing_file_is_an_error() {
    assertThatThrownBy(() -> ServerConfigFile.read(dir.resolve("nope.yaml")))
        .hasMessageContaining("nope.yaml cannot be read");
  }
}

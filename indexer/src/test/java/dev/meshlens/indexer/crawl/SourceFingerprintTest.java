package dev.meshlens.indexer.crawl;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meshlens.catalog.AssetCounts;
import dev.meshlens.catalog.CrawlRun;
import dev.meshlens.catalog.CrawlStatus;
import dev.meshlens.catalog.sqlite.SqliteCatalogStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFingerprintTest {
  @TempDir Path dir;

  private Path database(int tables) throws Exception {
    Path file = dir.resolve("shop.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement st = c.createStatement()) {
      for (int i = 0; i < tables; i++) {
        st.execute("CREATE TABLE IF NOT EXISTS t" + i + " (id INTEGER PRIMARY KEY, name TEXT)");
      }
    }
    return file;
  }

  private static SourceSpec jdbc(Path file, Map<String, String> options) {
    return new SourceSpec("shop", "jdbc", "jdbc:sqlite:" + file, options);
  }

  @Test
  void a_folder_fingerprint_changes_with_content_even_at_the_same_size_and_time() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("contracts"));
    Path file = folder.resolve("a.odcs.yaml");
    Files.writeString(file, "name: alpha\n", UTF_8);
    FileTime time = Files.getLastModifiedTime(file);
    SourceSpec spec = new SourceSpec("mesh", "odps", folder.toString());
    String before = SourceFingerprint.of(spec).orElseThrow();

    assertThat(SourceFingerprint.of(spec)).contains(before);
    Files.writeString(file, "name: omega\n", UTF_8);
    Files.setLastModifiedTime(file, time);
    String edited = SourceFingerprint.of(spec).orElseThrow();
    Files.writeString(folder.resolve("b.odcs.yaml"), "name: beta\n", UTF_8);

    assertThat(edited).isNotEqualTo(before);
    assertThat(SourceFingerprint.of(spec)).get().isNotEqualTo(edited);
  }

  @Test
  void sources_without_files_have_no_fingerprint() {
    assertThat(SourceFingerprint.of(new SourceSpec("x", "dbt", dir.resolve("nope").toString())))
        .isEmpty();
    assertThat(
            SourceFingerprint.of(
                new SourceSpec("pg", "jdbc", "jdbc:postgresql://db.acme.internal:5432/shop")))
        .isEmpty();
    assertThat(SourceFingerprint.of(new SourceSpec("mem", "jdbc", "jdbc:sqlite::memory:")))
        .isEmpty();
  }

  @Test
  void an_unchanged_source_is_not_read_again_and_a_changed_one_is() throws Exception {
    Path file = database(5);
    try (SqliteCatalogStore store = SqliteCatalogStore.open(dir.resolve("catalog.db"))) {
      CrawlRunner runner = new CrawlRunner(store, SourceReaders.standard());
      Map<String, String> options =
          Map.of("namespace", "postgres://shop:5432", "database", "shop", "schema", "public");

      CrawlRun first = runner.run(jdbc(file, options), "test");
      long sequence = store.lastSequence();
      CrawlRun unchanged = runner.run(jdbc(file, options), "test");
      database(6);
      CrawlRun changed = runner.run(jdbc(file, options), "test");
      CrawlRun forced =
          runner.run(
              jdbc(
                  file,
                  Map.of(
                      "namespace",
                      "postgres://shop:5432",
                      "database",
                      "shop",
                      "schema",
                      "public",
                      "skipUnchanged",
                      "false")),
              "test");

      assertThat(first.counts()).isEqualTo(new AssetCounts(5, 0, 0, 0));
      assertThat(unchanged.status()).isEqualTo(CrawlStatus.SUCCEEDED);
      assertThat(unchanged.attempts()).as("nothing was read").isZero();
      assertThat(unchanged.counts()).isEqualTo(new AssetCounts(0, 0, 5, 0));
      assertThat(changed.attempts()).isEqualTo(1);
      assertThat(changed.counts()).isEqualTo(new AssetCounts(1, 0, 5, 0));
      assertThat(store.lastSequence()).isGreaterThan(sequence);
      assertThat(forced.attempts()).as("skipUnchanged: false reads anyway").isEqualTo(1);
    }
  }

  @Test
  void a_bad_skip_unchanged_option_is_named() {
    SourceSpec spec = new SourceSpec("x", "dbt", "target", Map.of("skipUnchanged", "maybe"));

    assertThatThrownBy(() -> SourceFingerprint.enabled(spec))
        .hasMessage("option skipUnchanged must be true or false; got: maybe");
  }
}

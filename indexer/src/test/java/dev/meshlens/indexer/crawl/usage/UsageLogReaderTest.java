package dev.meshlens.indexer.crawl.usage;

import static dev.meshlens.indexer.crawl.support.Batches.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.UsageEvent;
import dev.meshlens.catalog.model.UsageEvent.PrincipalKind;
import dev.meshlens.indexer.crawl.CrawlOutput;
import dev.meshlens.indexer.crawl.CrawlWarning;
import dev.meshlens.indexer.crawl.SourceSpec;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class UsageLogReaderTest {
  private static final Urn ORDERS =
      Urn.dataset("postgres://sales-db.acme.internal:5432", "shop.public.orders");
  private static CrawlOutput output;

  @BeforeAll
  static void read_the_logs() throws URISyntaxException {
    Path folder = Path.of(UsageLogReaderTest.class.getResource("/usage").toURI());
    output = valid(new UsageLogReader().read(new SourceSpec("logs", "usage", folder.toString())));
  }

  private static List<UsageEvent> usage() {
    return output.batches().stream().flatMap(b -> b.usage().stream()).toList();
  }

  @Test
  void each_dataset_a_query_read_is_one_use_by_the_user() {
    assertThat(usage()).hasSize(6).allMatch(u -> u.principalKind() == PrincipalKind.USER);
    assertThat(usage()).filteredOn(u -> u.dataset().equals(ORDERS)).hasSize(4);
    assertThat(usage())
        .filteredOn(u -> u.principal().equals("ben.okafor@acme.example"))
        .singleElement()
        .satisfies(u -> assertThat(u.time()).isEqualTo(Instant.parse("2026-11-20T09:00:00Z")));
  }

  @Test
  void csv_fields_in_quotes_keep_their_commas_and_datasets_split_on_semicolons() {
    assertThat(usage())
        .filteredOn(u -> u.dataset().part(0).startsWith("kafka://"))
        .singleElement()
        .satisfies(
            u -> assertThat(u.query()).isEqualTo("select count(*), max(placed_at) from orders"));
  }

  @Test
  void bad_lines_are_warnings_naming_file_and_line() {
    assertThat(output.warnings())
        .extracting(w -> Path.of(w.file()).getFileName() + " " + w.path())
        .containsExactlyInAnyOrder(
            "queries.csv line 4", "queries.ndjson line 3", "queries.ndjson line 4");
    assertThat(output.warnings())
        .extracting(CrawlWarning::reason)
        .anyMatch(r -> r.contains("ISO-8601"))
        .anyMatch(r -> r.contains("namespace and a name"));
  }

  @Test
  void a_quoted_field_left_open_is_rejected() {
    assertThatThrownBy(() -> CsvLine.split("a,\"b,c"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not closed");
  }
}

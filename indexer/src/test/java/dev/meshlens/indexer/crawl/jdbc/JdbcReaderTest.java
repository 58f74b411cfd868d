package dev.meshlens.indexer.crawl.jdbc;

import static dev.meshlens.indexer.crawl.support.Batches.load;
import static dev.meshlens.indexer.crawl.support.Batches.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.DatasetInfo;
import dev.meshlens.catalog.model.Field;
import dev.meshlens.catalog.model.ForeignKey;
import dev.meshlens.catalog.model.Schema;
import dev.meshlens.indexer.crawl.CrawlOutput;
import dev.meshlens.indexer.crawl.Material;
import dev.meshlens.indexer.crawl.SourceSpec;
import dev.meshlens.indexer.crawl.SourceUnreadableException;
import dev.meshlens.indexer.crawl.support.Batches;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcReaderTest {
  private static final String NS = "postgres://music-db.acme.internal:5432";
  private static CrawlOutput chinook;

  @BeforeAll
  static void crawl_chinook() {
    Path file = Material.path("sample-databases/chinook/Chinook_Sqlite.sqlite");
    chinook =
        valid(
            new JdbcReader()
                .read(
                    new SourceSpec(
                        "chinook",
                        "jdbc",
                        "jdbc:sqlite:" + file,
                        Map.of("namespace", NS, "database", "chinook", "schema", "public"))));
  }

  private static Urn table(String name) {
    return Urn.dataset(NS, "chinook.public." + name);
  }

  @Test
  void chinook_has_its_eleven_tables_named_by_the_options() {
    assertThat(Batches.assetsWith(chinook, Schema.class)).hasSize(11).contains(table("Invoice"));
    assertThat(chinook.warnings()).isEmpty();
    assertThat(chinook.batches().getFirst().source()).isEqualTo("jdbc:chinook");
  }

  @Test
  void the_invoice_table_has_its_foreign_key_to_customer() {
    Schema invoice = load(chinook, table("Invoice"), Schema.class);
    assertThat(invoice.primaryKey()).containsExactly("InvoiceId");
    assertThat(invoice.foreignKeys())
        .containsExactly(
            new ForeignKey(
                java.util.List.of("CustomerId"),
                table("Customer"),
                java.util.List.of("CustomerId")));
  }

  @Test
  void columns_have_types_and_nullability_and_tables_a_row_count() {
    Schema customer = load(chinook, table("Customer"), Schema.class);
    Field firstName =
        customer.fields().stream()
            .filter(f -> f.name().equals("FirstName"))
            .findFirst()
            .orElseThrow();
    assertThat(firstName.type()).isEqualToIgnoringCase("NVARCHAR");
    assertThat(firstName.nullable()).isFalse();
    Field company =
        customer.fields().stream()
            .filter(f -> f.name().equals("Company"))
            .findFirst()
            .orElseThrow();
    assertThat(company.nullable()).isTrue();
    DatasetInfo info = load(chinook, table("Customer"), DatasetInfo.class);
    assertThat(info.rowCount()).isEqualTo(59L);
    assertThat(info.kind()).isEqualTo("table");
    assertThat(info.platform()).isEqualTo("postgres");
  }

  @Test
  void names_with_spaces_and_quotes_are_read_and_counted(@TempDir Path dir) throws SQLException {
    String url = "jdbc:sqlite:" + dir.resolve("northwind.db");
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE \"Orders\" (\"OrderID\" INTEGER PRIMARY KEY, \"Ship Name\" TEXT)");
      s.execute(
          "CREATE TABLE \"Order Details\" (\"OrderID\" INTEGER NOT NULL REFERENCES \"Orders\"(\"OrderID\"),"
              + " \"Unit \"\"Price\"\"\" REAL, PRIMARY KEY (\"OrderID\"))");
      s.execute("CREATE VIEW \"Customer's \"\"Orders\"\"\" AS SELECT * FROM \"Orders\"");
      s.execute("INSERT INTO \"Orders\" VALUES (1, 'Vins et alcools')");
      s.execute("INSERT INTO \"Order Details\" VALUES (1, 14.0)");
    }
    CrawlOutput output =
        valid(
            new JdbcReader()
                .read(new SourceSpec("nw", "jdbc", url, Map.of("rowCountLimit", "10"))));
    String ns = "sqlite://" + dir.resolve("northwind.db");
    Schema details = load(output, Urn.dataset(ns, "Order Details"), Schema.class);
    assertThat(details.fields())
        .extracting(Field::name)
        .containsExactly("OrderID", "Unit \"Price\"");
    assertThat(details.foreignKeys())
        .singleElement()
        .satisfies(fk -> assertThat(fk.references()).isEqualTo(Urn.dataset(ns, "Orders")));
    assertThat(load(output, Urn.dataset(ns, "Order Details"), DatasetInfo.class).rowCount())
        .isEqualTo(1L);
    DatasetInfo view = load(output, Urn.dataset(ns, "Customer's \"Orders\""), DatasetInfo.class);
    assertThat(view.kind()).isEqualTo("view");
    assertThat(output.warnings()).isEmpty();
  }

  @Test
  void a_table_over_the_row_limit_gets_no_count() {
    Path file = Material.path("sample-databases/chinook/Chinook_Sqlite.sqlite");
    CrawlOutput output =
        new JdbcReader()
            .read(
                new SourceSpec("c", "jdbc", "jdbc:sqlite:" + file, Map.of("rowCountLimit", "100")));
    Urn track = Urn.dataset("sqlite://" + file, "Track");
    assertThat(load(output, track, DatasetInfo.class).rowCount()).isNull();
    assertThat(load(output, Urn.dataset("sqlite://" + file, "Genre"), DatasetInfo.class).rowCount())
        .isEqualTo(25L);
  }

  @Test
  void an_unreachable_database_fails_the_crawl_without_showing_credentials() {
    assertThatThrownBy(() ->
            new JdbcReader()
                .read(
                    new SourceSpec(
                        "pg",
                        "jdbc",
                        "jdbc:postgresql://127.0.0.1:1/shop?password=secret",
                        Map.of("user", "crawler"))))
        .isInstanceOf(SourceUnreadableException.class)
        .hasMessageContaining("jdbc:postgresql://127.0.0.1:1/shop")
        .hasMessageNotContaining("secret");
  }

  @Test
  void a_url_that_is_not_jdbc_fails_the_crawl() {
    assertThatThrownBy(() -> new JdbcReader().read(new SourceSpec("x", "jdbc", "sqlite:/tmp/x.db")))
        .isInstanceOf(SourceUnreadableException.class)
        .hasMessageContaining("Not a JDBC URL");
  }
}

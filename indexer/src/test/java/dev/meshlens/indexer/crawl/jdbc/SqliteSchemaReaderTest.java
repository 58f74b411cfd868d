package dev.meshlens.indexer.crawl.jdbc;

import static dev.meshlens.indexer.crawl.support.Batches.load;
import static dev.meshlens.indexer.crawl.support.Batches.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.Field;
import dev.meshlens.catalog.model.ForeignKey;
import dev.meshlens.catalog.model.Schema;
import dev.meshlens.indexer.crawl.CrawlOutput;
import dev.meshlens.indexer.crawl.Material;
import dev.meshlens.indexer.crawl.SourceSpec;
import dev.meshlens.indexer.crawl.jdbc.JdbcReader.SchemaAccess;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pragma path on SQLite reads what the JDBC metadata path reads, at constant cost a table. */
class SqliteSchemaReaderTest {
  @TempDir Path dir;

  @Test
  void the_pragma_path_gives_the_same_batches_as_jdbc_metadata_on_chinook() {
    Path file = Material.path("sample-databases/chinook/Chinook_Sqlite.sqlite");
    SourceSpec spec =
        new SourceSpec(
            "chinook",
            "jdbc",
            "jdbc:sqlite:" + file,
            Map.of("namespace", "postgres://music-db:5432", "database", "chinook"));

    CrawlOutput pragmas = valid(new JdbcReader(SchemaAccess.PRAGMAS_ON_SQLITE).read(spec));
    CrawlOutput metadata = valid(new JdbcReader(SchemaAccess.METADATA_ONLY).read(spec));

    assertThat(pragmas.operations()).isEqualTo(22);
    assertThat(pragmas.batches()).isEqualTo(metadata.batches());
    assertThat(pragmas.warnings()).isEmpty();
  }

  @Test
  void the_pragma_path_gives_the_same_batches_as_jdbc_metadata_on_awkward_tables()
      throws SQLException {
    String url = database(AWKWARD);
    SourceSpec spec = new SourceSpec("awkward", "jdbc", url);

    CrawlOutput pragmas = valid(new JdbcReader(SchemaAccess.PRAGMAS_ON_SQLITE).read(spec));
    CrawlOutput metadata = valid(new JdbcReader(SchemaAccess.METADATA_ONLY).read(spec));

    assertThat(pragmas.batches()).isEqualTo(metadata.batches());
    Schema gen = load(pragmas, dataset("gen"), Schema.class);
    assertThat(gen.fields())
        .extracting(Field::name, Field::type, Field::nullable)
        .containsExactly(
            tuple("a", "INT", true),
            tuple("b", "INT", true),
            tuple("c", "DECIMAL", true),
            tuple("d", "", true),
            tuple("e", "WEIRD TYPE", true),
            tuple("f", "INT", false));
    assertThat(load(pragmas, dataset("docs"), Schema.class).primaryKey()).containsExactly("b", "a");
  }

  @Test
  void foreign_keys_to_the_same_table_stay_apart_on_both_paths() throws SQLException {
    SourceSpec spec = new SourceSpec("awkward", "jdbc", database(AWKWARD));
    for (SchemaAccess access : SchemaAccess.values()) {
      CrawlOutput output = new JdbcReader(access).read(spec);

      assertThat(load(output, dataset("docs"), Schema.class).foreignKeys())
          .as("docs via %s", access)
          .containsExactlyInAnyOrder(
              key("owner", "users", "user_id"),
              key("updated_by", "users", "user_id"),
              key("created_by", "users", "user_id"));
      assertThat(load(output, dataset("kids"), Schema.class).foreignKeys())
          .as("kids via %s", access)
          .containsExactlyInAnyOrder(
              new ForeignKey(List.of("px", "py"), dataset("pairs"), List.of("x", "y")),
              new ForeignKey(List.of("qx", "qy"), dataset("pairs"), List.of("x", "y")));
    }
  }

  @Test
  void a_view_over_a_dropped_table_is_a_warning_and_the_rest_is_read() throws SQLException {
    String url =
        database(
            "CREATE TABLE orders (id INTEGER PRIMARY KEY)",
            "CREATE TABLE gone (id INTEGER PRIMARY KEY)",
            "CREATE VIEW broken AS SELECT id FROM gone",
            "DROP TABLE gone");

    CrawlOutput output = valid(new JdbcReader().read(new SourceSpec("b", "jdbc", url)));

    assertThat(load(output, dataset("orders"), Schema.class).primaryKey()).containsExactly("id");
    assertThat(output.warnings())
        .singleElement()
        .satisfies(w -> assertThat(w.toString()).contains("broken", "cannot read"));
  }

  private static final String[] AWKWARD = {
    "CREATE TABLE users (user_id INTEGER PRIMARY KEY, name VARCHAR(20) NOT NULL)",
    "CREATE TABLE docs (a INT, b TEXT, created_by INTEGER REFERENCES users,"
        + " updated_by INTEGER REFERENCES users(user_id), owner INT,"
        + " CONSTRAINT fk_owner FOREIGN KEY (owner) REFERENCES users(user_id),"
        + " PRIMARY KEY (b, a))",
    "CREATE TABLE pairs (x INT, y INT, u1 INT, u2 INT, PRIMARY KEY (x, y)) WITHOUT ROWID",
    "CREATE TABLE kids (k INTEGER PRIMARY KEY, px INT, py INT, qx INT, qy INT,"
        + " FOREIGN KEY (px, py) REFERENCES pairs (x, y),"
        + " FOREIGN KEY (qx, qy) REFERENCES pairs (x, y))",
    "CREATE TABLE gen (a INT, b INT GENERATED ALWAYS AS (a * 2) VIRTUAL, c DECIMAL(10, 2), d,"
        + " e \"weird type\"(3), f INT NOT NULL DEFAULT 4)",
    "CREATE VIEW v_docs AS SELECT a, b FROM docs",
    "INSERT INTO users VALUES (1, 'ana'), (2, 'ben')"
  };

  private String database(String... statements) throws SQLException {
    String url = "jdbc:sqlite:" + dir.resolve("test.db");
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      for (String statement : statements) {
        s.execute(statement);
      }
    }
    return url;
  }

  private Urn dataset(String table) {
    return Urn.dataset("sqlite://" + dir.resolve("test.db"), table);
  }

  private ForeignKey key(String column, String table, String referenced) {
    return new ForeignKey(List.of(column), dataset(table), List.of(referenced));
  }
}

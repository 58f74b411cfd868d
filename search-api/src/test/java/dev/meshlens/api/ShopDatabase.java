package dev.meshlens.api;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** A small real SQLite database to crawl, and its entry in a sources file. */
public final class ShopDatabase {
  private ShopDatabase() {}

  /** Creates {@code shop.sqlite} with one table in {@code dir}. */
  public static Path create(Path dir) throws SQLException {
    Path file = dir.resolve("shop.sqlite");
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement st = db.createStatement()) {
      st.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY, customer TEXT, total REAL)");
    }
    return file;
  }

  /** The sources-file entry (YAML list item) of a jdbc source over {@code location}. */
  public static String source(String name, String location, String schedule) {
    return """
      - name: %s
        type: jdbc
        location: %s
        schedule: "%s"
        options: {namespace: "postgres://shop-db:5432", database: shop, schema: public}
    """
        .formatted(name, location, schedule);
  }
}

package dev.meshlens.sample.bench.crawl;

import java.util.Locale;

/** What a column holds, which decides the SQL literal of its value in a given row. */
enum ValueKind {
  WHOLE,
  DECIMAL,
  TEXT,
  CODE,
  FLAG,
  DATE,
  TIMESTAMP,
  BYTES;

  /** The value in row {@code row} (from 1) as an SQL literal. */
  String literal(int row, String column) {
    return switch (this) {
      case WHOLE -> Integer.toString(row * 7 % 1000);
      case DECIMAL -> String.format(Locale.ROOT, "%d.%02d", row * 13 % 1000, row * 17 % 100);
      case TEXT -> "'" + column.replace('_', ' ') + " " + row + "'";
      case CODE -> "'" + (char) ('A' + row % 26) + (char) ('A' + row * 7 % 26) + "'";
      case FLAG -> Integer.toString(row % 2);
      case DATE -> String.format(Locale.ROOT, "'2026-%02d-%02d'", 1 + row % 12, 1 + row % 28);
      case TIMESTAMP ->
          String.format(
              Locale.ROOT, "'2026-%02d-%02dT%02d:15:00Z'", 1 + row % 12, 1 + row % 28, row % 24);
      case BYTES -> String.format(Locale.ROOT, "x'%02x%02x'", row % 256, row * 31 % 256);
    };
  }
}

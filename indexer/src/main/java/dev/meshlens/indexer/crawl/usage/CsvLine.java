package dev.meshlens.indexer.crawl.usage;

import java.util.ArrayList;
import java.util.List;

/** Splits one CSV line (RFC 4180: fields in double quotes may hold commas and doubled quotes). */
final class CsvLine {
  private CsvLine() {}

  /**
   * The fields of a line.
   *
   * @throws IllegalArgumentException when a quoted field is not closed
   */
  static List<String> split(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      throw new IllegalArgumentException("a quoted field is not closed");
    }
    fields.add(field.toString());
    return fields;
  }
}

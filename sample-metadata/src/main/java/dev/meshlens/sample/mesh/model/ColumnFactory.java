package dev.meshlens.sample.mesh.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the column tokens of the blueprint ({@code name[*][!][>table][:type]}) into columns with
 * types, descriptions, classification, tags and glossary terms. Descriptions are left out at random
 * (seeded by product, table and column) so that each product reaches about its declared
 * documentation coverage.
 */
final class ColumnFactory {
  private static final Pattern TOKEN =
      Pattern.compile("^([^*!>:]+)(\\*)?(!)?(?:>([^:]+))?(?::(.+))?$");

  private final String productKey;
  private final String domain;
  private final double coverage;

  ColumnFactory(String productKey, double coverage) {
    this.productKey = productKey;
    this.domain = productKey.substring(0, productKey.indexOf('/'));
    this.coverage = coverage;
  }

  /** The columns of a table from a comma-separated token list. */
  List<Column> columns(String table, String tokens) {
    List<Column> columns = new ArrayList<>();
    int keyPosition = 0;
    for (String token : tokens.split(",(?![^(]*\\))")) {
      String text = token.trim();
      if (text.isEmpty()) {
        continue;
      }
      Matcher m = TOKEN.matcher(text);
      if (!m.matches()) {
        throw new IllegalArgumentException("Invalid column token in " + table + ": " + text);
      }
      int position = m.group(2) != null ? ++keyPosition : 0;
      columns.add(column(table, m, position));
    }
    return columns;
  }

  private Column column(String table, Matcher m, int keyPosition) {
    String name = m.group(1).trim();
    String references = m.group(4);
    String physical = m.group(5) != null ? m.group(5).trim() : ColumnTypes.physicalType(name);
    String description = ColumnDescriptions.describe(name, references, keyPosition > 0, table);
    boolean documented = random(table + "/" + name).nextDouble() < coverage;
    return new Column(
        name,
        physical,
        ColumnTypes.logicalType(physical),
        documented ? description : null,
        keyPosition > 0 || references != null || m.group(3) != null,
        keyPosition,
        references,
        ColumnClassifier.classification(name, domain),
        ColumnClassifier.tags(name),
        ColumnClassifier.term(name));
  }

  /** Whether a table description is kept, at the product's coverage. */
  boolean keepsTableDescription(String table) {
    return random(table).nextDouble() < (coverage + 1) / 2;
  }

  private Random random(String key) {
    return new Random((productKey + "/" + key).hashCode());
  }
}

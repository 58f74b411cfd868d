package dev.meshlens.catalog;

import java.util.List;

/**
 * Which source wins when sources disagree about a single-valued attribute: edits by people first,
 * then product descriptors and contracts, dbt, database schemas, OpenLineage, then anything else. A
 * source's kind is the part of its name before the first colon ({@code jdbc:sales-orders}).
 */
public final class SourcePrecedence {
  private static final List<String> ORDER =
      List.of("user", "odps", "odcs", "glossary", "owners", "dbt", "jdbc", "openlineage");

  private SourcePrecedence() {}

  /** Lower ranks win. */
  public static int rank(String source) {
    int colon = source.indexOf(':');
    String kind = colon < 0 ? source : source.substring(0, colon);
    int index = ORDER.indexOf(kind);
    return index < 0 ? ORDER.size() : index;
  }
}

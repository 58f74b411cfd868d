package dev.meshlens.indexer.crawl.jdbc;

/** A table or view as the database lists it. */
record TableRef(String catalog, String schema, String name, String type, String remarks) {

  boolean isView() {
    return type != null && type.toUpperCase(java.util.Locale.ROOT).contains("VIEW");
  }

  /** How warnings name it: {@code schema.table}, or the table alone. */
  String display() {
    return schema == null || schema.isBlank() ? name : schema + "." + name;
  }
}

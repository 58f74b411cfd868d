package dev.meshlens.sample.bench.crawl;

import java.util.List;

/** The words tables and columns of a generated database are named with. */
final class SourceVocabulary {
  private SourceVocabulary() {}

  /** A business area and the things it keeps, as {@code table/key} (plural table, singular key). */
  record Area(String name, List<String> entities) {}

  /** A column that is neither a key nor a reference: its name, declared type and value kind. */
  record Attribute(String name, String type, boolean notNull, ValueKind kind) {}

  static final List<String> LAYERS = List.of("", "stg", "raw", "core", "mart");

  static final List<Area> AREAS =
      List.of(
          new Area("sales", List.of("orders/order", "order_lines/order_line", "quotes/quote")),
          new Area("crm", List.of("customers/customer", "contacts/contact", "leads/lead")),
          new Area("finance", List.of("invoices/invoice", "payments/payment", "ledger/entry")),
          new Area("logistics", List.of("shipments/shipment", "parcels/parcel", "routes/route")),
          new Area("catalog", List.of("products/product", "categories/category", "brands/brand")),
          new Area("inventory", List.of("stock_levels/stock_level", "bins/bin", "moves/move")),
          new Area(
              "marketing", List.of("campaigns/campaign", "segments/segment", "coupons/coupon")),
          new Area("support", List.of("tickets/ticket", "agents/agent", "surveys/survey")),
          new Area("people", List.of("employees/employee", "teams/team", "absences/absence")),
          new Area("web", List.of("sessions/session", "page_views/page_view", "carts/cart")));

  static final List<String> QUALIFIERS =
      List.of(
          "",
          "daily",
          "history",
          "snapshot",
          "current",
          "archive",
          "by_region",
          "by_channel",
          "monthly",
          "enriched",
          "clean",
          "summary");

  /** Roles that tell apart two references to things of the same kind. */
  static final List<String> ROLES = List.of("parent", "source", "related", "previous", "billing");

  static final List<Attribute> ATTRIBUTES =
      List.of(
          new Attribute("created_at", "TIMESTAMP", true, ValueKind.TIMESTAMP),
          new Attribute("updated_at", "TIMESTAMP", false, ValueKind.TIMESTAMP),
          new Attribute("status", "VARCHAR(16)", true, ValueKind.CODE),
          new Attribute("name", "VARCHAR(200)", true, ValueKind.TEXT),
          new Attribute("description", "TEXT", false, ValueKind.TEXT),
          new Attribute("code", "VARCHAR(32)", false, ValueKind.CODE),
          new Attribute("amount", "NUMERIC(18,2)", false, ValueKind.DECIMAL),
          new Attribute("currency", "CHAR(3)", false, ValueKind.CODE),
          new Attribute("quantity", "INTEGER", false, ValueKind.WHOLE),
          new Attribute("unit_price", "NUMERIC(12,4)", false, ValueKind.DECIMAL),
          new Attribute("discount", "NUMERIC(18,2)", false, ValueKind.DECIMAL),
          new Attribute("tax_rate", "DECIMAL(5,4)", false, ValueKind.DECIMAL),
          new Attribute("email", "VARCHAR(320)", false, ValueKind.TEXT),
          new Attribute("phone", "VARCHAR(32)", false, ValueKind.TEXT),
          new Attribute("country_code", "CHAR(2)", false, ValueKind.CODE),
          new Attribute("city", "VARCHAR(100)", false, ValueKind.TEXT),
          new Attribute("postal_code", "VARCHAR(16)", false, ValueKind.CODE),
          new Attribute("is_active", "BOOLEAN", true, ValueKind.FLAG),
          new Attribute("is_deleted", "BOOLEAN", false, ValueKind.FLAG),
          new Attribute("valid_from", "DATE", false, ValueKind.DATE),
          new Attribute("valid_to", "DATE", false, ValueKind.DATE),
          new Attribute("due_date", "DATE", false, ValueKind.DATE),
          new Attribute("opened_at", "TIMESTAMP", false, ValueKind.TIMESTAMP),
          new Attribute("closed_at", "TIMESTAMP", false, ValueKind.TIMESTAMP),
          new Attribute("weight_kg", "REAL", false, ValueKind.DECIMAL),
          new Attribute("rating", "SMALLINT", false, ValueKind.WHOLE),
          new Attribute("score", "DOUBLE", false, ValueKind.DECIMAL),
          new Attribute("priority", "TINYINT", false, ValueKind.WHOLE),
          new Attribute("channel", "VARCHAR(32)", false, ValueKind.CODE),
          new Attribute("language", "CHAR(5)", false, ValueKind.CODE),
          new Attribute("notes", "TEXT", false, ValueKind.TEXT),
          new Attribute("external_ref", "VARCHAR(64)", false, ValueKind.CODE),
          new Attribute("source_system", "VARCHAR(32)", false, ValueKind.CODE),
          new Attribute("batch_number", "BIGINT", false, ValueKind.WHOLE),
          new Attribute("loaded_at", "TIMESTAMP", false, ValueKind.TIMESTAMP),
          new Attribute("checksum", "CHAR(64)", false, ValueKind.TEXT),
          new Attribute("payload", "BLOB", false, ValueKind.BYTES),
          new Attribute("latitude", "DOUBLE", false, ValueKind.DECIMAL),
          new Attribute("longitude", "DOUBLE", false, ValueKind.DECIMAL),
          new Attribute("version", "INTEGER", true, ValueKind.WHOLE),
          new Attribute("segment", "VARCHAR(32)", false, ValueKind.CODE),
          new Attribute("region", "VARCHAR(32)", false, ValueKind.CODE),
          new Attribute("margin", "NUMERIC(18,2)", false, ValueKind.DECIMAL),
          new Attribute("cost", "NUMERIC(18,2)", false, ValueKind.DECIMAL),
          new Attribute("duration_seconds", "INTEGER", false, ValueKind.WHOLE),
          new Attribute("comment", "TEXT", false, ValueKind.TEXT),
          new Attribute("tier", "VARCHAR(16)", false, ValueKind.CODE),
          new Attribute("sku", "VARCHAR(40)", false, ValueKind.CODE));

  /** The number of distinct table names before a number is appended. */
  static int names() {
    int entities = AREAS.stream().mapToInt(a -> a.entities().size()).max().orElseThrow();
    return LAYERS.size() * AREAS.size() * entities * QUALIFIERS.size();
  }
}

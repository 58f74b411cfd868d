package dev.meshlens.sample.synthetic;

import java.util.List;

/** The columns datasets are made of: a name, a logical type and a description. */
final class ColumnWords {
  private ColumnWords() {}

  /** What a column holds, mapped to a type name by each {@link Platform}. */
  enum Kind {
    KEY,
    ID,
    TEXT,
    CODE,
    AMOUNT,
    DECIMAL,
    COUNT,
    TIMESTAMP,
    DATE,
    FLAG
  }

  record Column(String name, Kind kind, String description) {}

  static final List<Column> COMMON =
      List.of(
          new Column("created_at", Kind.TIMESTAMP, "When the record was created."),
          new Column("updated_at", Kind.TIMESTAMP, "When the record was last changed."),
          new Column("status", Kind.CODE, "Lifecycle status of the record."),
          new Column("amount", Kind.AMOUNT, "Amount in the transaction currency."),
          new Column("currency", Kind.CODE, "ISO 4217 currency code of the amounts."),
          new Column("quantity", Kind.COUNT, "Number of units."),
          new Column("country_code", Kind.CODE, "ISO 3166 alpha-2 country code."),
          new Column("region", Kind.CODE, "Sales region the record is attributed to."),
          new Column("channel", Kind.CODE, "Channel through which the interaction happened."),
          new Column("source_system", Kind.TEXT, "System the record was loaded from."),
          new Column("customer_id", Kind.ID, "Identifier of the customer."),
          new Column("product_id", Kind.ID, "Identifier of the product."),
          new Column("store_id", Kind.ID, "Identifier of the store."),
          new Column("account_id", Kind.ID, "Identifier of the account."),
          new Column("campaign_id", Kind.ID, "Identifier of the marketing campaign."),
          new Column("order_date", Kind.DATE, "Calendar date of the order."),
          new Column("event_time", Kind.TIMESTAMP, "When the event happened, in UTC."),
          new Column("event_type", Kind.CODE, "Type of the event."),
          new Column("is_active", Kind.FLAG, "Whether the record is currently active."),
          new Column("is_deleted", Kind.FLAG, "Soft-delete marker."),
          new Column("discount", Kind.AMOUNT, "Discount granted, in the transaction currency."),
          new Column("tax_amount", Kind.AMOUNT, "Tax included in the amount."),
          new Column("net_revenue", Kind.AMOUNT, "Revenue after discounts and returns."),
          new Column("gross_revenue", Kind.AMOUNT, "Revenue before discounts and returns."),
          new Column("unit_price", Kind.AMOUNT, "Price of one unit."),
          new Column("cost", Kind.AMOUNT, "Cost of goods sold."),
          new Column("margin", Kind.AMOUNT, "Gross margin."),
          new Column("rating", Kind.COUNT, "Rating from 1 to 5."),
          new Column("duration_seconds", Kind.COUNT, "Duration in seconds."),
          new Column("page_url", Kind.TEXT, "URL of the page."),
          new Column("referrer", Kind.TEXT, "Referring URL."),
          new Column("user_agent", Kind.TEXT, "Browser user agent string."),
          new Column("session_id", Kind.ID, "Identifier of the web session."),
          new Column("category", Kind.CODE, "Product category."),
          new Column("sub_category", Kind.CODE, "Product sub-category."),
          new Column("brand", Kind.TEXT, "Brand name."),
          new Column("sku", Kind.CODE, "Stock keeping unit."),
          new Column("description", Kind.TEXT, "Free-text description."),
          new Column("comment", Kind.TEXT, "Free-text comment entered by an agent."),
          new Column("priority", Kind.CODE, "Priority, from P1 (highest) to P4."),
          new Column("valid_from", Kind.DATE, "First day the row is valid (SCD2)."),
          new Column("valid_to", Kind.DATE, "Last day the row is valid (SCD2)."),
          new Column("batch_id", Kind.ID, "Identifier of the load batch."),
          new Column("load_timestamp", Kind.TIMESTAMP, "When the row was loaded."),
          new Column("record_hash", Kind.TEXT, "Hash of the business columns, for change capture."),
          new Column("version", Kind.COUNT, "Version number of the record."),
          new Column("language", Kind.CODE, "IETF language tag."),
          new Column("payment_method", Kind.CODE, "Payment method used."),
          new Column("shipping_method", Kind.CODE, "Shipping method chosen."),
          new Column("warehouse_id", Kind.ID, "Identifier of the warehouse."),
          new Column("supplier_id", Kind.ID, "Identifier of the supplier."),
          new Column("delivered_at", Kind.TIMESTAMP, "When the delivery was completed."),
          new Column("due_date", Kind.DATE, "Date by which payment is due."),
          new Column("balance", Kind.AMOUNT, "Outstanding balance."),
          new Column("credit_limit", Kind.AMOUNT, "Credit limit granted."),
          new Column("risk_score", Kind.DECIMAL, "Model risk score between 0 and 1."),
          new Column("segment", Kind.CODE, "Customer segment."),
          new Column("tier", Kind.CODE, "Service tier."),
          new Column("opened_at", Kind.TIMESTAMP, "When the case was opened."),
          new Column("closed_at", Kind.TIMESTAMP, "When the case was closed."),
          new Column("latitude", Kind.DECIMAL, "Latitude in WGS84 degrees."),
          new Column("longitude", Kind.DECIMAL, "Longitude in WGS84 degrees."),
          new Column("weight_kg", Kind.DECIMAL, "Weight in kilograms."));

  /** Personal data: a few of these replace common columns. */
  static final List<Column> PERSONAL =
      List.of(
          new Column("email", Kind.TEXT, "E-mail address of the person."),
          new Column("phone_number", Kind.TEXT, "Phone number in E.164 format."),
          new Column("first_name", Kind.TEXT, "Given name."),
          new Column("last_name", Kind.TEXT, "Family name."),
          new Column("birth_date", Kind.DATE, "Date of birth."),
          new Column("home_address", Kind.TEXT, "Postal address of the person."),
          new Column("iban", Kind.CODE, "Bank account number (IBAN)."),
          new Column("ip_address", Kind.TEXT, "IP address the request came from."),
          new Column("national_id", Kind.CODE, "National identification number."));
}

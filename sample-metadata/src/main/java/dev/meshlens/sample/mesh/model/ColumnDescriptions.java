package dev.meshlens.sample.mesh.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Writes a column description: from a dictionary of well-known columns, else from its name. */
final class ColumnDescriptions {
  private static final String DICTIONARY =
      """
      created_at = When the row was first written to the database, in UTC.
      updated_at = When the row was last changed, in UTC.
      deleted_at = When the row was soft-deleted, in UTC; empty while the row is live.
      loaded_at = When the pipeline loaded the row, in UTC.
      _loaded_at = Load timestamp added by the ingestion job, in UTC.
      _source_file = Name of the landing file the row was read from.
      _fivetran_synced = When the replication tool last synced the row, in UTC.
      _fivetran_deleted = True when the row was deleted in the source.
      dbt_updated_at = When dbt last rebuilt the row, in UTC.
      _batch_id = Identifier of the ingestion batch that loaded the row.
      order_number = Human-readable order number printed on receipts and confirmation e-mails (e.g. AO-2026-0012345).
      ordered_at = When the customer placed the order, in UTC.
      order_status = Current fulfilment status of the order.
      channel = Sales channel the order came through.
      sales_channel = Sales channel the transaction came through.
      currency_code = ISO 4217 currency code of the amounts on this row.
      country_code = ISO 3166-1 alpha-2 country code.
      subtotal_amount = Sum of the line amounts before tax, shipping and order-level discounts.
      tax_amount = VAT charged, in the order currency.
      shipping_amount = Shipping fee charged to the customer.
      discount_amount = Discount granted, in the transaction currency.
      total_amount = Amount charged to the customer including tax and shipping.
      net_amount = Amount excluding VAT.
      gross_amount = Amount including VAT.
      quantity = Number of units.
      unit_price = Price of one unit at the time of sale, including VAT.
      list_price = Recommended retail price including VAT.
      sku = Stock keeping unit: the code of one sellable variant (colour and size) of a product.
      email = E-mail address given by the customer.
      first_name = Given name.
      last_name = Family name.
      phone = Phone number in E.164 format.
      date_of_birth = Date of birth, used for age verification and birthday offers.
      postal_code = Postal code of the address.
      city = City of the address.
      address_line1 = Street and house number.
      address_line2 = Additional address details such as apartment or c/o.
      customer_id = Acme customer number; the same across all products.
      store_id = Store where the transaction happened; see product-catalog store list.
      warehouse_id = Distribution centre that holds or ships the goods.
      carrier_code = Code of the parcel carrier.
      tracking_number = Tracking number issued by the carrier.
      promised_delivery_date = Delivery date promised to the customer at checkout.
      delivered_at = When the carrier reported the parcel as delivered, in UTC.
      shipped_at = When the parcel left the distribution centre, in UTC.
      return_reason = Reason the customer gave for the return.
      refund_amount = Amount refunded to the customer.
      loyalty_tier = Loyalty tier at the time of the event.
      points_balance = Loyalty points available to redeem.
      lifetime_value = Predicted net revenue from the customer over the next 36 months.
      churn_probability = Probability that the customer makes no purchase in the next 12 months.
      nps_score = Net promoter score answer, 0 to 10.
      campaign_id = Campaign identifier from the marketing tool.
      campaignId = Campaign identifier from the marketing hub.
      clickThroughRate = Clicks divided by impressions for the day.
      costPerClick = Average cost of one click, in the account currency.
      impressions = Number of times the ad was shown.
      clicks = Number of clicks.
      conversions = Number of attributed purchases.
      segment_id = Identifier of the customer segment.
      stock_on_hand = Units physically in the location and available for sale.
      reorder_point = Stock level at which a replenishment order is triggered.
      safety_stock = Units kept as buffer against forecast error.
      lead_time_days = Days between placing a purchase order and receiving the goods.
      forecast_qty = Forecast unit demand for the period.
      gl_account = General ledger account number from the chart of accounts.
      cost_center = Cost centre the amount is booked to.
      fiscal_period = Fiscal period in the form YYYY-PNN; the Acme fiscal year starts in February.
      fx_rate = Exchange rate to EUR on the booking date.
      recognized_amount = Revenue recognised in the period, in EUR.
      deferred_amount = Revenue billed but not yet recognised, in EUR.
      debit_amount = Debit amount in EUR.
      credit_amount = Credit amount in EUR.
      gross_margin = Net sales minus cost of goods sold.
      net_sales = Sales after returns and discounts, excluding VAT.
      cogs = Cost of goods sold at moving average cost.
      is_active = True while the record is in use.
      is_test = True for test orders placed by QA; exclude them from reporting.
      """;

  private static final Map<String, String> BY_NAME = parse();

  private ColumnDescriptions() {}

  /** A description for a column of a table. */
  static String describe(String name, String references, boolean primaryKey, String table) {
    String known = BY_NAME.get(name);
    if (known != null) {
      return known;
    }
    List<String> words = Names.words(name);
    String last = words.get(words.size() - 1);
    String rest = Names.phrase(words.subList(0, words.size() - 1));
    if (last.equals("id")) {
      return describeId(rest.isEmpty() ? Names.singular(table) : rest, references, primaryKey);
    }
    return template(words, last, rest)
        .orElseGet(() -> Names.capitalize(Names.phrase(words)) + " of the " + entity(table) + ".");
  }

  private static String describeId(String entity, String references, boolean primaryKey) {
    if (primaryKey) {
      return "Unique identifier of the " + entity + ".";
    }
    if (references != null) {
      return "Identifier of the " + entity + "; references " + references + ".";
    }
    return "Identifier of the " + entity + ".";
  }

  private static Optional<String> template(List<String> words, String last, String rest) {
    String enumValues =
        Vocabulary.find(String.join("_", words))
            .map(v -> " One of: " + String.join(", ", v.stream().distinct().toList()) + ".")
            .orElse("");
    String text =
        switch (last) {
          case "at", "ts", "timestamp" -> "When " + rest + " happened, in UTC.";
          case "date", "day" -> "Calendar date of " + or(rest, "the record") + ".";
          case "month", "week" -> "First day of the " + last + " the row refers to.";
          case "count" -> "Number of " + rest + ".";
          case "qty", "quantity", "units" -> "Quantity of " + or(rest, "units") + ", in units.";
          case "rate", "pct", "ratio", "share" ->
              Names.capitalize(Names.phrase(words)) + ", as a fraction between 0 and 1.";
          case "amount", "value", "cost", "price", "revenue", "spend" ->
              Names.capitalize(Names.phrase(words)) + ", in the currency of the row.";
          case "name" -> "Name of the " + or(rest, "record") + ".";
          case "code" -> Names.capitalize(or(rest, "short")) + " code.";
          case "status", "type", "reason", "tier", "method", "stage" ->
              Names.capitalize(Names.phrase(words)) + "." + enumValues;
          case "days", "hours", "minutes", "seconds" ->
              Names.capitalize(or(rest, "duration")) + ", in " + last + ".";
          default -> null;
        };
    if (text == null && words.get(0).equals("is")) {
      text = "True when the record is " + Names.phrase(words.subList(1, words.size())) + ".";
    }
    if (text == null && !enumValues.isEmpty()) {
      text = Names.capitalize(Names.phrase(words)) + "." + enumValues;
    }
    return Optional.ofNullable(text);
  }

  private static String or(String text, String fallback) {
    return text.isEmpty() ? fallback : text;
  }

  private static String entity(String table) {
    return Names.singular(table.contains(".") ? table.substring(table.indexOf('.') + 1) : table);
  }

  private static Map<String, String> parse() {
    Map<String, String> map = new TreeMap<>();
    for (String line : DICTIONARY.strip().split("\n")) {
      int eq = line.indexOf(" = ");
      map.put(line.substring(0, eq).trim(), line.substring(eq + 3).trim());
    }
    return map;
  }
}

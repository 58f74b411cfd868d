package dev.meshlens.sample.mesh.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Decides a column's classification, PII tags and glossary term from its name and domain. */
final class ColumnClassifier {
  private static final Map<String, String> PII =
      Map.ofEntries(
          Map.entry("email", "email"),
          Map.entry("phone", "phone"),
          Map.entry("mobile", "phone"),
          Map.entry("first_name", "name"),
          Map.entry("last_name", "name"),
          Map.entry("full_name", "name"),
          Map.entry("customer_name", "name"),
          Map.entry("recipient_name", "name"),
          Map.entry("address_line1", "address"),
          Map.entry("address_line2", "address"),
          Map.entry("street", "address"),
          Map.entry("ip_address", "ip"),
          Map.entry("date_of_birth", "dob"),
          Map.entry("birth_date", "dob"),
          Map.entry("iban", "bank"),
          Map.entry("card_last4", "card"),
          Map.entry("card_token", "card"),
          Map.entry("reviewer_name", "name"),
          Map.entry("recipient_email", "email"),
          Map.entry("email_address", "email"),
          Map.entry("emailAddress", "email"),
          Map.entry("requesterEmail", "email"));
  private static final Set<String> RESTRICTED = Set.of("dob", "bank", "card");
  private static final Set<String> PUBLIC =
      Set.of(
          "product_name",
          "brand_name",
          "category_name",
          "color",
          "size",
          "store_name",
          "list_price",
          "season",
          "product_description",
          "material",
          "city",
          "country_code");
  private static final List<Map.Entry<Pattern, String>> TERMS =
      List.of(
          rule("^customer_?(id|key|number)$|^customerId$", "customer"),
          rule("^order_id$|^order_number$|^orderId$", "order"),
          rule("^order_line_id$", "order-line"),
          rule("^return_id$", "return"),
          rule("^refund_amount$|^refund_id$", "refund"),
          rule("^sku$|^variant_sku$", "sku"),
          rule("^product_id$", "product"),
          rule("^variant_id$", "product-variant"),
          rule("^category_id$", "product-category"),
          rule("^brand_(id|name)$", "brand"),
          rule("^supplier_id$", "supplier"),
          rule("^list_price$|^unit_price$", "price"),
          rule("^markdown_pct$", "markdown"),
          rule("^promotion_id$", "promotion"),
          rule("^campaign_id$|^campaignId$", "campaign"),
          rule("^clickThroughRate$|^ctr$", "click-through-rate"),
          rule("conversion_rate$|^conversionRate$", "conversion-rate"),
          rule("lifetime_value$|^clv$", "customer-lifetime-value"),
          rule("^churn_probability$|^churn_risk$", "churn"),
          rule("^segment_id$|^segment_code$", "customer-segment"),
          rule("^points_balance$|^points$|^points_earned$", "loyalty-points"),
          rule("^loyalty_tier$|^tier$", "loyalty-tier"),
          rule("^shipment_id$", "shipment"),
          rule("^parcel_id$|^tracking_number$", "parcel"),
          rule("^carrier_code$|^carrier_id$", "carrier"),
          rule("^lead_time_days$", "lead-time"),
          rule("^on_time_rate$|^is_on_time$", "on-time-delivery"),
          rule("^warehouse_id$", "warehouse"),
          rule("^store_id$", "store"),
          rule("^stock_on_hand$|^on_hand_qty$", "stock-on-hand"),
          rule("^reorder_point$", "reorder-point"),
          rule("^safety_stock$", "safety-stock"),
          rule("^purchase_order_id$|^po_number$", "purchase-order"),
          rule("^forecast_qty$", "demand-forecast"),
          rule("^gl_account$", "chart-of-accounts"),
          rule("^cost_center$", "cost-center"),
          rule("^fiscal_period$", "fiscal-period"),
          rule("^deferred_amount$", "deferred-revenue"),
          rule("^recognized_amount$|^revenue$|^net_revenue$", "revenue"),
          rule("^net_sales$", "net-sales"),
          rule("^gmv$|^gross_merchandise_value$", "gross-merchandise-value"),
          rule("^gross_margin$", "gross-margin"),
          rule("^cogs$", "cost-of-goods-sold"),
          rule("^aov$|^average_order_value$", "average-order-value"),
          rule("^fx_rate$", "fx-rate"),
          rule("^chargeback_id$", "chargeback"),
          rule("^settlement_id$", "settlement"),
          rule("^payment_id$", "payment"),
          rule("^channel$|^sales_channel$", "sales-channel"),
          rule("^currency_code$", "currency"),
          rule("^nps_score$", "net-promoter-score"),
          rule("^ticket_id$", "support-ticket"),
          rule("^consent_type$|^consent_status$", "marketing-consent"),
          rule("^email$|^phone$|^date_of_birth$", "personal-data"),
          rule("^attributed_revenue$|^attribution_model$", "marketing-attribution"),
          rule("^open_rate$|^openRate$", "email-open-rate"),
          rule("^basket_size$|^items_per_basket$", "basket"),
          rule("^return_rate$", "return-rate"),
          rule("^sessions$|^session_id$", "web-session"));

  private ColumnClassifier() {}

  private static Map.Entry<Pattern, String> rule(String regex, String term) {
    return Map.entry(Pattern.compile(regex), term);
  }

  static String classification(String name, String domain) {
    String pii = PII.get(name);
    if (pii != null) {
      return RESTRICTED.contains(pii) ? "restricted" : "confidential";
    }
    if (PUBLIC.contains(name)) {
      return "public";
    }
    boolean money = ColumnTypes.physicalType(name).startsWith("numeric(12");
    return money && domain.equals("finance") ? "confidential" : "internal";
  }

  static List<String> tags(String name) {
    List<String> tags = new ArrayList<>();
    String pii = PII.get(name);
    if (pii != null) {
      tags.add("pii");
      tags.add("pii:" + pii);
    }
    return tags;
  }

  static String term(String name) {
    for (Map.Entry<Pattern, String> rule : TERMS) {
      if (rule.getKey().matcher(name).find()) {
        return rule.getValue();
      }
    }
    return null;
  }
}

package dev.meshlens.sample.synthetic;

import java.util.List;

/** The word lists names and descriptions are made of. */
final class Words {
  private Words() {}

  static final List<String> AREAS =
      List.of(
          "sales",
          "marketing",
          "finance",
          "logistics",
          "customer-care",
          "people",
          "procurement",
          "supply-chain",
          "payments",
          "risk",
          "fraud",
          "pricing",
          "catalog",
          "inventory",
          "fulfilment",
          "billing",
          "crm",
          "growth",
          "product-analytics",
          "data-science",
          "loyalty",
          "ecommerce",
          "retail-stores",
          "manufacturing",
          "quality",
          "legal",
          "compliance",
          "security",
          "it-operations",
          "facilities",
          "partnerships",
          "advertising",
          "content",
          "search",
          "recommendations",
          "subscriptions",
          "treasury",
          "tax",
          "accounting",
          "insurance");

  static final List<String> REGIONS =
      List.of(
          "emea", "apac", "amer", "latam", "nordics", "dach", "uk", "france", "iberia", "benelux",
          "japan", "india");

  static final List<String> PRODUCT_SUBJECTS =
      List.of(
          "customer",
          "order",
          "revenue",
          "campaign",
          "churn",
          "demand",
          "supplier",
          "shipment",
          "payment",
          "invoice",
          "price",
          "product",
          "stock",
          "session",
          "lead",
          "claim",
          "policy",
          "employee",
          "ticket",
          "store",
          "basket",
          "promotion",
          "forecast",
          "exposure",
          "fraud",
          "loyalty",
          "subscription",
          "content",
          "search",
          "web");

  static final List<String> PRODUCT_KINDS =
      List.of(
          "insights",
          "analytics",
          "360",
          "events",
          "metrics",
          "facts",
          "master-data",
          "reporting",
          "features",
          "scores",
          "signals",
          "history",
          "snapshots",
          "ledger",
          "pipeline",
          "hub",
          "feed",
          "mart",
          "catalog",
          "kpis");

  /** Table subjects as {@code plural/singular}. */
  static final List<String> ENTITIES =
      List.of(
          "orders/order",
          "customers/customer",
          "invoices/invoice",
          "shipments/shipment",
          "payments/payment",
          "refunds/refund",
          "sessions/session",
          "page_views/page_view",
          "clicks/click",
          "campaigns/campaign",
          "leads/lead",
          "accounts/account",
          "subscriptions/subscription",
          "products/product",
          "inventory/inventory_item",
          "stock_levels/stock_level",
          "suppliers/supplier",
          "purchase_orders/purchase_order",
          "returns/return",
          "reviews/review",
          "tickets/ticket",
          "agents/agent",
          "calls/call",
          "contracts/contract",
          "claims/claim",
          "policies/policy",
          "employees/employee",
          "payroll/payroll_line",
          "timesheets/timesheet",
          "budgets/budget",
          "forecasts/forecast",
          "ledger_entries/ledger_entry",
          "journal_lines/journal_line",
          "transactions/transaction",
          "exchange_rates/exchange_rate",
          "devices/device",
          "sensor_readings/sensor_reading",
          "deliveries/delivery",
          "routes/route",
          "vehicles/vehicle",
          "warehouses/warehouse",
          "carts/cart",
          "promotions/promotion",
          "coupons/coupon",
          "loyalty_points/loyalty_point",
          "stores/store",
          "prices/price",
          "quotes/quote",
          "opportunities/opportunity",
          "events/event",
          "notifications/notification",
          "emails/email_message",
          "experiments/experiment",
          "assignments/assignment",
          "features/feature",
          "predictions/prediction",
          "audits/audit",
          "logins/login",
          "searches/search",
          "visits/visit");

  static final List<String> TABLE_QUALIFIERS =
      List.of(
          "",
          "daily",
          "hourly",
          "monthly",
          "snapshot",
          "history",
          "staging",
          "raw",
          "clean",
          "enriched",
          "agg",
          "summary",
          "v2",
          "latest",
          "by_region",
          "by_channel",
          "by_customer",
          "weekly",
          "archive",
          "current");

  /** Names of the hub datasets, the shared reference tables that very many jobs read. */
  static final List<String> HUBS =
      List.of(
          "dim_customer",
          "dim_product",
          "dim_date",
          "dim_store",
          "dim_currency",
          "dim_country",
          "ref_exchange_rates",
          "ref_calendar",
          "core_orders",
          "core_customers",
          "core_events",
          "core_accounts");

  static final List<String> FIRST_NAMES =
      List.of(
          "ana", "ben", "chen", "dana", "elif", "farid", "grace", "hugo", "ines", "jonas", "kemal",
          "lea", "mateo", "nadia", "omar", "priya", "quentin", "rosa", "sven", "tariq", "uma",
          "victor", "wen", "ximena", "yusuf", "zoe", "aiko", "bruno", "carla", "diego", "emma",
          "felix", "giulia", "hannah", "ivan", "julia", "karim", "lucas", "maya", "noah");

  static final List<String> LAST_NAMES =
      List.of(
          "silva",
          "novak",
          "garcia",
          "muller",
          "kowalski",
          "rossi",
          "dubois",
          "jensen",
          "tanaka",
          "okafor",
          "haddad",
          "nguyen",
          "petrov",
          "schmidt",
          "larsen",
          "moreau",
          "costa",
          "yilmaz",
          "kim",
          "singh",
          "ferreira",
          "berg",
          "romano",
          "fischer",
          "lopez",
          "ivanova",
          "sato",
          "mensah",
          "weber",
          "andersen",
          "bianchi",
          "martin",
          "santos",
          "horvat",
          "meyer",
          "khan",
          "olsen",
          "conti",
          "laurent",
          "wagner");

  static final List<String> REFRESH = List.of("hourly", "daily", "nightly", "weekly", "monthly");

  static final List<String> DATASET_TAGS =
      List.of(
          "gold",
          "silver",
          "bronze",
          "certified",
          "raw",
          "curated",
          "finance",
          "kpi",
          "gdpr",
          "retention:30d",
          "retention:1y",
          "sla:daily",
          "experimental",
          "deprecated",
          "tier:critical");

  /** {@code customer-care} or {@code page_views} as {@code Customer Care}, {@code Page Views}. */
  static String title(String words) {
    StringBuilder out = new StringBuilder(words.length());
    boolean upper = true;
    for (int i = 0; i < words.length(); i++) {
      char c = words.charAt(i);
      if (c == '-' || c == '_' || c == ' ') {
        out.append(' ');
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }

  /** {@code order_events} or {@code customer-care} as {@code orderEvents}, {@code customerCare}. */
  static String camel(String words) {
    StringBuilder out = new StringBuilder(words.length());
    boolean upper = false;
    for (int i = 0; i < words.length(); i++) {
      char c = words.charAt(i);
      if (c == '-' || c == '_') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }

  static String snake(String words) {
    return words.replace('-', '_');
  }
}

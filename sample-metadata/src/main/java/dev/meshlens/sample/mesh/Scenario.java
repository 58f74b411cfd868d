package dev.meshlens.sample.mesh;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What the sample mesh deliberately contains, so that tests and the README agree: the broken and
 * the silent pipelines (freshness misses), the flaky job, failing quality checks and the usage
 * patterns of the query log.
 */
final class Scenario {
  /** Days of history before the anchor in lineage and usage. */
  static final int DAYS = 60;

  /** Fails on every run since {@link #BROKEN_FOR} before the anchor although its SLA is 24 h. */
  static final String BROKEN_JOB = "logistics.carrier-performance.build_carrier_scorecards";

  static final Duration BROKEN_FOR = Duration.ofDays(4);

  static final String BROKEN_ERROR =
      "psycopg2.errors.UndefinedColumn: column \"zone_code\" does not exist\n"
          + "LINE 4:     i.zone_code,\n"
          + "HINT: the carrier invoice feed of 2026-11-16 renamed zone_code to tariff_zone";

  /** Stops emitting any event this long before the anchor although its SLA is 2 h. */
  static final String SILENT_PRODUCT = "marketing/web-analytics";

  static final Duration SILENT_FOR = Duration.ofHours(70);

  /** Fails on about one run in six and succeeds on the retry 20 minutes later. */
  static final String FLAKY_JOB = "finance.payments.ingest_psp_reports";

  /** Failed three days in a row three weeks before the anchor, then recovered. */
  static final String OUTAGE_JOB = "finance.financial-forecasts.build_financial_forecasts";

  static final int OUTAGE_FIRST_DAY_BEFORE = 22;

  /** Share of runs of other jobs that fail once and succeed on the retry. */
  static final double RANDOM_FAILURE_RATE = 0.015;

  /**
   * A quality assertion that fails in a window of days before the anchor.
   *
   * @param dataset the OpenLineage dataset name
   * @param rule the rule name (as in the contract)
   * @param fromDaysBefore the first failing day, counted back from the anchor
   * @param toDaysBefore the last failing day (1 = the day before the anchor, the latest run)
   * @param actual the offending row count reported
   */
  record FailingCheck(
      String dataset, String rule, int fromDaysBefore, int toDaysBefore, int actual) {}

  static final List<FailingCheck> FAILING_CHECKS =
      List.of(
          new FailingCheck(
              "orders.public.order_lines", "non_negative_order_lines_quantity", 17, 16, 3),
          new FailingCheck(
              "customer_profile.public.customer_addresses",
              "not_null_customer_addresses_customer_id",
              3,
              1,
              14),
          new FailingCheck(
              "shipments.public.shipments", "accepted_values_shipments_shipment_status", 2, 1, 6),
          new FailingCheck(
              "revenue_recognition.public.revenue_postings",
              "unique_revenue_postings_posting_id",
              30,
              30,
              2),
          new FailingCheck(
              "sales_performance.public.daily_sales_by_store",
              "row_count_daily_sales_by_store",
              9,
              9,
              0));

  /** dbt tests that fail in the latest dbt build, with their failure counts. */
  static final Map<String, Integer> DBT_FAILING_TESTS =
      Map.of(
          "unique_fct_revenue_revenue_key", 3,
          "not_null_fct_attributed_orders_touchpoint_id", 12);

  /** A dbt test that only warns (severity warn) in the latest dbt build. */
  static final String DBT_WARNING_TEST = "not_null_dim_customer_customer_key";

  /** The most queried datasets, most popular first (OpenLineage names). */
  static final List<String> HOT =
      List.of(
          "orders.public.orders",
          "customer_360.public.customer_360",
          "sales_performance.public.daily_sales_by_store",
          "product_master.public.product_variants",
          "finance.marts.fct_revenue");

  /** Queried more and more over the 60 days. */
  static final List<String> RISING =
      List.of(
          "customer_segments.public.segment_memberships",
          "demand_forecast.public.sku_store_forecasts",
          "marketing_attribution.public.channel_attribution_daily");

  /** Queried less and less over the 60 days. */
  static final List<String> DECLINING =
      List.of(
          "email_engagement.public.email_events_legacy",
          "store_sales.public.POS Receipt Lines",
          "web_analytics.public.landing_pages_daily");

  /**
   * Output-port datasets nobody queries (besides every internal table, which nobody queries
   * either).
   */
  static final List<String> UNUSED =
      List.of(
          "product_reviews.public.review_media",
          "carrier_performance.public.carrier_rate_cards",
          "email_engagement.public.email_campaign_stats_legacy",
          "promotions.public.coupon_codes",
          "financial_forecasts.public.forecast_drivers");

  private Scenario() {}
}

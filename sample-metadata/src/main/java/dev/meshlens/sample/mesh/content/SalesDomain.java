package dev.meshlens.sample.mesh.content;

/** The sales domain, in blueprint lines (see {@code Blueprint} for the keywords). */
public final class SalesDomain {
  public static final String TEXT =
      """
      domain sales | Sales | team:sales-data | Orders, returns, promotions and store sales across web, app, marketplaces and 40 stores.

      product orders | Orders | active | hourly | maria.garcia@acme.example | 0.93
      purpose Every customer order placed online, in the app, on marketplaces or in a store, with its lines, payments and status history. The backbone of all sales reporting.
      usage orders is one row per order; join order_lines on order_id and product-master on sku. Exclude is_test orders. The order-events topic carries the same changes as a stream.
      limitations Marketplace orders arrive with up to 2 hours delay. Amounts are in the order currency; convert with the finance fx rates.
      tags orders, sales, core, hourly, certified
      sla 2
      checks 04:10
      port orders | postgres | 2.4.0 | active | orders | orders, order_lines, order_payments, order_status_history, open_orders | Orders, order lines, payments and status changes, refreshed hourly.
      port order-events | kafka | 1.1.0 | active | order-events | sales.order-events.v1 | Order lifecycle events (placed, paid, shipped, cancelled) as JSON on Kafka.
      table orders | One row per customer order. | order_id*, order_number, customer_id, store_id, sales_channel, order_status, ordered_at, currency_code, subtotal_amount, discount_amount, shipping_amount, tax_amount, total_amount, promotion_code, shipping_country_code, is_test, created_at, updated_at, device_type, locale, ip_address, billing_country_code:varchar(2), promised_delivery_date, cancelled_at, cancellation_reason:varchar(40), is_first_order
      table order_lines | One row per product line of an order. | order_line_id*, order_id>orders, line_number:integer, sku, quantity, unit_price, discount_amount, tax_amount, line_total_amount, fulfilment_warehouse_id, is_gift_wrapped, product_name, color, size, list_price, cost_price, is_returnable
      table order_payments | Payments captured for an order; split tender gives several rows. | payment_id*, order_id>orders, payment_method, payment_provider, payment_status, amount, currency_code, authorized_at, captured_at, card_last4:varchar(4), psp_reference, fee_amount, refunded_amount
      table order_status_history | Every status change of every order. | status_change_id*, order_id>orders, from_status:varchar(20), to_status:varchar(20), changed_at, changed_by_system:varchar(40)
      view open_orders | Orders not yet shipped or cancelled. | orders | order_id, order_number, customer_id, sales_channel, order_status, ordered_at, total_amount | order_status IN ('placed', 'paid', 'picking')
      topic sales.order-events.v1 | Order lifecycle events, one message per status change; key: orderId. | eventId, eventType:varchar(40), orderId, orderNumber, customerId, salesChannel, totalAmount, currencyCode, occurredAt, producedAt
      table stg_webshop_orders | Raw order documents pulled from the web shop API every hour. | webshop_order_id*, payload_json, api_version:varchar(10), received_at
      copy stg_variants | - | product-catalog/product-master:product_variants | variant_id, sku, product_id, list_price, is_active
      copy stg_prices | - | product-catalog/pricing:current_prices | price_list_id, sku, selling_price, price_type
      view marketplace_orders | Orders placed through marketplaces. | orders | order_id, order_number, customer_id, order_status, ordered_at, total_amount, currency_code | sales_channel = 'marketplace'
      job ingest_webshop_orders | hourly:05 | -> stg_webshop_orders
      job ingest_catalog | 03:30 | product-catalog/product-master:product_variants, product-catalog/pricing:current_prices -> stg_variants, stg_prices
      job build_orders | hourly:20 | stg_webshop_orders, stg_variants, stg_prices -> orders, order_lines, order_payments, order_status_history
      job publish_order_events | hourly:25 | orders -> sales.order-events.v1
      flyway

      product returns | Returns | active | daily | jonas.weber@acme.example | 0.83
      purpose Customer returns and refunds for online and store orders: what came back, why, in what condition, and what was refunded.
      usage Join returns to orders on order_id and return_lines to order_lines on order_line_id. return_rate_by_sku is ready for merchandising.
      limitations Store returns of online orders are booked with the store's store_id, not the original channel.
      tags returns, refunds, sales
      checks 05:15
      port returns | postgres | 1.6.0 | active | returns | returns, return_lines, refunds, return_rate_by_sku, goodwill_credits | Returns, returned lines, refunds, goodwill and return rates per SKU.
      table returns | One row per return (RMA). | return_id*, rma_number, order_id, customer_id, store_id, return_channel, return_status, requested_at, received_at, refunded_at, created_at, updated_at, label_carrier_code:varchar(12), return_tracking_number:varchar(24), total_refund_amount:numeric(12,2), inspection_notes:text
      table return_lines | Returned units per order line. | return_line_id*, return_id>returns, order_line_id, sku, quantity, return_reason, condition, restock_warehouse_id, refund_amount, unit_price, inspected_at, inspection_result:varchar(20)
      table refunds | Refunds paid out for returns, cancellations and goodwill. | refund_id*, return_id>returns, order_id, refund_method, refund_status, refund_amount, currency_code, payment_provider, refunded_at, psp_reference, approved_by:varchar(100), reason_text
      table return_rate_by_sku | Share of sold units returned per SKU over the trailing 90 days. | sku*, units_sold, units_returned, return_rate, top_return_reason, computed_date
      table goodwill_credits | Goodwill vouchers granted instead of or on top of refunds. | credit_id*, customer_id, order_id, credit_amount, currency_code, reason_text, granted_by:varchar(100), granted_at, expires_date
      copy stg_orders | - | sales/orders:orders | order_id, order_number, customer_id, sales_channel, ordered_at, total_amount, currency_code
      copy stg_order_lines | - | sales/orders:order_lines | order_line_id, order_id, sku, quantity, unit_price
      table stg_rma_requests | RMA requests from the returns portal. | rma_request_id*, rma_number, order_number, email, reason_text, payload_json, requested_at
      view open_returns | Returns not yet refunded or rejected. | returns | return_id, rma_number, order_id, customer_id, return_status, requested_at | return_status IN ('requested', 'in_transit', 'received', 'inspected')
      job ingest_orders | 04:30 | sales/orders:orders, sales/orders:order_lines -> stg_orders, stg_order_lines
      job ingest_rma_portal | 04:30 | -> stg_rma_requests
      job build_returns | 05:00 | stg_orders, stg_order_lines, stg_rma_requests -> returns, return_lines, refunds, goodwill_credits, return_rate_by_sku
      flyway

      product store-sales | Store Sales | active | daily | aisha.khan@acme.example | 0.73
      purpose Till transactions from the 40 Acme stores, from the nightly POS exports: receipts, lines, tenders and till sessions, with the store master.
      usage Use receipts for store traffic and basket analysis; store sales also appear in sales/orders with sales_channel = store.
      limitations POS exports arrive after store closing; UK stores export one hour later. The legacy table "POS Receipt Lines" mirrors the old POS layout and will be removed in Q1 2027.
      tags stores, pos, sales
      port pos-exports | s3 | 1.0.0 | active | pos-exports | pos-exports/receipts, pos-exports/tenders | Nightly POS export files as delivered by the till system.
      port store-sales | postgres | 1.3.0 | active | store-sales | stores, receipts, receipt_lines, tenders, till_sessions | Store master and till transactions.
      file pos-exports/receipts | Receipt lines as exported by the POS (one CSV per store and day). | store_code, till_number, receipt_number, line_number:integer, sku, quantity, unit_price, line_discount, receipt_total, cashier_code, transaction_ts
      file pos-exports/tenders | Payments per receipt from the POS export. | store_code, till_number, receipt_number, tender_type, tender_amount, currency_code, card_scheme
      table stores | One row per store. | store_id*, store_code, store_name, store_format, city, country_code, region, opened_date, selling_area_sqm, is_active, address_line1, postal_code, phone, manager_name:varchar(100), latitude, longitude, opening_hours:varchar(200), closed_date
      table till_sessions | Till opening and closing per register and day. | till_session_id*, store_id>stores, till_number, opened_at, closed_at, opening_float_amount, closing_cash_amount, cash_difference_amount
      table receipts | One row per till receipt. | receipt_id*, store_id>stores, till_session_id>till_sessions, receipt_number, customer_id, transaction_at, item_count, total_amount, discount_amount, currency_code, cashier_code, payment_method, tax_amount, is_return
      table receipt_lines | One row per line of a till receipt. | receipt_line_id*, receipt_id>receipts, line_number:integer, sku, quantity, unit_price, discount_amount, line_total_amount, tax_amount, promotion_code, cost_price
      table tenders | Payments per receipt. | tender_id*, receipt_id>receipts, tender_type, tender_amount, currency_code, card_scheme
      copy POS Receipt Lines | Legacy flat receipt lines in the old POS layout; kept for the finance reconciliation until Q1 2027. | pos-exports/receipts | * + _loaded_at
      copy stg_pos_tenders | - | pos-exports/tenders | * + _loaded_at
      job load_pos_exports | 02:30 | pos-exports/receipts, pos-exports/tenders -> POS Receipt Lines, stg_pos_tenders
      job build_store_sales | 03:00 | POS Receipt Lines, stg_pos_tenders -> till_sessions, receipts, receipt_lines, tenders

      product promotions | Promotions | active | daily | jonas.weber@acme.example | 0.83
      purpose Promotions and coupon codes with their rules, redemptions and uplift, across web, app and stores.
      usage promotion_performance_daily compares redemptions and revenue with the baseline; join promotion_redemptions to orders on order_id.
      limitations Uplift is estimated against a 4-week baseline and ignores cannibalisation.
      tags promotions, coupons, discounts
      port promotions | postgres | 1.0.0 | active | promotions | promotions, promotion_rules, coupon_codes, promotion_redemptions, promotion_performance_daily | Promotions, rules, codes, redemptions and daily performance.
      table promotions | One row per promotion. | promotion_id*, promotion_code, promotion_name, promotion_type, sales_channel, start_date, end_date, budget_amount, owner_team, approval_status, created_at
      table promotion_rules | Conditions and benefits of a promotion. | rule_id*, promotion_id>promotions, condition_type, condition_threshold:varchar(100), benefit_type, benefit_amount, max_redemptions:integer
      table coupon_codes | Single-use and multi-use coupon codes. | coupon_code*, promotion_id>promotions, is_single_use, issued_to_customer_id, issued_at, redeemed_at, expires_date
      table promotion_redemptions | Orders that used a promotion. | redemption_id*, promotion_id>promotions, order_id, customer_id, coupon_code, discount_amount, sales_channel, redeemed_at
      table promotion_performance_daily | Redemptions, discount cost and uplift per promotion and day. | report_date*, promotion_id*>promotions, redemption_count, discount_amount, net_sales, baseline_net_sales:numeric(12,2), uplift_pct, new_customer_count
      copy stg_orders | - | sales/orders:orders | order_id, customer_id, sales_channel, ordered_at, promotion_code, discount_amount, total_amount
      view active_promotions | Promotions running on the anchor date. | promotions | promotion_id, promotion_code, promotion_name, promotion_type, sales_channel, start_date, end_date | start_date <= '2026-11-20' AND end_date >= '2026-11-20'
      job ingest_orders | 05:10 | sales/orders:orders -> stg_orders
      job build_promotion_performance | 05:40 | stg_orders, promotions, promotion_rules, coupon_codes -> promotion_redemptions, promotion_performance_daily
      flyway

      product sales-performance | Sales Performance | active | daily | maria.garcia@acme.example | 0.95
      purpose Daily sales KPIs by store, channel and category against targets: the numbers of the Monday sales meeting.
      usage daily_sales_by_store and daily_sales_by_category are the certified sources for net sales; use sales_targets for plan comparisons.
      limitations Figures for the current day are preliminary until 06:00 UTC the next day.
      tags kpi, sales, certified
      checks 06:30
      port sales-kpis | postgres | 2.0.0 | active | sales-kpis | daily_sales_by_store, daily_sales_by_channel, daily_sales_by_category, weekly_sales_summary, sales_targets | Certified daily and weekly sales KPIs with targets.
      table daily_sales_by_store | Net sales, orders and traffic per store and day. | sales_date*, store_id*, order_count, units_sold, gross_sales, discount_amount, net_sales, returns_amount, average_order_value, footfall:integer, conversion_rate, currency_code
      table daily_sales_by_channel | Net sales per sales channel and day. | sales_date*, sales_channel*, order_count, units_sold, gross_sales, net_sales, returns_amount, average_order_value, new_customer_count
      table daily_sales_by_category | Net sales and margin per category and day. | sales_date*, category_id*, units_sold, net_sales, cogs, gross_margin, gross_margin_pct, markdown_share
      table weekly_sales_summary | Week-over-week summary for the sales meeting. | week_start_date*, net_sales, net_sales_last_year:numeric(12,2), growth_pct, order_count, average_order_value, return_rate, top_category_name
      table sales_targets | Monthly sales targets per store and channel from the budget. | target_id*, target_month, store_id, sales_channel, target_net_sales, target_orders, currency_code, approved_at
      copy stg_orders | - | sales/orders:orders | order_id, customer_id, store_id, sales_channel, ordered_at, total_amount, discount_amount, currency_code, is_test
      copy stg_order_lines | - | sales/orders:order_lines | order_line_id, order_id, sku, quantity, line_total_amount
      copy stg_refunds | - | sales/returns:refunds | refund_id, order_id, refund_amount, refunded_at
      copy stg_receipts | - | sales/store-sales:receipts | receipt_id, store_id, transaction_at, total_amount
      copy stg_variants | - | product-catalog/product-master:product_variants | sku, product_id
      job ingest_sales_inputs | 05:30 | sales/orders:orders, sales/orders:order_lines, sales/returns:refunds, sales/store-sales:receipts, product-catalog/product-master:product_variants -> stg_orders, stg_order_lines, stg_refunds, stg_receipts, stg_variants
      job build_sales_kpis | 06:00 | stg_orders, stg_order_lines, stg_refunds, stg_receipts, stg_variants, sales_targets -> daily_sales_by_store, daily_sales_by_channel, daily_sales_by_category, weekly_sales_summary
      """;

  private SalesDomain() {}
}

package dev.meshlens.sample.mesh.content;

/** The finance domain, in blueprint lines (see {@code Blueprint} for the keywords). */
public final class FinanceDomain {
  public static final String TEXT =
      """
      domain finance | Finance | team:finance-data | Payments, payables, the general ledger, revenue recognition, forecasts and the finance warehouse.

      product general-ledger | General Ledger | active | daily | claire.moreau@acme.example | 0.88
      purpose Journal entries and balances of the Acme general ledger, with the chart of accounts, cost centres and the fiscal calendar, from the ERP.
      usage account_balances_monthly for reporting and journal_lines for drill-down. Amounts are in EUR; local currency amounts are kept alongside.
      limitations The ledger closes on working day 5 of the next month; balances of open periods change until then.
      tags ledger, erp, accounting, sox
      port ledger | postgres | 2.5.0 | active | ledger | gl_accounts, cost_centers, fiscal_periods, journal_entries, journal_lines, account_balances_monthly | Chart of accounts, cost centres, fiscal periods, journals and monthly balances.
      table gl_accounts | The chart of accounts. | gl_account*:varchar(10), account_name, account_type, parent_account:varchar(10), is_balance_sheet, is_active
      table cost_centers | Cost centres. | cost_center*:varchar(10), cost_center_name, department_name, is_active
      table fiscal_periods | The fiscal calendar; the Acme fiscal year starts on 1 February. | fiscal_period*:varchar(8), fiscal_year:integer, fiscal_quarter, period_start_date, period_end_date, period_status
      table journal_entries | Journal entry headers. | journal_entry_id*, document_number, journal_type, fiscal_period>fiscal_periods:varchar(8), posting_date, document_date, source_system, posted_by:varchar(100), description, created_at, reversal_of_entry_id, is_reversal, approved_by:varchar(100), approved_at
      table journal_lines | Journal entry lines: one debit or credit on one account. | journal_line_id*, journal_entry_id>journal_entries, line_number:integer, gl_account>gl_accounts:varchar(10), cost_center>cost_centers:varchar(10), debit_amount, credit_amount, currency_code, local_amount, fx_rate, tax_code, line_text, document_date, posting_key:varchar(4), partner_reference:varchar(24)
      table account_balances_monthly | Closing balance per account, cost centre and period. | fiscal_period*>fiscal_periods:varchar(8), gl_account*>gl_accounts:varchar(10), cost_center*>cost_centers:varchar(10), opening_balance, debit_total, credit_total, closing_balance
      table stg_erp_postings | Raw postings exported from the ERP. | posting_id*, company_code, document_number, posting_date, gl_account:varchar(10), cost_center:varchar(10), amount, currency_code, debit_credit_indicator:varchar(1), exported_at
      view open_fiscal_periods | Fiscal periods still open for posting. | fiscal_periods | fiscal_period, fiscal_year, period_start_date, period_end_date, period_status | period_status <> 'closed'
      job ingest_erp_postings | 01:00 | -> stg_erp_postings
      job build_ledger | 01:45 | stg_erp_postings -> gl_accounts, cost_centers, fiscal_periods, journal_entries, journal_lines, account_balances_monthly

      product payments | Payments | active | daily | erik.lindqvist@acme.example | 0.83
      purpose Payment transactions, settlements and chargebacks from our payment service providers, reconciled against orders.
      usage settlements_daily ties PSP payouts to bank statements; chargebacks feeds fraud monitoring.
      limitations PayPal settlements arrive two days late; Klarna settles weekly.
      tags payments, psp, reconciliation
      port psp-settlements | s3 | 1.0.0 | active | psp-settlements | psp/settlements, psp/chargebacks | Settlement and chargeback reports as delivered by the PSPs.
      port payments | postgres | 2.0.0 | active | payments | payment_transactions, settlements, settlements_daily, chargebacks, payment_reconciliation | PSP transactions, settlements, chargebacks and their reconciliation with orders.
      file psp/settlements | Settlement report lines, one file per PSP and day. | psp, batch_reference, merchant_reference, psp_reference, transaction_type, gross_amount, fee_amount, net_amount, currency_code, booking_date, payout_date
      file psp/chargebacks | Chargeback notifications from the PSPs. | psp, psp_reference, merchant_reference, chargeback_reason, chargeback_amount, currency_code, notified_at, respond_by_date
      table payment_transactions | One row per PSP transaction (authorisation, capture, refund). | transaction_id*, psp, psp_reference, order_number, transaction_type, amount, currency_code, payment_method, is_successful, transaction_at, fee_amount, card_scheme, country_code, three_ds_result:varchar(20), risk_score
      table settlements | Settlement lines from the PSP reports. | settlement_id*, psp, batch_reference, psp_reference, transaction_type, gross_amount, fee_amount, net_amount, currency_code, booking_date, payout_date
      table settlements_daily | Payouts per PSP and day, matched to bank statements. | payout_date*, psp*, gross_amount, fee_amount, net_amount, currency_code, bank_statement_reference, is_matched
      table chargebacks | Chargebacks and their dispute outcome. | chargeback_id*, psp, psp_reference, order_number, chargeback_reason, chargeback_amount, currency_code, chargeback_status, notified_at, respond_by_date, resolved_at, evidence_submitted_at, dispute_fee_amount, customer_id
      table payment_reconciliation | Orders matched to captured payments. | reconciliation_id*, order_number, order_total_amount, captured_amount, refunded_amount, difference_amount, match_status, reconciled_at
      copy stg_psp_settlements | - | psp/settlements | * + _loaded_at
      copy stg_psp_chargebacks | - | psp/chargebacks | * + _loaded_at
      copy stg_order_payments | - | sales/orders:order_payments | payment_id, order_id, payment_method, payment_provider, payment_status, amount, currency_code, captured_at
      copy stg_refunds | - | sales/returns:refunds | refund_id, order_id, refund_amount, payment_provider, refunded_at
      view unmatched_payouts | PSP payouts not yet matched to a bank statement line. | settlements_daily | payout_date, psp, net_amount, currency_code | is_matched = 0
      job ingest_psp_reports | 03:15 | psp/settlements, psp/chargebacks -> stg_psp_settlements, stg_psp_chargebacks
      job ingest_payment_sources | 05:20 | sales/orders:order_payments, sales/returns:refunds -> stg_order_payments, stg_refunds
      job build_payments | 05:40 | stg_psp_settlements, stg_psp_chargebacks, stg_order_payments, stg_refunds -> payment_transactions, settlements, settlements_daily, chargebacks, payment_reconciliation
      flyway

      product accounts-payable | Accounts Payable | active | daily | erik.lindqvist@acme.example | 0.78
      purpose Supplier invoices, their three-way match against purchase orders and goods receipts, and supplier payment runs.
      usage open_payables for cash planning; three_way_match for invoice exceptions.
      limitations Carrier invoices are handled in carrier-performance, not here.
      tags payables, suppliers, invoices
      port payables | postgres | 1.0.0 | active | payables | supplier_invoices, supplier_invoice_lines, three_way_match, payment_runs, open_payables | Supplier invoices, matching, payment runs and open items.
      table supplier_invoices | Invoices received from suppliers. | invoice_id*, supplier_id, invoice_number, invoice_date, due_date, currency_code, net_amount, tax_amount, gross_amount, invoice_status, received_at, approved_at, payment_terms_days, po_number, discount_due_date, paid_at
      table supplier_invoice_lines | Invoice lines. | invoice_line_id*, invoice_id>supplier_invoices, purchase_order_id, sku, invoiced_qty, unit_cost, line_amount
      table three_way_match | Invoice lines matched to purchase order lines and goods receipts. | match_id*, invoice_line_id>supplier_invoice_lines, purchase_order_id, receipt_id, ordered_qty, received_qty, invoiced_qty, price_variance_amount, match_status, matched_at
      table payment_runs | Supplier payment runs. | payment_run_id*, run_date, bank_account_reference:varchar(34), invoice_count, total_amount, currency_code, approval_status, executed_at
      table open_payables | Open supplier invoices at the end of each day. | snapshot_date*, invoice_id*>supplier_invoices, supplier_id, due_date, open_amount, days_overdue:integer, currency_code
      copy stg_purchase_order_lines | - | inventory/replenishment:purchase_order_lines
      copy stg_goods_receipts | - | inventory/stock-movements:goods_receipts
      copy stg_suppliers | - | product-catalog/supplier-catalog:suppliers | supplier_id, supplier_code, supplier_name, payment_terms_days, currency_code
      view overdue_payables | Open supplier invoices past their due date. | open_payables | snapshot_date, invoice_id, supplier_id, due_date, open_amount, days_overdue | days_overdue > 0
      job ingest_payables_inputs | 08:45 | inventory/replenishment:purchase_order_lines, inventory/stock-movements:goods_receipts, product-catalog/supplier-catalog:suppliers -> stg_purchase_order_lines, stg_goods_receipts, stg_suppliers
      job build_payables | 09:15 | stg_purchase_order_lines, stg_goods_receipts, stg_suppliers, supplier_invoices, supplier_invoice_lines -> three_way_match, payment_runs, open_payables
      flyway

      product revenue-recognition | Revenue Recognition | active | daily | fatima.elamrani@acme.example | 0.93
      purpose IFRS 15 revenue recognition for every order line: when revenue is recognised (on delivery), deferred revenue for undelivered orders and gift cards, and the postings to the ledger.
      usage recognized_revenue_daily is the certified revenue number; revenue_schedules explains it per order line.
      limitations Marketplace commission revenue is recognised net and shown as a separate revenue stream.
      tags revenue, ifrs15, accounting, certified
      checks 07:00
      port revenue | postgres | 2.0.0 | active | revenue | performance_obligations, revenue_schedules, recognized_revenue_daily, deferred_revenue_balances, revenue_postings | Performance obligations, revenue schedules, recognised revenue, deferred balances and ledger postings.
      table performance_obligations | Performance obligations per contract type (IFRS 15 step 2). | obligation_id*, performance_obligation, revenue_stream, recognition_trigger, gl_account:varchar(10), is_active
      table revenue_schedules | Recognition schedule per order line and obligation. | schedule_id*, order_line_id, order_number, obligation_id>performance_obligations, revenue_stream, transaction_price:numeric(12,2), allocated_amount, recognition_status, recognition_date, fiscal_period:varchar(8), currency_code, fx_rate, sku, sales_channel, country_code, created_at
      table recognized_revenue_daily | Revenue recognised per day, stream and country, in EUR. | recognition_date*, revenue_stream*, country_code*, recognized_amount, returns_provision_amount, net_revenue, order_line_count
      table deferred_revenue_balances | Deferred revenue at month end per stream. | fiscal_period*:varchar(8), revenue_stream*, opening_deferred_amount, additions_amount, released_amount, deferred_amount
      table revenue_postings | Summarised postings to the general ledger. | posting_id*, fiscal_period:varchar(8), posting_date, gl_account:varchar(10), cost_center:varchar(10), debit_amount, credit_amount, posting_text, journal_entry_reference
      copy stg_orders | - | sales/orders:orders | order_id, order_number, sales_channel, currency_code, ordered_at, is_test
      copy stg_order_lines | - | sales/orders:order_lines | order_line_id, order_id, sku, quantity, unit_price, tax_amount, line_total_amount
      copy stg_refunds | - | sales/returns:refunds | refund_id, order_id, refund_amount, refunded_at
      copy stg_shipments | - | logistics/shipments:shipments | shipment_id, order_number, shipment_status, delivered_at
      copy stg_fiscal_periods | - | finance/general-ledger:fiscal_periods
      job ingest_revenue_inputs | 06:00 | sales/orders:orders, sales/orders:order_lines, sales/returns:refunds, logistics/shipments:shipments, finance/general-ledger:fiscal_periods -> stg_orders, stg_order_lines, stg_refunds, stg_shipments, stg_fiscal_periods
      job build_revenue_schedules | 06:30 | stg_orders, stg_order_lines, stg_refunds, stg_shipments, stg_fiscal_periods, performance_obligations -> revenue_schedules, recognized_revenue_daily, deferred_revenue_balances, revenue_postings

      product financial-forecasts | Financial Forecasts | active | daily | james.wilson@acme.example | 0.88
      purpose Rolling revenue and margin forecasts per month, country and channel for the next 18 months, combining sales trends, customer segment dynamics and the budget.
      usage revenue_forecast_monthly for the latest forecast version; forecast_drivers explains the changes between versions.
      limitations Forecast versions are frozen on working day 10; figures between versions are drafts.
      tags forecast, fp-and-a, planning
      port forecasts | postgres | 1.3.0 | active | forecasts | forecast_versions, revenue_forecast_monthly, margin_forecast_monthly, forecast_drivers | Revenue and margin forecasts, versions and drivers.
      table forecast_versions | Forecast versions and their status. | forecast_version*:varchar(8), version_name, approval_status, approved_by:varchar(100), created_at, frozen_at
      table revenue_forecast_monthly | Forecast net revenue per month, country and channel. | forecast_version*>forecast_versions:varchar(8), forecast_month*, country_code*, sales_channel*, forecast_net_revenue:numeric(14,2), budget_net_revenue:numeric(14,2), actual_net_revenue:numeric(14,2), variance_to_budget:numeric(14,2)
      table margin_forecast_monthly | Forecast gross margin per month and category. | forecast_version*>forecast_versions:varchar(8), forecast_month*, category_id*, forecast_net_sales:numeric(14,2), forecast_cogs:numeric(14,2), forecast_gross_margin:numeric(14,2), gross_margin_pct
      table forecast_drivers | Contribution of each driver to the change between versions. | driver_id*, forecast_version>forecast_versions:varchar(8), forecast_month, driver, impact_amount, commentary:text
      table budget_lines | The approved annual budget per month, country and channel. | budget_line_id*, fiscal_year:integer, budget_month, country_code, sales_channel, budget_net_revenue:numeric(14,2), budget_gross_margin:numeric(14,2)
      copy stg_segment_sizes | - | marketing/customer-segments:segment_sizes_daily
      copy stg_daily_sales_by_channel | - | sales/sales-performance:daily_sales_by_channel
      copy stg_recognized_revenue | - | finance/revenue-recognition:recognized_revenue_daily
      job ingest_forecast_inputs | 09:00 | marketing/customer-segments:segment_sizes_daily, sales/sales-performance:daily_sales_by_channel, finance/revenue-recognition:recognized_revenue_daily -> stg_segment_sizes, stg_daily_sales_by_channel, stg_recognized_revenue
      job build_financial_forecasts | 09:30 | stg_segment_sizes, stg_daily_sales_by_channel, stg_recognized_revenue, budget_lines -> forecast_versions, revenue_forecast_monthly, margin_forecast_monthly, forecast_drivers

      product finance-warehouse | Finance Warehouse | active | daily | claire.moreau@acme.example | 0.95
      purpose The finance data warehouse on Snowflake: replicas of the finance-relevant products, dbt staging models and the certified finance marts (revenue, margin, payments, P&L).
      usage Query finance.marts for reporting; finance.raw and finance.staging are for reconciliation and audit only. The Postgres database finance_warehouse holds manual inputs and replication state.
      limitations Marts are rebuilt nightly at 10:00 UTC; intraday changes in the source products are not visible until then.
      tags warehouse, snowflake, dbt, certified
      dbt finance_warehouse | snowflake | finance | 10:00
      port finance-marts | snowflake | 2.0.0 | active | finance-marts | marts.dim_date, marts.dim_customer, marts.dim_product, marts.fct_revenue, marts.fct_gross_margin, marts.fct_payments, marts.fct_pnl_monthly | Certified finance facts and dimensions.
      port finance-raw | snowflake | 1.0.0 | active | finance-raw | raw.recognized_revenue_daily, raw.revenue_schedules, raw.journal_lines, raw.gl_accounts, raw.settlements_daily, raw.customer_360, raw.product_variants, raw.manual_adjustments | Replicated source tables, for reconciliation.
      port finance-staging | snowflake | 1.0.0 | draft | finance-staging | staging.stg_revenue, staging.stg_journal_lines, staging.stg_settlements, staging.stg_customers, staging.stg_products | dbt staging views; internal, no stability promise.
      port finance-seeds | snowflake | 1.0.0 | active | finance-seeds | seeds.fiscal_calendar, seeds.account_mapping | Reference data maintained as dbt seeds: the fiscal calendar and the P&L account mapping.
      table manual_adjustments | Manual revenue and margin adjustments entered by controllers. | adjustment_id*, fiscal_period:varchar(8), gl_account:varchar(10), adjustment_amount, reason_text, entered_by:varchar(100), approved_by:varchar(100), entered_at
      table fx_rates | Daily exchange rates to EUR from the ECB. | rate_date*, currency_code*, fx_rate, published_at
      table replication_state | Last replicated position per source table. | source_table*:varchar(100), rows_replicated:integer, load_status, last_replicated_at
      copy@snowflake raw.recognized_revenue_daily | - | finance/revenue-recognition:recognized_revenue_daily
      copy@snowflake raw.revenue_schedules | - | finance/revenue-recognition:revenue_schedules
      copy@snowflake raw.journal_lines | - | finance/general-ledger:journal_lines
      copy@snowflake raw.gl_accounts | - | finance/general-ledger:gl_accounts
      copy@snowflake raw.settlements_daily | - | finance/payments:settlements_daily
      copy@snowflake raw.customer_360 | - | customer/customer-360:customer_360 | customer_id, country_code, signed_up_at, loyalty_tier, lifecycle_stage
      copy@snowflake raw.product_variants | - | product-catalog/product-master:product_variants
      copy@snowflake raw.manual_adjustments | - | manual_adjustments
      copy@snowflake staging.stg_revenue | Recognised revenue, typed and renamed. | raw.recognized_revenue_daily
      copy@snowflake staging.stg_journal_lines | Journal lines with account attributes. | raw.journal_lines
      copy@snowflake staging.stg_settlements | - | raw.settlements_daily
      copy@snowflake staging.stg_customers | - | raw.customer_360
      copy@snowflake staging.stg_products | - | raw.product_variants | variant_id, sku, product_id, list_price, currency_code
      table@snowflake seeds.fiscal_calendar | Fiscal calendar seed: the fiscal period of every calendar date. | calendar_date*, fiscal_period:varchar(8), fiscal_year:integer, fiscal_quarter, is_period_end
      table@snowflake seeds.account_mapping | Seed mapping GL accounts to P&L lines. | gl_account*:varchar(10), pnl_line, pnl_line_order:integer
      table@snowflake marts.dim_date | Date dimension with calendar and fiscal attributes. | date_day*:date, fiscal_period:varchar(8), fiscal_year:integer, fiscal_quarter, week_start_date, is_weekend
      table@snowflake marts.dim_customer | Customer dimension, without direct identifiers. | customer_key*, customer_id, country_code, loyalty_tier, lifecycle_stage, first_seen_date
      table@snowflake marts.dim_product | Product dimension at variant level. | product_key*, sku, product_id, list_price, currency_code
      table@snowflake marts.fct_revenue | Certified recognised revenue per day, stream and country in EUR, including manual adjustments. | revenue_key*, recognition_date, fiscal_period:varchar(8), revenue_stream, country_code, recognized_amount, returns_provision_amount, adjustment_amount, net_revenue
      table@snowflake marts.fct_gross_margin | Gross margin per fiscal period and P&L line. | margin_key*, fiscal_period:varchar(8), pnl_line, net_sales, cogs, gross_margin, gross_margin_pct
      table@snowflake marts.fct_payments | PSP payouts per day and provider, reconciled to the ledger. | payment_key*, payout_date, psp, gross_amount, fee_amount, net_amount, ledger_amount, difference_amount
      table@snowflake marts.fct_pnl_monthly | Monthly P&L by line, actual against budget. | pnl_key*, fiscal_period:varchar(8), pnl_line, pnl_line_order:integer, actual_amount, budget_amount, variance_amount
      job replicate_sources | 09:40 | finance/revenue-recognition:recognized_revenue_daily, finance/revenue-recognition:revenue_schedules, finance/general-ledger:journal_lines, finance/general-ledger:gl_accounts, finance/payments:settlements_daily, customer/customer-360:customer_360, product-catalog/product-master:product_variants, manual_adjustments -> raw.recognized_revenue_daily, raw.revenue_schedules, raw.journal_lines, raw.gl_accounts, raw.settlements_daily, raw.customer_360, raw.product_variants, raw.manual_adjustments, replication_state
      model staging.stg_revenue | raw.recognized_revenue_daily
      model staging.stg_journal_lines | raw.journal_lines
      model staging.stg_settlements | raw.settlements_daily
      model staging.stg_customers | raw.customer_360
      model staging.stg_products | raw.product_variants
      model marts.dim_date | seeds.fiscal_calendar
      model marts.dim_customer | staging.stg_customers
      model marts.dim_product | staging.stg_products
      model marts.fct_revenue | staging.stg_revenue, raw.manual_adjustments, marts.dim_date
      model marts.fct_gross_margin | staging.stg_journal_lines, seeds.account_mapping
      model marts.fct_payments | staging.stg_settlements, staging.stg_journal_lines
      model marts.fct_pnl_monthly | staging.stg_journal_lines, seeds.account_mapping
      """;

  private FinanceDomain() {}
}

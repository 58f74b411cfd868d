package dev.meshlens.sample.mesh.content;

/** The inventory domain, in blueprint lines (see {@code Blueprint} for the keywords). */
public final class InventoryDomain {
  public static final String TEXT =
      """
      domain inventory | Inventory | team:inventory-data | Stock on hand, stock movements, replenishment and demand forecasts across stores and distribution centres.

      product stock-movements | Stock Movements | active | daily | katarina.horvat@acme.example | 0.78
      purpose Every movement of stock: goods receipts, transfers between locations, sales, returns, adjustments and write-offs, with the stock change stream.
      usage stock_movements is the ledger; sum quantity by sku and location for any period. Subscribe to inventory.stock-changes.v1 for near-real-time changes.
      limitations Sales movements from stores are posted after the nightly POS export.
      tags stock, movements, ledger, kafka
      port stock-changes | kafka | 1.0.0 | active | stock-changes | inventory.stock-changes.v1 | Stock change events per SKU and location.
      port movements | postgres | 1.4.0 | active | movements | stock_movements, goods_receipts, stock_transfers, stock_adjustments | The stock movement ledger with receipts, transfers and adjustments.
      topic inventory.stock-changes.v1 | One message per stock change; key: sku and locationCode. | eventId, sku, locationCode, movementType, quantityDelta:integer, stockOnHandAfter:integer, sourceDocument:varchar(40), occurredAt
      table stock_movements | The stock ledger: one row per movement. | movement_id*, sku, location_code, movement_type, quantity, unit_cost, source_document:varchar(40), moved_at, posted_at, movement_value, reason_text, reference_number:varchar(24)
      table goods_receipts | Goods received at a distribution centre against a purchase order. | receipt_id*, purchase_order_id, warehouse_id, sku, received_qty, rejected_qty, receiving_dock:varchar(10), received_at
      table stock_transfers | Transfers between locations. | transfer_id*, from_location_code, to_location_code, sku, quantity, transfer_status, shipped_at, received_at
      table stock_adjustments | Manual corrections, damages and write-offs. | adjustment_id*, location_code, sku, quantity, adjustment_reason, adjusted_by:varchar(100), approved_by:varchar(100), adjusted_at
      table cycle_counts | Cycle counts per location and SKU. | count_id*, location_code, sku, expected_qty, counted_qty, variance_qty, counted_by:varchar(100), counted_at
      copy stg_receipt_lines | - | sales/store-sales:receipt_lines | receipt_line_id, receipt_id, sku, quantity
      copy stg_return_lines | - | sales/returns:return_lines | return_line_id, sku, quantity, condition, restock_warehouse_id
      copy stg_pick_tasks | - | logistics/warehouse-operations:pick_tasks | pick_task_id, warehouse_id, sku, quantity, picked_at
      job ingest_movement_sources | 04:00 | sales/store-sales:receipt_lines, sales/returns:return_lines, logistics/warehouse-operations:pick_tasks -> stg_receipt_lines, stg_return_lines, stg_pick_tasks
      job build_stock_ledger | 04:30 | stg_receipt_lines, stg_return_lines, stg_pick_tasks, goods_receipts, stock_transfers, stock_adjustments, cycle_counts -> stock_movements
      job publish_stock_changes | 04:45 | stock_movements -> inventory.stock-changes.v1
      flyway

      product stock-levels | Stock Levels | active | hourly | lars.johansson@acme.example | 0.88
      purpose Stock on hand, reserved and available per SKU and location (stores and distribution centres), refreshed hourly, with daily snapshots for history.
      usage current_stock answers how many units we can sell right now; stock_snapshots_daily for trends and availability KPIs.
      limitations Store stock is counted by the POS and can drift until the next cycle count.
      tags stock, inventory, availability, hourly
      sla 2
      checks 06:40
      port stock | postgres | 2.1.0 | active | stock | locations, current_stock, stock_snapshots_daily, availability_daily, out_of_stock_skus | Current and historical stock per SKU and location.
      table locations | Stores and distribution centres that hold stock. | location_id*, location_code, location_name, location_type, warehouse_id, store_id, country_code, is_active
      table current_stock | Stock per SKU and location right now. | location_id*>locations, sku*, stock_on_hand, reserved_qty, available_qty, in_transit_qty, last_movement_at, updated_at, stock_value, days_of_cover:integer, is_below_reorder_point
      table stock_snapshots_daily | End-of-day stock per SKU and location. | snapshot_date*, location_id*>locations, sku*, stock_on_hand, available_qty, stock_value
      table availability_daily | Share of the active range in stock per location and day. | report_date*, location_id*>locations, active_skus:integer, skus_in_stock:integer, availability_rate, lost_sales_estimate:numeric(12,2)
      view out_of_stock_skus | SKUs with nothing available at a location. | current_stock | location_id, sku, stock_on_hand, reserved_qty, updated_at | available_qty <= 0
      copy stg_stock_changes | Hourly batches of the stock change stream. | inventory/stock-movements:inventory.stock-changes.v1 | * + _loaded_at
      copy stg_variants | - | product-catalog/product-master:product_variants | sku, product_id, list_price, is_active
      job ingest_stock_changes | hourly:15 | inventory/stock-movements:inventory.stock-changes.v1 -> stg_stock_changes
      job ingest_variants | 03:00 | product-catalog/product-master:product_variants -> stg_variants
      job build_stock_levels | hourly:30 | stg_stock_changes, stg_variants -> locations, current_stock, stock_snapshots_daily, availability_daily

      product demand-forecast | Demand Forecast | active | daily | lars.johansson@acme.example | 0.93
      purpose Unit demand forecasts per SKU and location for the next 12 weeks, with accuracy tracking, from the forecasting models of the data science team.
      usage sku_store_forecasts is the input of replenishment; forecast_accuracy_weekly tracks MAPE and bias per category.
      limitations New SKUs without 8 weeks of history get a category-level forecast.
      tags forecast, demand, machine-learning
      port forecasts | postgres | 3.0.0 | active | forecasts | sku_store_forecasts, sku_weekly_forecasts, forecast_accuracy_weekly | Daily and weekly unit forecasts and their accuracy.
      table sku_store_forecasts | Daily unit forecast per SKU and location. | forecast_date*, location_id*, sku*, forecast_qty, forecast_lower_qty, forecast_upper_qty, forecast_model, model_version, generated_at, promotion_flag:boolean, price_elasticity:numeric(6,3), forecast_value
      table sku_weekly_forecasts | Weekly unit forecast per SKU over all locations. | week_start_date*, sku*, forecast_qty, forecast_value, forecast_model, generated_at
      table forecast_accuracy_weekly | Accuracy of past forecasts per category and week. | week_start_date*, category_id*, forecast_qty, actual_qty, mape, bias, forecast_model
      table model_runs | Training and scoring runs of the forecast models. | model_run_id*, forecast_model, model_version, training_rows:integer, validation_mape, run_status, trained_at
      table holiday_calendar | Public holidays and shopping events per country, used as model features. | holiday_date*, country_code*, holiday_name, is_shopping_event
      copy stg_daily_sales | - | sales/sales-performance:daily_sales_by_category
      copy stg_stock_snapshots | - | inventory/stock-levels:stock_snapshots_daily
      copy stg_variants | - | product-catalog/product-master:product_variants | sku, product_id, is_active
      job ingest_forecast_inputs | 06:45 | sales/sales-performance:daily_sales_by_category, inventory/stock-levels:stock_snapshots_daily, product-catalog/product-master:product_variants -> stg_daily_sales, stg_stock_snapshots, stg_variants
      job train_and_score | 07:05 | stg_daily_sales, stg_stock_snapshots, stg_variants, holiday_calendar -> model_runs, sku_store_forecasts, sku_weekly_forecasts, forecast_accuracy_weekly

      product replenishment | Replenishment | active | daily | ben.taylor@acme.example | 0.83
      purpose Purchase orders to suppliers and store replenishment proposals, driven by reorder points and the demand forecast.
      usage purchase_orders and purchase_order_lines are the open-to-buy reference; replenishment_proposals show what the engine suggested and what buyers accepted.
      limitations Direct-to-store deliveries from suppliers are not planned here.
      tags replenishment, purchasing, supply-chain
      port purchasing | postgres | 1.7.0 | active | purchasing | purchase_orders, purchase_order_lines, replenishment_proposals, reorder_parameters | Purchase orders, proposals and replenishment parameters.
      table purchase_orders | Purchase orders sent to suppliers. | purchase_order_id*, po_number, supplier_id, warehouse_id, po_status, order_date, expected_delivery_date, currency_code, total_cost, buyer_id, created_at, updated_at, incoterm, payment_terms_days, confirmed_at, received_at, buyer_notes:text
      table purchase_order_lines | Lines of a purchase order. | po_line_id*, purchase_order_id>purchase_orders, sku, ordered_qty, received_qty, unit_cost, line_cost, expected_delivery_date, cancelled_qty, line_status:varchar(20)
      table reorder_parameters | Reorder point, safety stock and order quantities per SKU and location. | location_id*, sku*, reorder_point:integer, safety_stock:integer, order_multiple:integer, max_stock, replenishment_method, lead_time_days, updated_at
      table replenishment_proposals | Daily proposals from the replenishment engine. | proposal_id*, proposal_date, location_id, sku, proposed_qty, accepted_qty, stock_on_hand, forecast_qty, is_accepted, decided_by:varchar(100)
      copy stg_current_stock | - | inventory/stock-levels:current_stock
      copy stg_forecasts | - | inventory/demand-forecast:sku_store_forecasts | forecast_date, location_id, sku, forecast_qty
      copy stg_supplier_items | - | product-catalog/supplier-catalog:supplier_items | supplier_item_id, supplier_id, sku, min_order_qty, lead_time_days
      view open_purchase_orders | Purchase orders not yet fully received. | purchase_orders | purchase_order_id, po_number, supplier_id, warehouse_id, po_status, expected_delivery_date, total_cost | po_status IN ('sent', 'confirmed', 'partially_received')
      job ingest_planning_inputs | 07:30 | inventory/stock-levels:current_stock, inventory/demand-forecast:sku_store_forecasts, product-catalog/supplier-catalog:supplier_items -> stg_current_stock, stg_forecasts, stg_supplier_items
      job build_replenishment | 08:00 | stg_current_stock, stg_forecasts, stg_supplier_items, reorder_parameters -> replenishment_proposals, purchase_orders, purchase_order_lines
      """;

  private InventoryDomain() {}
}

package dev.meshlens.sample.mesh.content;

/** The logistics domain, in blueprint lines (see {@code Blueprint} for the keywords). */
public final class LogisticsDomain {
  public static final String TEXT =
      """
      domain logistics | Logistics | team:logistics-data | Getting parcels from our distribution centres to customers: fulfilment events, warehouse operations, shipments and carriers.

      product warehouse-operations | Warehouse Operations | active | daily | hannah.schulz@acme.example | 0.73
      purpose What happens inside our five distribution centres: pick, pack and hand-over to carriers, labour shifts and daily throughput, from the warehouse management system.
      usage pick_tasks and pack_tasks give throughput per shift; shipping_manifests lists what left the dock per carrier.
      limitations The Zaragoza DC still runs the old WMS; its tasks have no zone.
      tags warehouse, wms, operations
      port warehouse-ops | postgres | 1.0.0 | active | warehouse-ops | warehouses, pick_tasks, pack_tasks, shipping_manifests, dc_daily_throughput | Distribution centres, tasks, manifests and daily throughput.
      table warehouses | The distribution centres. | warehouse_id*, warehouse_code, warehouse_name, city, country_code, capacity_pallets:integer, is_active
      table labour_shifts | Planned and actual labour per shift. | shift_id*, warehouse_id>warehouses, shift_date, shift, planned_headcount:integer, actual_headcount:integer, planned_hours, actual_hours
      table pick_tasks | One row per pick task. | pick_task_id*, warehouse_id>warehouses, order_number, sku, quantity, zone, bin_location:varchar(12), picker_id, shift, task_status, created_at, picked_at, pick_duration_seconds, is_short_pick, short_pick_qty
      table pack_tasks | One row per packed parcel. | pack_task_id*, warehouse_id>warehouses, order_number, parcel_id, packer_id, package_type, weight_kg, task_status, packed_at, pack_duration_seconds, packaging_material_cost, is_gift_wrapped
      table shipping_manifests | Parcels handed over to a carrier, per trailer. | manifest_line_id*, warehouse_id>warehouses, manifest_number, carrier_code, parcel_id, tracking_number, order_number, service_level, handed_over_at, weight_kg, trailer_number:varchar(12), destination_country_code:varchar(2)
      table dc_daily_throughput | Units and parcels processed per distribution centre and day. | report_date*, warehouse_id*>warehouses, units_picked:integer, parcels_packed:integer, parcels_shipped:integer, labour_hours, units_per_labour_hour:numeric(7,2), backlog_orders
      copy stg_orders | - | sales/orders:orders | order_id, order_number, ordered_at, order_status, shipping_country_code
      copy stg_order_lines | Order lines to fulfil, from sales orders. | sales/orders:order_lines | order_line_id, order_id, sku, quantity, fulfilment_warehouse_id
      job ingest_orders_to_fulfil | 00:30 | sales/orders:orders, sales/orders:order_lines -> stg_orders, stg_order_lines
      job build_warehouse_tasks | 01:00 | stg_orders, stg_order_lines, labour_shifts -> warehouses, pick_tasks, pack_tasks, shipping_manifests, dc_daily_throughput
      flyway

      product fulfillment-events | Fulfillment Events | active | hourly | piotr.nowak@acme.example | 0.78
      purpose The event streams of fulfilment: shipment status changes from the WMS and parcel scans from carriers, published on Kafka, with an hourly landed history for analysis.
      usage Subscribe to the topics for real-time use; query parcel_scan_events for history. Topics keep 7 days of data.
      limitations Carrier scans arrive out of order; sort by scanned_at, not by arrival.
      tags events, kafka, fulfilment, streaming, hourly
      port fulfillment-topics | kafka | 1.4.0 | active | fulfillment-topics | logistics.shipment-events.v1, logistics.parcel-scans.v1, logistics.carrier-tracking.v1 | Shipment and parcel events on Kafka.
      port fulfillment-history | postgres | 1.1.0 | active | fulfillment-history | shipment_status_events, parcel_scan_events | Landed history of the fulfilment topics.
      topic logistics.shipment-events.v1 | Shipment status changes from the WMS; key: shipmentId. | eventId, shipmentId, orderNumber, warehouseId, shipmentStatus, carrierCode, occurredAt
      topic logistics.parcel-scans.v1 | Parcel scans as reported by carrier APIs; key: trackingNumber. | eventId, parcelId, trackingNumber, carrierCode, scanType, scanLocation, countryCode, scannedAt
      topic logistics.carrier-tracking.v1 | Raw carrier tracking webhooks, normalised to one envelope. | eventId, carrierCode, trackingNumber, carrierStatusCode, carrierStatusText, payload, receivedAt
      table shipment_status_events | One row per shipment status change, from logistics.shipment-events.v1. | event_id*, shipment_id, order_number, warehouse_id, shipment_status, carrier_code, occurred_at, landed_at
      table parcel_scan_events | One row per carrier scan, from logistics.parcel-scans.v1. | event_id*, parcel_id, tracking_number, carrier_code, scan_type, scan_location, country_code, scanned_at, landed_at
      table consumer_offsets | Last committed offset per topic partition of the landing consumer. | topic_name*, partition_number*:integer, committed_offset:bigint, committed_at
      table dead_letter_events | Events the landing consumer could not parse. | dead_letter_id*, topic_name, partition_number:integer, message_offset:bigint, error_message, payload, received_at
      job publish_shipment_events | hourly:10 | logistics/warehouse-operations:shipping_manifests -> logistics.shipment-events.v1
      job ingest_topics | hourly:20 | logistics.shipment-events.v1, logistics.parcel-scans.v1 -> shipment_status_events, parcel_scan_events, consumer_offsets, dead_letter_events

      product shipments | Shipments | active | daily | oliver.smith@acme.example | 0.88
      purpose One row per shipment and parcel from hand-over to delivery, with promised and actual delivery dates, built from warehouse manifests and carrier scans.
      usage Use shipments for delivery performance per order and delivery_times_daily for lead-time trends. Join to orders on order_number.
      limitations Click-and-collect orders delivered to stores are included with delivery_type = store.
      tags shipments, delivery, logistics
      checks 05:30
      port shipments | postgres | 2.2.0 | active | shipments | shipments, parcels, delivery_attempts, delivery_times_daily | Shipments, parcels, delivery attempts and lead times.
      table shipments | One row per shipment (an order can ship in several). | shipment_id*, order_number, customer_id, warehouse_id, carrier_code, service_level, delivery_type, shipping_country_code, promised_delivery_date, shipment_status, is_on_time, shipping_cost, shipped_at, delivered_at, tracking_number, parcel_count, total_weight_kg, label_created_at, first_scan_at, delivery_attempt_count:integer, proof_of_delivery_url
      table parcels | Parcels in a shipment. | parcel_id*, shipment_id>shipments, tracking_number, weight_kg, parcel_status, last_scan_location, last_scan_at, length_cm, width_cm, height_cm, carrier_code, delivered_at
      table delivery_attempts | Each attempt to deliver a parcel. | attempt_id*, parcel_id>parcels, attempt_number:integer, outcome, failure_reason, attempted_at
      table delivery_times_daily | Lead times and on-time rate per carrier, country and day. | report_date*, carrier_code*, shipping_country_code*, parcels_delivered:integer, average_lead_time_hours:numeric(7,2), on_time_rate, first_attempt_rate
      copy stg_manifests | - | logistics/warehouse-operations:shipping_manifests
      copy stg_parcel_scans | - | logistics/fulfillment-events:parcel_scan_events
      copy stg_orders | - | sales/orders:orders | order_id, order_number, customer_id, ordered_at, shipping_country_code
      view late_shipments | Shipments delivered after the promised date or still open past it. | shipments | shipment_id, order_number, carrier_code, promised_delivery_date, shipment_status, delivered_at | is_on_time = 0
      job ingest_logistics_inputs | 04:30 | logistics/warehouse-operations:shipping_manifests, logistics/fulfillment-events:parcel_scan_events, sales/orders:orders -> stg_manifests, stg_parcel_scans, stg_orders
      job build_shipments | 05:00 | stg_manifests, stg_parcel_scans, stg_orders -> shipments, parcels, delivery_attempts, delivery_times_daily

      product carrier-performance | Carrier Performance | active | daily | piotr.nowak@acme.example | 0.78
      purpose Scorecards of our parcel carriers: on-time delivery, first-attempt success, damages and cost per parcel, with the carrier invoices they are measured against.
      usage carrier_scorecards_weekly is reviewed with each carrier every month; carrier_costs_daily feeds the finance accruals.
      limitations Invoices arrive monthly; costs for the current month are estimates from the rate cards.
      tags carriers, scorecards, logistics, sla
      port carrier-invoices | s3 | 1.0.0 | active | carrier-invoices | carrier-invoices/lines | Carrier invoice lines as delivered (CSV).
      port carrier-scorecards | postgres | 1.3.0 | active | carrier-scorecards | carriers, carrier_rate_cards, carrier_scorecards_weekly, carrier_costs_daily, invoice_reconciliation | Carrier master, rate cards, scorecards, costs and invoice reconciliation.
      file carrier-invoices/lines | Invoice lines per parcel as billed by the carrier. | carrier_code, invoice_number, invoice_date, tracking_number, service_level, weight_kg, zone_code, base_charge, fuel_surcharge, remote_area_surcharge, total_charge, currency_code
      table carriers | Parcel carriers under contract. | carrier_id*, carrier_code, carrier_name, account_manager:varchar(100), contract_start_date, contract_end_date, is_active, service_levels:varchar(200), claims_email:varchar(320), portal_url
      table carrier_rate_cards | Contracted rates per carrier, service level, zone and weight band. | rate_card_id*, carrier_id>carriers, service_level, zone_code, weight_from_kg, weight_to_kg, rate_basis, rate_amount, currency_code, valid_from_date
      table carrier_scorecards_weekly | Weekly KPIs per carrier. | week_start_date*, carrier_id*>carriers, parcels_delivered:integer, on_time_rate, first_attempt_rate, damage_rate, average_lead_time_hours:numeric(7,2), cost_per_parcel:numeric(8,2), performance_band
      table carrier_costs_daily | Daily parcel cost per carrier and cost type. | cost_date*, carrier_id*>carriers, cost_type*, parcel_count, cost_amount, currency_code, is_estimate
      table invoice_reconciliation | Invoice lines matched against our shipment records. | reconciliation_id*, carrier_id>carriers, invoice_number, tracking_number, invoiced_amount, expected_amount, variance_amount, match_status, reconciled_at
      copy stg_invoice_lines | - | carrier-invoices/lines | * + _loaded_at
      copy stg_shipments | - | logistics/shipments:shipments | shipment_id, carrier_code, service_level, shipping_country_code, is_on_time, shipping_cost, shipped_at, delivered_at
      copy stg_delivery_attempts | - | logistics/shipments:delivery_attempts
      job load_carrier_invoices | 05:30 | carrier-invoices/lines -> stg_invoice_lines
      job ingest_shipments | 05:45 | logistics/shipments:shipments, logistics/shipments:delivery_attempts -> stg_shipments, stg_delivery_attempts
      job build_carrier_scorecards | 06:15 | stg_shipments, stg_delivery_attempts, stg_invoice_lines, carrier_rate_cards -> carriers, carrier_scorecards_weekly, carrier_costs_daily, invoice_reconciliation
      """;

  private LogisticsDomain() {}
}

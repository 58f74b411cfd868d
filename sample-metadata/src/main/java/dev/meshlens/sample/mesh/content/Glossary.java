package dev.meshlens.sample.mesh.content;

/** The business glossary of Acme Outfitters, in blueprint lines. */
public final class Glossary {
  /** {@code term id | name | owner | synonyms (;) | related ids (,) | definition}. */
  public static final String TEXT =
      """
      term customer | Customer | team:customer-data | client; shopper; buyer; consumer | order, customer-segment, customer-lifetime-value, personal-data | A person who has an Acme account, a loyalty card or has signed up in a store, identified by one customer_id across all products. Guest checkouts are not customers.
      term order | Order | team:sales-data | purchase; sales order; transaction | order-line, customer, sales-channel, return | A customer's request to buy one or more SKUs, placed online, in the app, on a marketplace or in a store. Test orders are excluded from reporting.
      term order-line | Order Line | team:sales-data | line item; order item | order, sku, price | One SKU on an order with its quantity, unit price and discounts.
      term return | Return | team:sales-data | RMA; returned goods; merchandise return | refund, return-rate, order | Goods sent back or brought back by a customer, identified by an RMA number. A return may cover several lines of one order.
      term refund | Refund | team:sales-data | reimbursement; money back | return, payment, chargeback | Money paid back to a customer for a return, a cancellation or as goodwill.
      term return-rate | Return Rate | team:sales-data | returns ratio; return quota | return, net-sales | Units returned divided by units sold over the same period (trailing 90 days unless stated).
      term sku | SKU | team:product-data | stock keeping unit; article number; product code; item number | product-variant, product, ean | The code of one sellable variant of a product (one colour, one size), e.g. AO-10442-BLK-M.
      term ean | EAN | team:product-data | GTIN; barcode; European article number | sku | The 13-digit barcode printed on the product label.
      term product | Product | team:product-data | style; article; model | sku, product-variant, product-category, brand | A design sold by Acme regardless of colour and size, e.g. the Trailblazer 2P tent. Products group their variants.
      term product-variant | Product Variant | team:product-data | variant; colourway; size variant | product, sku | A product in one colour and size; each variant has exactly one SKU.
      term product-category | Product Category | team:product-data | category; merchandise group; assortment group | product | A node of the three-level merchandise tree, e.g. Camping > Tents > Trekking tents.
      term brand | Brand | team:product-data | label; make | product | The brand a product is sold under: Acme's own brands (Northpeak, Fjellmark) or third-party brands.
      term supplier | Supplier | team:product-data | vendor; manufacturer; merchandise vendor | purchase-order, lead-time | A company Acme buys goods from.
      term price | Price | team:product-data | selling price; retail price; list price | markdown, promotion, currency | The price a customer pays for one unit, including VAT, per country price list.
      term markdown | Markdown | team:product-data | price reduction; clearance; sale price | price, promotion | A permanent reduction of the selling price, planned by merchandising.
      term promotion | Promotion | team:marketing-analytics | offer; deal; discount campaign; coupon | markdown, campaign | A temporary discount triggered by a code, a basket condition or a loyalty reward.
      term campaign | Campaign | team:marketing-analytics | marketing campaign; ad campaign; initiative | click-through-rate, conversion-rate, marketing-attribution | A coordinated set of paid or owned marketing activities with one objective and budget.
      term click-through-rate | Click-Through Rate | team:marketing-analytics | CTR; click rate | campaign, conversion-rate | Clicks divided by impressions.
      term conversion-rate | Conversion Rate | team:marketing-analytics | CVR; conversion ratio | web-session, order | Orders (or other conversions) divided by sessions or clicks, as stated with the metric.
      term email-open-rate | E-mail Open Rate | team:marketing-analytics | open rate | campaign | Unique opens divided by delivered e-mails. Inflated by privacy protection in some mail clients.
      term marketing-attribution | Marketing Attribution | team:marketing-analytics | attribution; channel attribution; multi-touch attribution | campaign, sales-channel | Assigning the revenue of an order to the marketing touches that preceded it, by a stated attribution model.
      term customer-segment | Customer Segment | team:marketing-analytics | segment; audience; cohort; cluster | customer, customer-lifetime-value | A group of customers defined by a rule or a model, used for targeting and reporting.
      term customer-lifetime-value | Customer Lifetime Value | team:customer-data | CLV; LTV; lifetime value | customer, churn | Predicted net revenue from a customer over the next 36 months.
      term churn | Churn | team:customer-data | attrition; lapse; defection | customer, customer-lifetime-value | A customer is churned after 12 months without a purchase; churn probability predicts it.
      term loyalty-points | Loyalty Points | team:customer-data | points; bonus points; reward points | loyalty-tier | Points earned in the Acme Summit Club, 1 point per euro of net sales, redeemable for rewards.
      term loyalty-tier | Loyalty Tier | team:customer-data | membership level; status level; club tier | loyalty-points | Bronze, Silver, Gold or Summit, by qualifying spend in the last 12 months.
      term net-promoter-score | Net Promoter Score | team:customer-data | NPS; recommendation score | support-ticket | Share of promoters (9-10) minus share of detractors (0-6) among survey answers.
      term support-ticket | Support Ticket | team:customer-data | case; service request; contact; ticket | net-promoter-score, customer | A customer contact handled by customer care, across e-mail, chat, phone and social.
      term personal-data | Personal Data | team:data-governance | PII; personally identifiable information; personal information | marketing-consent, customer | Any information relating to an identified or identifiable person (GDPR Art. 4). Columns holding it are tagged pii.
      term marketing-consent | Marketing Consent | team:data-governance | opt-in; permission; consent | personal-data, customer | A customer's recorded permission to be contacted for a purpose and channel; required before activation.
      term web-session | Web Session | team:marketing-analytics | visit; session | conversion-rate | A series of page views by one visitor with less than 30 minutes between them.
      term sales-channel | Sales Channel | team:sales-data | channel; order channel; touchpoint | order | Where an order was placed: web, app, store or marketplace.
      term store | Store | team:sales-data | shop; branch; outlet; retail location | sales-channel, warehouse | One of the 40 physical Acme stores.
      term basket | Basket | team:sales-data | shopping cart; cart; basket size | order, average-order-value | The set of items bought together in one order or till receipt.
      term average-order-value | Average Order Value | team:sales-data | AOV; average basket value; average ticket | net-sales, order | Net sales divided by the number of orders.
      term net-sales | Net Sales | team:finance-data | net revenue from sales; sales after returns | revenue, gross-merchandise-value, return-rate | Sales after returns and discounts, excluding VAT.
      term gross-merchandise-value | Gross Merchandise Value | team:sales-data | GMV; gross sales; order value | net-sales | Total value of orders placed, including VAT, before returns and cancellations.
      term revenue | Revenue | team:finance-data | turnover; sales; income; net revenue | net-sales, deferred-revenue, revenue-recognition-rule | Income recognised under IFRS 15 when control of the goods passes to the customer (on delivery).
      term revenue-recognition-rule | Revenue Recognition Rule | team:finance-data | IFRS 15 rule; performance obligation | revenue, deferred-revenue | The rule that decides when the revenue of a performance obligation is recognised.
      term deferred-revenue | Deferred Revenue | team:finance-data | unearned revenue; contract liability | revenue | Revenue billed or paid but not yet recognised, e.g. undelivered orders and unredeemed gift cards.
      term gross-margin | Gross Margin | team:finance-data | gross profit; margin | net-sales, cost-of-goods-sold | Net sales minus cost of goods sold.
      term cost-of-goods-sold | Cost of Goods Sold | team:finance-data | COGS; cost of sales | gross-margin | The moving average cost of the units sold.
      term chart-of-accounts | Chart of Accounts | team:finance-data | GL account; general ledger account; account | cost-center, fiscal-period | The list of general ledger accounts used to book every transaction.
      term cost-center | Cost Center | team:finance-data | cost centre; department code | chart-of-accounts | An organisational unit costs are booked to.
      term fiscal-period | Fiscal Period | team:finance-data | accounting period; financial month; period | chart-of-accounts | A month of the Acme fiscal year, which starts on 1 February; written YYYY-PNN.
      term fx-rate | FX Rate | team:finance-data | exchange rate; currency rate; conversion rate to EUR | currency | The ECB reference rate used to convert an amount to EUR on its booking date.
      term currency | Currency | team:finance-data | currency code; ISO currency | fx-rate, price | The ISO 4217 currency of an amount: EUR, GBP, SEK or DKK.
      term payment | Payment | team:finance-data | transaction; capture; tender | settlement, chargeback, refund | Money collected from a customer for an order through a payment service provider or at a till.
      term settlement | Settlement | team:finance-data | payout; remittance | payment | A payout from a payment service provider to Acme's bank account, net of fees.
      term chargeback | Chargeback | team:finance-data | dispute; payment reversal | payment, refund | A payment reversed by the card issuer at the cardholder's request.
      term shipment | Shipment | team:logistics-data | delivery; consignment; dispatch | parcel, carrier, on-time-delivery | The goods of one order sent together from one distribution centre.
      term parcel | Parcel | team:logistics-data | package; packet; colli | shipment, carrier | One physical package with its own tracking number.
      term carrier | Carrier | team:logistics-data | courier; parcel service; shipping provider | shipment, on-time-delivery | A company that delivers parcels for Acme: DHL, DPD, UPS, PostNL, GLS and others.
      term on-time-delivery | On-Time Delivery | team:logistics-data | OTD; delivery punctuality; on-time rate | shipment, lead-time | A parcel is on time when delivered on or before the promised delivery date.
      term lead-time | Lead Time | team:logistics-data | delivery time; replenishment lead time | on-time-delivery, supplier | The time between an order and its delivery: to the customer, or from a supplier to Acme.
      term warehouse | Warehouse | team:logistics-data | distribution centre; DC; fulfilment centre | store, stock-on-hand | One of the five Acme distribution centres.
      term stock-on-hand | Stock on Hand | team:inventory-data | inventory; on-hand stock; stock level | reorder-point, safety-stock, warehouse | Units physically in a location, available or reserved.
      term reorder-point | Reorder Point | team:inventory-data | ROP; reorder level; trigger level | stock-on-hand, safety-stock, purchase-order | The stock level at which a replenishment order is created.
      term safety-stock | Safety Stock | team:inventory-data | buffer stock; minimum stock | reorder-point, demand-forecast | Units kept to absorb forecast error and supplier delays.
      term purchase-order | Purchase Order | team:inventory-data | PO; supplier order; buy order | supplier, reorder-point | An order from Acme to a supplier.
      term demand-forecast | Demand Forecast | team:inventory-data | forecast; sales forecast; unit forecast | safety-stock, purchase-order | Expected unit demand per SKU, location and day, from the data science models.
      term stock-movement | Stock Movement | team:inventory-data | inventory transaction; stock transaction | stock-on-hand | Any change of stock: receipt, transfer, sale, return, adjustment or write-off.
      """;

  private Glossary() {}
}

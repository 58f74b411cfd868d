package dev.meshlens.sample.mesh.content;

/** The product-catalog domain, in blueprint lines (see {@code Blueprint} for the keywords). */
public final class ProductCatalogDomain {
  public static final String TEXT =
      """
      domain product-catalog | Product Catalog | team:product-data | Products, variants, prices, suppliers, content and reviews: the single source of what Acme sells.

      product supplier-catalog | Supplier Catalog | active | daily | marco.bianchi@acme.example | 0.78
      purpose Source-aligned product for everything suppliers send us: item master feeds, cost prices and availability, as delivered and cleaned into a supplier master.
      usage Use supplier_items for cost prices and lead times per supplier; the raw feed files stay available for audits.
      limitations Feeds arrive once a day around 00:30 UTC; suppliers that miss the cut-off appear a day late.
      tags suppliers, source-aligned, feeds
      port supplier-feeds | s3 | 1.2.0 | active | supplier-feeds | supplier-feeds/items, supplier-feeds/cost-prices, supplier-feeds/availability | Daily supplier feed files in the landing bucket, one folder per feed type.
      port suppliers | postgres | 2.0.0 | active | suppliers | suppliers, supplier_items, supplier_cost_prices, supplier_contacts | Cleaned supplier master data and the items each supplier offers.
      file supplier-feeds/items | Item master rows as sent by suppliers (CSV, one file per supplier and day). | supplier_code, supplier_item_code, ean, item_description, brand_name, category_path, color, size, weight_kg, country_of_origin:varchar(2), min_order_qty, pack_size:integer
      file supplier-feeds/cost-prices | Cost prices per supplier item and validity window. | supplier_code, supplier_item_code, currency_code, cost_price, valid_from_date, valid_to_date, incoterm
      file supplier-feeds/availability | Units available at the supplier and the promised lead time. | supplier_code, supplier_item_code, available_qty, lead_time_days, next_availability_date
      table suppliers | One row per supplier Acme buys from. | supplier_id*, supplier_code, supplier_name, country_code, currency_code, payment_terms_days, incoterm, supplier_status, onboarded_date, created_at, updated_at, vat_number:varchar(20), website_url, default_lead_time_days, minimum_order_amount
      table supplier_contacts | Contact persons at suppliers. | contact_id*, supplier_id>suppliers, first_name, last_name, email, phone, job_title:varchar(100), is_primary
      table supplier_items | Items a supplier offers, mapped to Acme SKUs where known. | supplier_item_id*, supplier_id>suppliers, supplier_item_code, sku, ean, item_description, min_order_qty, pack_size:integer, lead_time_days, is_active, updated_at, cost_price, currency_code, country_of_origin:varchar(2), is_preferred
      table supplier_cost_prices | Cost price history per supplier item. | cost_price_id*, supplier_item_id>supplier_items, currency_code, cost_price, valid_from_date, valid_to_date, incoterm
      copy stg_feed_items | Raw item feed rows loaded from the landing bucket. | supplier-feeds/items | * + _source_file, _loaded_at
      copy stg_feed_cost_prices | - | supplier-feeds/cost-prices | * + _source_file, _loaded_at
      copy stg_feed_availability | - | supplier-feeds/availability | * + _source_file, _loaded_at
      table feed_load_audit | One row per feed file loaded, with row counts and rejects. | load_id*, supplier_code, feed_type, file_name, rows_received:integer, rows_rejected:integer, load_status, loaded_at
      job ingest_supplier_feeds | 01:00 | supplier-feeds/items, supplier-feeds/cost-prices, supplier-feeds/availability -> stg_feed_items, stg_feed_cost_prices, stg_feed_availability, feed_load_audit
      job build_supplier_master | 01:30 | stg_feed_items, stg_feed_cost_prices, stg_feed_availability -> suppliers, supplier_items, supplier_cost_prices, supplier_contacts
      flyway

      product product-master | Product Master | active | daily | yuki.tanaka@acme.example | 0.95
      purpose The golden record of every product and variant Acme sells, with categories, brands and attributes, merged from supplier feeds and the merchandising team's enrichment.
      usage Join on sku for anything sold; products.product_id groups the colour and size variants of one product.
      limitations Attributes are only complete for active products; discontinued products keep their last known values.
      tags products, master-data, core, certified
      checks 03:00
      port products | postgres | 3.1.0 | active | products | products, product_variants, categories, brands, product_attributes, active_variants | Products, variants (SKUs), the category tree, brands and attributes.
      table brands | Brands sold at Acme, own and third-party. | brand_id*, brand_name, is_own_brand, country_code, website_url, created_at
      table categories | The merchandise category tree (three levels). | category_id*, parent_category_id, category_name, category_level:smallint, category_path, is_active
      table products | One row per product (style), independent of colour and size. | product_id*, product_name, brand_id>brands, category_id>categories, product_description, season, gender, lifecycle_status, launch_date, is_online_exclusive, created_at, updated_at, product_description_short:varchar(300), material:varchar(100), care_instructions:text, is_sustainable, sustainability_label:varchar(40), warranty_months:integer
      table product_variants | One row per sellable variant (SKU): a product in one colour and size. | variant_id*, sku, product_id>products, ean, color, size, list_price, currency_code, weight_kg, is_active, created_at, updated_at, supplier_id, cost_price, color_family:varchar(20), size_group:varchar(20), launch_date, is_online_only
      table product_attributes | Technical attributes of products as name/value pairs. | attribute_id*, product_id>products, attribute_name, attribute_value:varchar(200), unit_of_measure, updated_at
      view active_variants | Variants that can be sold today. | product_variants | variant_id, sku, product_id, color, size, list_price, currency_code | is_active = 1
      copy stg_supplier_items | - | product-catalog/supplier-catalog:supplier_items
      copy stg_supplier_feed_items | Supplier feed rows as landed, used to pick up new EANs and attributes. | product-catalog/supplier-catalog:supplier-feeds/items
      table enrichment_queue | Products waiting for copywriting and attribute enrichment by merchandising. | queue_id*, product_id>products, requested_by:varchar(100), requested_at, missing_fields:varchar(200), priority, completed_at
      table sku_mapping | Mapping of supplier item codes to Acme SKUs. | mapping_id*, supplier_code, supplier_item_code, sku, mapped_at, mapped_by:varchar(100)
      job ingest_supplier_data | 02:00 | product-catalog/supplier-catalog:supplier_items, product-catalog/supplier-catalog:supplier-feeds/items -> stg_supplier_items, stg_supplier_feed_items
      job build_product_master | 02:20 | stg_supplier_items, stg_supplier_feed_items, sku_mapping, enrichment_queue -> brands, categories, products, product_variants, product_attributes
      flyway

      product pricing | Pricing | active | daily | ines.silva@acme.example | 0.88
      purpose Current and historical selling prices per SKU and price list, markdowns and competitor prices, as used by the web shop and the stores.
      usage Use current_prices for the price a customer sees today; price_history for any analysis over time.
      limitations Store-level price overrides are not included.
      tags pricing, prices, markdown
      port prices | postgres | 2.3.0 | active | prices | price_lists, current_prices, price_history, markdowns | Selling prices per SKU and price list, their history and planned markdowns.
      table price_lists | Price lists per country and channel. | price_list_id*, price_list_name, country_code, currency_code, sales_channel, valid_from_date, is_active
      table current_prices | The selling price of each SKU per price list today. | price_list_id*>price_lists, sku*, list_price, selling_price, price_type, markdown_pct, valid_from_date, updated_at, cost_price, margin_pct, currency_code, price_source:varchar(20)
      table price_history | Every price change: one row per SKU, price list and change. | price_change_id*, price_list_id>price_lists, sku, old_price, new_price, price_type, change_reason, changed_at, changed_by:varchar(100), currency_code, margin_pct
      table markdowns | Planned and running markdown events. | markdown_id*, markdown_name, sku, price_list_id>price_lists, markdown_pct, start_date, end_date, approval_status, approved_by:varchar(100)
      table competitor_prices | Competitor prices scraped daily for key SKUs. | observation_id*, sku, competitor_name, competitor_price, currency_code, product_url, observed_at
      table price_rules | Pricing rules (minimum margin, rounding) applied when prices are set. | rule_id*, rule_name, category_id, min_margin_pct, rounding_rule:varchar(40), priority, is_active
      copy stg_variants | - | product-catalog/product-master:product_variants | variant_id, sku, product_id, list_price, currency_code, is_active
      copy stg_cost_prices | - | product-catalog/supplier-catalog:supplier_cost_prices
      job ingest_catalog_inputs | 02:45 | product-catalog/product-master:product_variants, product-catalog/supplier-catalog:supplier_cost_prices -> stg_variants, stg_cost_prices
      job build_prices | 03:10 | stg_variants, stg_cost_prices, price_rules, competitor_prices -> price_lists, current_prices, price_history, markdowns
      flyway

      product product-content | Product Content | active | daily | yuki.tanaka@acme.example | 0.78
      purpose Marketing copy, images, size guides and translations for every product, as published on the web shop and in the app.
      usage Join on product_id; product_copy has one row per product and language.
      limitations Images are referenced by URL; the binaries stay in the digital asset management system.
      tags content, copy, images, translations
      port content | postgres | 1.1.0 | active | content | product_copy, product_images, size_guides, seo_metadata | Published product copy, images, size guides and SEO metadata.
      table product_copy | Product texts per language. | copy_id*, product_id, language, product_name, short_description, long_description, care_instructions:text, copywriter:varchar(100), approved_at, published_at
      table product_images | Images per product and colour. | image_id*, product_id, color, image_url, image_role, sort_order:integer, width_px:integer, height_px:integer, alt_text, uploaded_at
      table size_guides | Size charts per brand and category. | size_guide_id*, brand_id, category_id, size, chest_cm, waist_cm, inside_leg_cm, foot_length_cm, eu_size:varchar(8), uk_size:varchar(8), us_size:varchar(8)
      table seo_metadata | Page titles and meta descriptions per product and language. | seo_id*, product_id, language, page_title, meta_description, canonical_url, updated_at
      table translation_jobs | Translation requests sent to the agency. | translation_job_id*, product_id, source_language, target_language, word_count:integer, requested_at, delivered_at, agency_name, cost_amount
      copy stg_products | - | product-catalog/product-master:products | product_id, product_name, brand_id, category_id, lifecycle_status
      job ingest_products | 02:50 | product-catalog/product-master:products -> stg_products
      job build_content | 03:20 | stg_products, translation_jobs -> product_copy, product_images, size_guides, seo_metadata

      product product-reviews | Product Reviews | active | daily | marco.bianchi@acme.example | 0.68
      purpose Customer ratings and reviews from the web shop and the app, moderated, with aggregated ratings per product.
      usage Use product_ratings for the star rating shown on product pages; reviews holds the moderated texts.
      limitations Reviews imported from the old shop before 2024 lack the verified purchase flag.
      tags reviews, ratings, voice-of-customer
      port reviews | postgres | 1.4.0 | active | reviews | reviews, product_ratings, review_responses, review_media | Moderated reviews, answers from customer care, media and ratings per product.
      table reviews | One row per review written by a customer. | review_id*, product_id, sku, customer_id, rating, review_title, review_text, reviewer_name, is_verified_purchase, moderation_status, sentiment, submitted_at, published_at, language, helpful_votes:integer, store_id, size_fit:varchar(20)
      table review_media | Photos and videos attached to reviews. | media_id*, review_id>reviews, media_url, media_type, uploaded_at
      table review_responses | Answers from Acme customer care to reviews. | response_id*, review_id>reviews, response_text, responded_by:varchar(100), responded_at
      table product_ratings | Aggregated rating per product, recomputed daily. | product_id*, review_count, average_rating:numeric(3,2), five_star_share, one_star_share, last_review_at, updated_at
      table review_flags | Reviews flagged by customers or the moderation model. | flag_id*, review_id>reviews, flag_reason, flagged_at, resolved_at
      copy stg_products | - | product-catalog/product-master:products | product_id, product_name, brand_id, category_id
      view published_reviews | Reviews visible on the product pages. | reviews | review_id, product_id, sku, rating, review_title, review_text, published_at | moderation_status = 'published'
      job ingest_products | 03:00 | product-catalog/product-master:products -> stg_products
      job build_review_aggregates | 03:30 | reviews, stg_products, review_flags -> product_ratings, review_responses
      """;

  private ProductCatalogDomain() {}
}

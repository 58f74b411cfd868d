package dev.meshlens.sample.mesh.content;

/** The marketing domain, in blueprint lines (see {@code Blueprint} for the keywords). */
public final class MarketingDomain {
  public static final String TEXT =
      """
      domain marketing | Marketing | team:marketing-analytics | Campaigns, audiences, e-mail, web analytics and attribution.

      product campaign-performance | Campaign Performance | active | daily | emma.janssen@acme.example | 0.63
      purpose Paid and owned campaign performance as exported by Marketing Hub, the SaaS campaign tool: one row per campaign, ad group and day. Names keep the tool's camelCase.
      usage campaignPerformance gives daily spend, impressions, clicks and conversions per campaign; join to marketing-attribution for revenue.
      limitations Conversions are the tool's own last-click numbers and do not match finance revenue. Spend is in the ad account currency.
      tags campaigns, paid-media, saas, marketing-hub
      port marketing-hub-exports | s3 | 1.0.0 | active | marketing-hub-exports | marketing-hub/campaigns, marketing-hub/daily-metrics | Daily JSON exports from Marketing Hub.
      port campaign-performance | postgres | 2.1.0 | active | campaign-performance | campaigns, adGroups, campaignPerformance, adGroupPerformance, campaignBudgets | Campaigns and their daily performance, in the tool's camelCase.
      file marketing-hub/campaigns | Campaign settings export (JSON lines). | campaignId, campaignName, campaignType, objective, adNetwork, campaignStatus, startDate, endDate, dailyBudget, currencyCode, createdAt
      file marketing-hub/daily-metrics | Daily metrics per ad group (JSON lines). | reportDate, campaignId, adGroupId, impressions, clicks, spend, conversions, conversionValue, videoViews
      table campaigns | One row per campaign. | campaignId*, campaignName, campaignType, objective, adNetwork, campaignStatus, startDate, endDate, dailyBudget, currencyCode, createdAt, updatedAt, targetAudienceId, landingPageUrl, utmCampaign:varchar(100), ownerTeam:varchar(40)
      table adGroups | Ad groups (ad sets) inside campaigns. | adGroupId*, campaignId>campaigns, adGroupName, bidStrategy, placement, targetAudienceId, adGroupStatus, createdAt
      table campaignPerformance | Daily performance per campaign. | reportDate*, campaignId*>campaigns, impressions, clicks, spend, conversions, conversionValue, clickThroughRate, costPerClick:numeric(8,4), conversionRate, returnOnAdSpend:numeric(8,2), videoViews, engagements:integer, averagePosition:numeric(4,2), currencyCode
      table adGroupPerformance | Daily performance per ad group. | reportDate*, adGroupId*>adGroups, impressions, clicks, spend, conversions, clickThroughRate, frequency:numeric(6,2), reach
      table campaignBudgets | Monthly budget per campaign as planned by marketing. | budgetId*, campaignId>campaigns, budgetMonth, plannedSpend, approvedBy:varchar(100), approvedAt
      copy stg_marketing_hub_campaigns | - | marketing-hub/campaigns | * + _loaded_at
      copy stg_marketing_hub_metrics | - | marketing-hub/daily-metrics | * + _loaded_at
      job load_marketing_hub_exports | 03:00 | marketing-hub/campaigns, marketing-hub/daily-metrics -> stg_marketing_hub_campaigns, stg_marketing_hub_metrics
      job build_campaign_performance | 03:40 | stg_marketing_hub_campaigns, stg_marketing_hub_metrics -> campaigns, adGroups, campaignPerformance, adGroupPerformance, campaignBudgets

      product email-engagement | E-mail Engagement | active | daily | lucas.martin@acme.example | 0.78
      purpose E-mail sends, opens, clicks, bounces and unsubscribes from the e-mail service provider, per message and per campaign.
      usage Use email_events (contract 2.0.0) for engagement analysis and email_campaign_stats for daily KPIs. The 1.x contract (email_events_legacy) is deprecated and will be retired on 2027-01-31.
      limitations Mail privacy protection inflates opens; prefer clicks to measure engagement.
      tags email, crm, engagement
      port email-events | postgres | 2.0.0 | active | email-events | email_sends, email_events, email_campaigns, email_campaign_stats, unsubscribes | E-mail sends and engagement events (current version).
      port email-events | postgres | 1.3.0 | deprecated | email-events-v1 | email_events_legacy, email_campaign_stats_legacy | The old flat event table; deprecated, use email-events 2.0.0.
      table email_sends | One row per e-mail sent to a customer. | message_id*, email_campaign_id, customer_id, recipient_email, template_type, subject_line:varchar(200), sent_at, segment_code, sender_address:varchar(320), is_transactional, send_status:varchar(20)
      table email_events | Engagement events per message. | event_id*, message_id>email_sends, email_event_type, link_url, device_type, bounce_type, user_agent, occurred_at
      table email_campaigns | E-mail campaigns and their audiences. | email_campaign_id*, campaign_name, template_type, segment_code, sent_count, created_by:varchar(100), scheduled_at, subject_line:varchar(200), preheader:varchar(200), ab_test_variant:varchar(10), owner_team
      table email_campaign_stats | Daily engagement KPIs per e-mail campaign. | stats_date*, email_campaign_id*>email_campaigns, sends, deliveries, opens, unique_opens, clicks, unique_clicks, bounces, unsubscribes, open_rate, click_rate
      table unsubscribes | Unsubscribes and complaints per customer. | unsubscribe_id*, customer_id, recipient_email, list_name, unsubscribe_source, unsubscribed_at
      table email_events_legacy | Deprecated flat event table (contract 1.x): one row per event with denormalised campaign fields. | legacy_event_id*, campaign_name, customer_id, email, event_name, url, device, event_ts
      table email_campaign_stats_legacy | Deprecated daily stats (contract 1.x). | stats_date*, campaign_name*, sends, opens, clicks, open_rate, click_rate
      table stg_esp_events | Raw webhook events from the e-mail service provider. | webhookId*, eventType:varchar(40), messageId, email, url, userAgent, payloadJson, timestamp
      copy stg_segments | - | marketing/customer-segments:segments | segment_id, segment_code, segment_name
      job ingest_esp_webhooks | 02:00 | -> stg_esp_events
      job ingest_segments | 02:00 | marketing/customer-segments:segments -> stg_segments
      job build_email_engagement | 02:30 | stg_esp_events, stg_segments -> email_sends, email_events, email_campaigns, email_campaign_stats, unsubscribes, email_events_legacy, email_campaign_stats_legacy
      flyway

      product customer-segments | Customer Segments | active | daily | chloe.dubois@acme.example | 0.88
      purpose Customer segments for targeting and reporting (RFM, lifecycle and predictive segments), with daily membership and segment sizes.
      usage Activate audiences from segment_memberships (current rows have no valid_to_date); use segment_sizes_daily for trend reporting.
      limitations Only customers with marketing consent are eligible for activation segments; reporting segments include everyone.
      tags segments, audiences, crm, personalisation
      checks 08:30
      port segments | postgres | 1.5.0 | active | segments | segments, segment_memberships, segment_sizes_daily, audience_exports | Segment definitions, memberships, sizes and audience exports.
      table segments | Segment definitions. | segment_id*, segment_code, segment_name, segment_type, definition_sql:text, owner_team, is_activation_allowed, created_at, updated_at
      table segment_memberships | Which customer is in which segment, with validity. | membership_id*, segment_id>segments, customer_id, score, valid_from_date, valid_to_date, assigned_reason:varchar(100), is_control_group
      table segment_sizes_daily | Number of customers per segment and day. | size_date*, segment_id*>segments, member_count, consented_member_count, net_sales_last_90_days:numeric(12,2), average_order_value
      table audience_exports | Audiences pushed to ad networks and the e-mail tool. | export_id*, segment_id>segments, destination, exported_count, match_rate, exported_at
      copy stg_customer_360 | - | customer/customer-360:customer_360 | customer_id, country_code, order_count, lifetime_net_sales, average_order_value, return_rate, loyalty_tier, has_marketing_consent, lifecycle_stage
      copy stg_customer_scores | - | customer/customer-360:customer_scores | customer_id, lifetime_value, churn_probability, value_band
      job ingest_customer_360 | 07:45 | customer/customer-360:customer_360, customer/customer-360:customer_scores -> stg_customer_360, stg_customer_scores
      job build_segments | 08:00 | stg_customer_360, stg_customer_scores, segments -> segment_memberships, segment_sizes_daily, audience_exports

      product web-analytics | Web Analytics | active | hourly | noah.schneider@acme.example | 0.83
      purpose Clickstream of the web shop and the app: sessions, page views and conversions from the tracking stream, sessionised hourly.
      usage sessions is one row per visit; join conversions to orders on order_number. The clickstream topic offers the raw events for streaming use.
      limitations Visitors who decline analytics cookies are not tracked; about 30% of traffic is missing.
      tags web, clickstream, analytics, hourly
      port clickstream | kafka | 2.0.0 | active | clickstream | marketing.clickstream.v2 | Raw tracking events from web and app.
      port web-analytics | postgres | 1.8.0 | active | web-analytics | sessions, page_views, conversions, traffic_sources_daily, landing_pages_daily | Sessions, page views, conversions and daily traffic reports.
      topic marketing.clickstream.v2 | Tracking events, one message per event; key: sessionId. | eventId, sessionId, visitorId, customerId, eventName, pageUrl, pageType, referrer, utmSource, utmMedium, utmCampaign, deviceCategory, countryCode, occurredAt
      table sessions | One row per visit. | session_id*, visitor_id, customer_id, traffic_source, utm_medium, utm_campaign, landing_page_url, device_category, country_code, page_view_count, is_bounce, has_conversion, started_at, ended_at, browser:varchar(40), operating_system:varchar(40), referrer, ip_country_code:varchar(2), session_duration_seconds
      table page_views | One row per page view. | page_view_id*, session_id>sessions, page_url, page_type, sku, time_on_page_seconds, viewed_at
      table conversions | Orders and sign-ups attributed to a session. | conversion_id*, session_id>sessions, conversion_type, order_number, conversion_value, converted_at
      table traffic_sources_daily | Sessions and conversions per source, medium and day. | report_date*, traffic_source*, utm_medium*, sessions, users:integer, bounce_rate, conversions, conversion_rate, revenue
      table landing_pages_daily | Entrances and bounce rate per landing page and day. | report_date*, landing_page_url*, entrances:integer, bounce_rate, conversion_rate
      copy stg_clickstream | Hourly micro-batches of the clickstream topic. | marketing.clickstream.v2 | * + _loaded_at
      job ingest_clickstream | hourly:05 | marketing.clickstream.v2 -> stg_clickstream
      job build_sessions | hourly:25 | stg_clickstream -> sessions, page_views, conversions, traffic_sources_daily, landing_pages_daily

      product marketing-attribution | Marketing Attribution | active | daily | emma.janssen@acme.example | 0.93
      purpose Multi-touch attribution of online orders to marketing channels and campaigns, built with dbt on the marketing database.
      usage channel_attribution_daily is the source for marketing ROI reporting; fct_attributed_orders has the order-level detail per attribution model.
      limitations Only online orders with a tracked session can be attributed (about 70%). View-through touches are not included.
      tags attribution, roi, dbt, marketing
      dbt marketing_attribution | postgres | marketing_attribution | 09:00
      port attribution | postgres | 1.2.0 | active | attribution | fct_attributed_orders, channel_attribution_daily, campaign_roi_daily | Attributed orders and channel and campaign ROI.
      copy raw_sessions | Sessions copied from web-analytics by the loader. | marketing/web-analytics:sessions | session_id, visitor_id, customer_id, started_at, traffic_source, utm_medium, utm_campaign, device_category, has_conversion
      copy raw_conversions | - | marketing/web-analytics:conversions | conversion_id, session_id, conversion_type, order_number, conversion_value, converted_at
      copy raw_orders | - | sales/orders:orders | order_id, order_number, customer_id, sales_channel, ordered_at, total_amount, currency_code
      copy raw_campaign_performance | - | marketing/campaign-performance:campaignPerformance | reportDate, campaignId, spend, clicks, impressions, conversions
      table channel_mapping | Mapping of UTM source and medium to reporting channels (dbt seed). | utm_source*, utm_medium*, channel_group
      view stg_sessions | Sessions, renamed and filtered to the attribution window. | raw_sessions | session_id, visitor_id, customer_id, started_at, traffic_source, utm_medium, utm_campaign
      view stg_orders | Online orders only. | raw_orders | order_id, order_number, customer_id, ordered_at, total_amount, currency_code | sales_channel IN ('web', 'app')
      table int_touchpoints | One row per marketing touch preceding an order, within a 30-day window. | touchpoint_id*, order_id, customer_id, session_id, touch_type, traffic_source, utm_medium, utm_campaign, position_in_path:integer, days_before_order:integer, touched_at
      table fct_attributed_orders | Orders with revenue attributed to each touch, per attribution model. | attribution_id*, order_id, order_number, touchpoint_id>int_touchpoints, attribution_model, traffic_source, utm_campaign, attribution_weight, attributed_revenue, ordered_at
      table channel_attribution_daily | Attributed orders and revenue per channel, model and day. | report_date*, channel_group*, attribution_model*, attributed_orders, attributed_revenue, spend, roas
      table campaign_roi_daily | Spend, attributed revenue and ROI per campaign and day. | report_date*, campaign_id*, spend, attributed_revenue, roas, cost_per_order:numeric(12,2)
      job load_sources | 08:30 | marketing/web-analytics:sessions, marketing/web-analytics:conversions, sales/orders:orders, marketing/campaign-performance:campaignPerformance -> raw_sessions, raw_conversions, raw_orders, raw_campaign_performance
      model stg_sessions | raw_sessions
      model stg_orders | raw_orders
      model int_touchpoints | stg_sessions, raw_conversions, stg_orders
      model fct_attributed_orders | int_touchpoints, stg_orders
      model channel_attribution_daily | fct_attributed_orders, channel_mapping
      model campaign_roi_daily | fct_attributed_orders, raw_campaign_performance
      """;

  private MarketingDomain() {}
}

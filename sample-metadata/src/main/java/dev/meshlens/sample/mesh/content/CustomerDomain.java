package dev.meshlens.sample.mesh.content;

/** The customer domain, in blueprint lines (see {@code Blueprint} for the keywords). */
public final class CustomerDomain {
  public static final String TEXT =
      """
      domain customer | Customer | team:customer-data | Who our customers are: profiles, consents, loyalty, service contacts and the unified customer view.

      product customer-profile | Customer Profile | active | daily | lena.fischer@acme.example | 0.93
      purpose The customer master: accounts from the web shop and the app and store sign-ups, with addresses and marketing consents, de-duplicated into one customer_id.
      usage customer_id is the key of every customer-related product. Check customer_consents before using e-mail or phone for marketing.
      limitations Guest checkouts without an account are not customers here. Deleted accounts are anonymised, not removed.
      tags customers, pii, master-data, gdpr
      checks 02:40
      port customers | postgres | 3.0.0 | active | customers | customers, customer_addresses, customer_consents, customer_identities | De-duplicated customers with addresses, consents and linked identities.
      table customers | One row per customer. | customer_id*, first_name, last_name, email, phone, date_of_birth, gender, preferred_language, country_code, signup_channel, signed_up_at, is_employee, is_anonymised, created_at, updated_at, loyalty_member_id, is_marketing_opted_in, email_verified_at, last_login_at, acquisition_source:varchar(40), customer_type:varchar(20)
      table customer_addresses | Postal addresses of customers. | address_id*, customer_id>customers, address_type, address_line1, address_line2, postal_code, city, country_code, is_default, validated_at, recipient_name, phone, delivery_instructions:text
      table customer_consents | Marketing and data-use consents, one row per customer and purpose. | consent_id*, customer_id>customers, consent_type, consent_status, consent_source, captured_at, withdrawn_at
      table customer_identities | Identities linked to a customer (web account, app, loyalty card, store sign-up). | identity_id*, customer_id>customers, identity_type, identity_value:varchar(200), source_system, linked_at
      table merge_log | Which duplicate customer records were merged into which survivor. | merge_id*, survivor_customer_id, merged_customer_id, match_rule, match_score, merged_at
      table stg_crm_accounts | Raw accounts from the web shop and app account services. | account_id*, email, first_name, last_name, phone, date_of_birth, locale, payload_json, created_at, updated_at
      table stg_store_signups | Sign-ups captured at store tills. | signup_id*, store_code, email, first_name, last_name, postal_code, signed_up_at
      table erasure_requests | GDPR erasure requests and their processing state. | request_id*, customer_id, request_channel, handled_by:varchar(100), requested_at, completed_at
      view contactable_customers | Customers that are not anonymised, with their contact language. | customers | customer_id, email, preferred_language, country_code, signed_up_at | is_anonymised = 0
      job ingest_crm_accounts | 01:30 | -> stg_crm_accounts, stg_store_signups
      job build_customer_master | 02:00 | stg_crm_accounts, stg_store_signups, erasure_requests -> customers, customer_addresses, customer_consents, customer_identities, merge_log
      flyway

      product loyalty | Loyalty | active | daily | david.okafor@acme.example | 0.88
      purpose The Acme Summit Club: members, tiers, points earned and redeemed, and the reward catalogue.
      usage points_ledger is the single source for points balances; member_tiers gives the tier of a member on any date.
      limitations Points from partner programmes are booked with a two-day delay.
      tags loyalty, customers, points
      port loyalty | postgres | 2.2.0 | active | loyalty | loyalty_members, member_tiers, points_ledger, rewards, reward_redemptions | Members, tiers, points ledger, rewards and redemptions.
      table loyalty_members | One row per loyalty member. | member_id*, customer_id, card_number, loyalty_tier, points_balance, lifetime_points, enrolment_channel, is_active, enrolled_at, updated_at, tier_valid_until_date, points_expiring_next_month:integer, home_store_id
      table member_tiers | Tier history per member with validity. | member_tier_id*, member_id>loyalty_members, loyalty_tier, qualifying_spend, valid_from_date, valid_to_date
      table points_ledger | Every points movement: earn, redeem, expire, adjust. | ledger_entry_id*, member_id>loyalty_members, points_transaction_type, points, order_id, receipt_id, booked_at, expires_date
      table rewards | The reward catalogue. | reward_id*, reward_name, points_cost, reward_type, valid_from_date, valid_to_date, is_active
      table reward_redemptions | Rewards redeemed by members. | redemption_id*, member_id>loyalty_members, reward_id>rewards, points_spent, order_id, redeemed_at
      copy stg_orders | - | sales/orders:orders | order_id, customer_id, ordered_at, total_amount, currency_code
      copy stg_receipts | - | sales/store-sales:receipts | receipt_id, customer_id, transaction_at, total_amount
      copy stg_customers | - | customer/customer-profile:customers | customer_id, email, country_code, is_anonymised
      view active_members | Members with an active card. | loyalty_members | member_id, customer_id, loyalty_tier, points_balance, enrolled_at | is_active = 1
      job ingest_loyalty_inputs | 04:30 | sales/orders:orders, sales/store-sales:receipts, customer/customer-profile:customers -> stg_orders, stg_receipts, stg_customers
      job build_points_ledger | 05:00 | stg_orders, stg_receipts, stg_customers, rewards -> loyalty_members, member_tiers, points_ledger, reward_redemptions

      product customer-support | Customer Support | active | daily | sofia.rossi@acme.example | 0.78
      purpose Service tickets, their interactions and satisfaction surveys from the customer care tool.
      usage tickets joins to customers on customer_id and to orders on order_number; nps_responses feeds the voice-of-customer dashboards.
      limitations Chat transcripts are not included; only ticket metadata and survey answers.
      tags support, service, nps, voice-of-customer
      port support | postgres | 1.2.0 | active | support | tickets, ticket_interactions, nps_responses, csat_daily | Tickets, interactions and satisfaction.
      table tickets | One row per customer service ticket. | ticket_id*, customer_id, order_number, contact_reason, interaction_channel, ticket_status, priority, assigned_team, reopen_count, created_at, first_response_at, solved_at, subject, language, first_contact_resolution, satisfaction_score:integer, sla_breached
      table ticket_interactions | Messages and calls on a ticket. | interaction_id*, ticket_id>tickets, interaction_channel, direction, agent_id, handle_time_seconds, occurred_at
      table nps_responses | Answers to the post-purchase and post-contact NPS survey. | response_id*, customer_id, survey_type, nps_score, comment, touchpoint, responded_at
      table csat_daily | Satisfaction and handling KPIs per day and channel. | report_date*, interaction_channel*, tickets_created:integer, tickets_solved:integer, median_first_response_minutes, csat_score, nps
      table agents | Customer care agents. | agent_id*, agent_code, team_name, site, hired_date, is_active
      table stg_helpdesk_tickets | Raw ticket export from the help desk SaaS. | ticketId*, requesterEmail, subject, ticketStatus, priority, tags:varchar(200), customFieldsJson, createdAt, updatedAt
      view open_tickets | Tickets waiting for an answer. | tickets | ticket_id, customer_id, contact_reason, priority, assigned_team, created_at | ticket_status IN ('open', 'pending')
      job ingest_helpdesk | 03:00 | -> stg_helpdesk_tickets
      job build_support_mart | 03:30 | stg_helpdesk_tickets, agents -> tickets, ticket_interactions, nps_responses, csat_daily

      product customer-360 | Customer 360 | active | daily | lena.fischer@acme.example | 0.95
      purpose One row per customer with everything we know: profile, orders, returns, loyalty, service contacts and predicted value. The starting point for segmentation and personalisation.
      usage Use customer_360 for any customer-level analysis and customer_metrics_daily for trends. Respect has_marketing_consent before activation.
      limitations Refreshed daily after the orders, returns, loyalty and support products; lags them by up to 6 hours.
      tags customers, 360, certified, core
      checks 07:30
      port customer-360 | postgres | 4.1.0 | active | customer-360 | customer_360, customer_order_summary, customer_metrics_daily, customer_scores | The unified customer view, order summaries, model scores and daily metrics.
      table customer_360 | One row per customer with profile, purchase, loyalty and service attributes. | customer_id*, first_name, last_name, email, country_code, preferred_language, signed_up_at, first_order_date, last_order_date, order_count, lifetime_net_sales:numeric(12,2), average_order_value, return_rate, loyalty_tier, points_balance, open_ticket_count, last_nps_score, has_marketing_consent, lifecycle_stage, updated_at, gender, date_of_birth, city, total_returns_amount:numeric(12,2), email_engagement_score:numeric(5,4), favourite_store_id
      table customer_order_summary | Purchase summary per customer and channel. | customer_id*, sales_channel*, order_count, units_bought:integer, net_sales, last_order_date, favourite_category_name
      table customer_metrics_daily | Daily customer base KPIs. | metric_date*, active_customers:integer, new_customers:integer, returning_customers:integer, churned_customers:integer, average_order_value, repeat_purchase_rate
      table customer_scores | Model scores per customer. | customer_id*, lifetime_value, churn_probability, churn_risk, value_band, next_best_category_name, model_version, scored_at, propensity_to_buy:numeric(5,4), recommended_channel:varchar(20), clv_segment:varchar(20)
      copy stg_customers | - | customer/customer-profile:customers | customer_id, first_name, last_name, email, country_code, preferred_language, signed_up_at, is_anonymised
      copy stg_consents | - | customer/customer-profile:customer_consents | customer_id, consent_type, consent_status
      copy stg_orders | - | sales/orders:orders | order_id, customer_id, sales_channel, ordered_at, total_amount, is_test
      copy stg_refunds | - | sales/returns:refunds | refund_id, order_id, refund_amount
      copy stg_loyalty_members | - | customer/loyalty:loyalty_members | member_id, customer_id, loyalty_tier, points_balance
      copy stg_tickets | - | customer/customer-support:tickets | ticket_id, customer_id, ticket_status, created_at
      job ingest_customer_inputs | 06:30 | customer/customer-profile:customers, customer/customer-profile:customer_consents, sales/orders:orders, sales/returns:refunds, customer/loyalty:loyalty_members, customer/customer-support:tickets -> stg_customers, stg_consents, stg_orders, stg_refunds, stg_loyalty_members, stg_tickets
      job build_customer_360 | 07:00 | stg_customers, stg_consents, stg_orders, stg_refunds, stg_loyalty_members, stg_tickets -> customer_360, customer_order_summary, customer_metrics_daily, customer_scores
      """;

  private CustomerDomain() {}
}

package dev.meshlens.sample.mesh.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The allowed values of categorical columns, keyed by column name (snake_case) or last word. */
public final class Vocabulary {
  private static final String VALUES =
      """
      order_status = placed, paid, picking, shipped, delivered, cancelled
      channel = web, app, store, marketplace
      sales_channel = web, app, store, marketplace
      payment_method = card, paypal, klarna, apple_pay, gift_card, cash
      payment_status = authorized, captured, refunded, failed
      return_reason = wrong_size, damaged, not_as_described, changed_mind, late_delivery
      reason = wrong_size, damaged, not_as_described, changed_mind, late_delivery
      return_status = requested, in_transit, received, inspected, refunded, rejected
      refund_method = original_payment, store_credit, gift_card
      refund_status = pending, paid, failed
      condition = resellable, refurbish, write_off
      parcel_status = label_created, in_transit, out_for_delivery, delivered, exception
      tracking_status = picked_up, arrived_at_hub, departed_hub, out_for_delivery, delivered, delivery_failed
      scan_type = picked_up, arrived_at_hub, departed_hub, out_for_delivery, delivered, delivery_failed
      service_level = standard, express, next_day, click_and_collect
      carrier_code = DHL, DPD, UPS, POSTNL, GLS, ROYALMAIL, COLISSIMO, SEUR
      ticket_status = open, pending, solved, closed
      priority = low, normal, high, urgent
      contact_reason = order_status, returns, product_question, payment, delivery, account
      topic = order_status, returns, product_question, payment, delivery, account
      interaction_channel = email, chat, phone, social
      tier = bronze, silver, gold, summit
      loyalty_tier = bronze, silver, gold, summit
      points_transaction_type = earn, redeem, expire, adjust
      transaction_type = authorisation, capture, refund, capture, capture
      gender = female, male, diverse, unknown
      language = de, en, fr, nl, es, it, sv
      preferred_language = de, en, fr, nl, es, it, sv
      locale = de-DE, en-GB, fr-FR, nl-NL, es-ES, it-IT, sv-SE
      country_code = DE, FR, GB, NL, ES, IT, SE, AT, BE, DK
      country = DE, FR, GB, NL, ES, IT, SE, AT, BE, DK
      currency_code = EUR, EUR, EUR, GBP, SEK, DKK
      currency = EUR, EUR, EUR, GBP, SEK, DKK
      campaign_type = email, paid_search, paid_social, display, affiliate
      objective = awareness, consideration, conversion, retention
      ad_network = google_ads, meta, tiktok, pinterest, microsoft_ads
      network = google_ads, meta, tiktok, pinterest, microsoft_ads
      device = desktop, mobile, tablet
      device_type = desktop, mobile, tablet
      device_category = desktop, mobile, tablet
      medium = cpc, email, social, organic, referral, display
      utm_medium = cpc, email, social, organic, referral, display
      source = google, facebook, instagram, newsletter, direct, bing
      utm_source = google, facebook, instagram, newsletter, direct, bing
      traffic_source = google, facebook, instagram, newsletter, direct, bing
      segment_type = rfm, lifecycle, behavioural, predictive
      lifecycle_stage = prospect, new, active, lapsing, lapsed, win_back
      consent_type = email_marketing, sms_marketing, personalisation, analytics
      consent_status = granted, withdrawn
      address_type = billing, shipping
      task_type = pick, pack, putaway, replenish, count
      task_status = open, in_progress, done, cancelled
      movement_type = receipt, transfer_out, transfer_in, sale, return, adjustment, write_off
      adjustment_reason = damaged, shrinkage, count_correction, expired, found
      po_status = draft, sent, confirmed, partially_received, received, cancelled
      transfer_status = planned, picked, in_transit, received
      replenishment_method = min_max, forecast_driven, manual
      forecast_model = prophet, lightgbm, ets, naive_seasonal
      model_name = prophet, lightgbm, ets, naive_seasonal
      journal_type = sales, refund, payment, accrual, adjustment, payroll
      entry_type = sales, refund, payment, accrual, adjustment
      account_type = asset, liability, equity, revenue, expense
      recognition_status = deferred, recognized, reversed
      settlement_status = pending, settled, disputed
      chargeback_reason = fraud, not_received, not_as_described, duplicate
      chargeback_status = open, won, lost
      payment_provider = adyen, stripe, paypal, klarna
      psp = adyen, stripe, paypal, klarna
      period_status = open, soft_closed, closed
      scenario = budget, forecast, actual
      moderation_status = pending, published, rejected
      review_status = pending, published, rejected
      price_type = regular, markdown, promotional, clearance
      season = SS26, AW26, SS27, core
      size = XS, S, M, L, XL, one_size
      color = black, navy, forest_green, red, grey, sand, orange
      colour = black, navy, forest_green, red, grey, sand, orange
      unit_of_measure = each, pair, pack, set
      uom = each, pair, pack, set
      attribute_name = material, waterproof_rating, weight_g, fill_power, capacity_l
      lifecycle_status = new, active, phasing_out, discontinued
      store_format = flagship, standard, outlet, shop_in_shop
      format = flagship, standard, outlet, shop_in_shop
      region = DACH, Benelux, France, UK, Iberia, Italy, Nordics
      load_status = success, partial, failed
      status = active, inactive
      touchpoint_type = impression, click, email_open, email_click, visit
      touch_type = impression, click, email_open, email_click, visit
      attribution_model = last_click, first_click, linear, time_decay, data_driven
      bounce_type = hard, soft
      page_type = home, category, product, cart, checkout, account, content
      conversion_type = purchase, newsletter_signup, account_created, add_to_cart
      event_name = page_view, product_view, add_to_cart, checkout_start, purchase, search
      bid_strategy = manual_cpc, target_roas, maximize_conversions, target_cpa
      placement = feed, stories, search, display, video
      match_type = exact, phrase, broad
      template_type = newsletter, promotion, transactional, win_back, welcome
      frequency_cap = daily, weekly, none
      zone = ambient, bulky, high_value, returns
      shift = early, late, night
      vehicle_type = van, truck, cargo_bike
      delivery_type = home, pickup_point, locker, store
      route_status = planned, dispatched, completed
      rate_basis = per_parcel, per_kg, flat
      invoice_status = received, matched, disputed, paid
      match_status = matched, price_variance, quantity_variance, unmatched
      severity = info, warning, critical
      metric_name = on_time_rate, first_attempt_rate, damage_rate, cost_per_parcel
      performance_band = excellent, good, watch, poor
      cost_type = transport, fuel_surcharge, remote_area, returns, customs
      revenue_stream = product, shipping, gift_card_breakage, services
      performance_obligation = product_delivery, shipping_service, gift_card, extended_warranty
      document_type = invoice, credit_note, receipt
      approval_status = draft, submitted, approved, rejected
      fiscal_quarter = Q1, Q2, Q3, Q4
      forecast_version = FC1, FC2, FC3, budget
      driver = traffic, conversion, aov, returns, mix
      segment_code = VIP, LOYAL, NEW, LAPSING, BARGAIN, OUTDOOR_PRO, FAMILY, GIFTER
      sentiment = positive, neutral, negative
      survey_type = nps, csat, ces
      churn_risk = low, medium, high
      value_band = low, mid, high, top
      abc_class = A, B, C
      xyz_class = X, Y, Z
      supplier_status = onboarding, active, on_hold, delisted
      incoterm = EXW, FOB, CIF, DAP, DDP
      feed_format = csv, xlsx, json
      quality_result = passed, warning, failed
      customer_type = new, returning, vip, b2b
      feed_type = items, cost_prices, availability
      change_reason = cost_change, markdown, promotion, competitor_match, correction
      media_type = photo, video
      flag_reason = spam, offensive, off_topic, personal_data
      identity_type = web_account, app_account, loyalty_card, store_signup
      consent_source = checkout, account_settings, store_signup, newsletter_form
      source_system = webshop, app, pos, crm, erp
      match_rule = email_exact, phone_exact, name_address_fuzzy
      reward_type = voucher, free_shipping, early_access, event
      direction = inbound, outbound
      assigned_team = tier1, tier2, returns_desk, b2b
      site = Lisbon, Berlin, Krakow
      touchpoint = post_purchase, post_contact, post_delivery
      campaign_status = draft, active, paused, ended
      ad_group_status = active, paused, removed
      owner_team = crm, performance_marketing, loyalty, analytics
      destination = meta, google_ads, email_tool, tiktok
      utm_campaign = autumn-trail-days, black-friday-early-access, winter-layering, newsletter-weekly, brand-search, retargeting-cart
      channel_group = paid_search, paid_social, email, organic, direct, affiliate, display
      scan_location = Tilburg hub, Erfurt hub, Milton Keynes hub, Lyon hub, Zaragoza hub, local depot
      last_scan_location = Tilburg hub, Erfurt hub, Milton Keynes hub, Lyon hub, Zaragoza hub, local depot
      package_type = box_s, box_m, box_l, bag, oversize
      outcome = delivered, not_home, refused, address_issue, pickup_point
      failure_reason = not_home, address_not_found, refused, damaged, access_restricted
      location_type = store, distribution_centre
      run_status = succeeded, failed
      pnl_line = net_sales, cogs, gross_margin, marketing, logistics, personnel, other_opex, ebitda
      recognition_trigger = delivery, shipment, redemption, expiry
      debit_credit_indicator = D, C
      promotion_type = percent_off, amount_off, free_shipping, gift_with_purchase, bundle
      condition_type = min_basket, category, first_order, loyalty_tier
      benefit_type = percent, amount, free_item, free_shipping
      image_role = hero, detail, lifestyle, swatch
      tender_type = cash, card, gift_card, voucher
      card_scheme = visa, mastercard, amex, maestro, girocard
      unsubscribe_source = link, list_unsubscribe_header, preference_center, complaint
      email_event_type = delivered, open, open, click, bounce, unsubscribe, complaint
      event_type = placed, paid, shipped, delivered, cancelled
      shipment_status = label_created, in_transit, out_for_delivery, delivered, exception, returned
      """;

  private static final Map<String, List<String>> BY_NAME = parse();

  private Vocabulary() {}

  /** The allowed values of a column, by full snake_case name, then by last word. */
  public static Optional<List<String>> find(String columnName) {
    String key = String.join("_", Names.words(columnName));
    List<String> values = BY_NAME.get(key);
    if (values == null) {
      values = BY_NAME.get(Names.last(columnName));
    }
    return Optional.ofNullable(values);
  }

  private static Map<String, List<String>> parse() {
    Map<String, List<String>> map = new TreeMap<>();
    for (String line : VALUES.strip().split("\n")) {
      int eq = line.indexOf('=');
      String key = line.substring(0, eq).trim();
      List<String> values = List.of(line.substring(eq + 1).trim().split("\\s*,\\s*"));
      map.put(key, values);
    }
    return map;
  }
}

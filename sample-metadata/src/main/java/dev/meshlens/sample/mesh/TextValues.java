package dev.meshlens.sample.mesh;

import dev.meshlens.sample.mesh.ValuePools.Customer;
import dev.meshlens.sample.mesh.model.Names;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/** Values of columns that name shared entities (customers, SKUs, stores, ...) and free text. */
final class TextValues {
  private static final List<String> SENTENCES =
      List.of(
          "Customer asked for an update on the delivery date.",
          "Zip broke after two weeks of use, replacement sent.",
          "Great tent, easy to pitch in the wind.",
          "Size runs small, ordered one size up.",
          "Colour differs from the product photos.",
          "Parcel arrived damaged, goods were fine.",
          "Adjusted after the quarterly stock count.",
          "Price matched a competitor offer.",
          "Booked manually after the ERP interface failed.",
          "Very comfortable on a 20 km hike, no blisters.",
          "Warm enough down to minus five degrees.",
          "Delivery was two days late.",
          "Exchanged for a different colour.",
          "Approved by the category manager.");
  private static final List<String> AGENTS =
      List.of(
          "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15",
          "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0",
          "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 Safari/605.1.15",
          "Mozilla/5.0 (Linux; Android 15; Pixel 9) AppleWebKit/537.36 Chrome/131.0 Mobile");

  private final ValuePools pools;

  TextValues(ValuePools pools) {
    this.pools = pools;
  }

  /** The value of a column naming a shared entity, if the column does. */
  Optional<Object> entity(String key, Customer customer, Random random) {
    Object value = person(key, customer, random);
    if (value == null) {
      value = product(key, random);
    }
    if (value == null) {
      value = place(key, random);
    }
    return Optional.ofNullable(value);
  }

  private Object person(String key, Customer customer, Random random) {
    if (key.endsWith("customer_id")) {
      return customer.id();
    }
    return switch (key) {
      case "first_name" -> customer.firstName();
      case "last_name" -> customer.lastName();
      case "full_name", "customer_name", "reviewer_name", "recipient_name" ->
          customer.firstName() + " " + customer.lastName();
      case "email", "recipient_email", "requester_email" -> customer.email();
      case "phone", "mobile" ->
          "+49 1" + (50 + random.nextInt(30)) + " " + (1_000_000 + random.nextInt(8_999_999));
      case "card_number" -> "6371" + (10_000_000 + random.nextInt(89_999_999));
      case "card_last4" -> String.format(Locale.ROOT, "%04d", random.nextInt(10_000));
      default -> null;
    };
  }

  private Object product(String key, Random random) {
    int i = random.nextInt(pools.skus.size());
    return switch (key) {
      case "sku", "variant_sku" -> pools.skus.get(i);
      case "product_id" -> 10_001L + i / 3;
      case "variant_id" -> 1L + i;
      case "product_name" -> pools.productNames.get(i);
      case "ean" -> "40" + (10_000_000_000L + i * 7_919L);
      case "category_id" -> 100L + random.nextInt(ValuePools.CATEGORIES.size());
      case "brand_id" -> 1L + random.nextInt(ValuePools.BRANDS.size());
      case "category_name",
          "top_category_name",
          "favourite_category_name",
          "next_best_category_name" ->
          ValuePools.pick(random, ValuePools.CATEGORIES);
      case "brand_name" -> ValuePools.pick(random, ValuePools.BRANDS);
      case "supplier_id" -> 1L + random.nextInt(ValuePools.SUPPLIERS.size());
      case "supplier_name" -> ValuePools.pick(random, ValuePools.SUPPLIERS);
      case "supplier_code" -> String.format(Locale.ROOT, "SUP-%03d", 1 + random.nextInt(30));
      case "campaign_id" -> 7_000L + random.nextInt(ValuePools.CAMPAIGNS.size());
      case "campaign_name" -> ValuePools.pick(random, ValuePools.CAMPAIGNS);
      default -> null;
    };
  }

  private Object place(String key, Random random) {
    int store = random.nextInt(ValuePools.STORES.size());
    int dc = random.nextInt(ValuePools.WAREHOUSES.size());
    int carrier = random.nextInt(ValuePools.CARRIERS.size());
    if (key.endsWith("country_code")) {
      return ValuePools.pick(
          random,
          List.of(
              "DE", "DE", "DE", "GB", "GB", "FR", "FR", "NL", "ES", "IT", "SE", "AT", "BE", "DK"));
    }
    return switch (key) {
      case "ip_address" -> "198.51.100." + random.nextInt(255);
      case "store_id" -> 1L + store;
      case "store_code" -> String.format(Locale.ROOT, "S%03d", store + 1);
      case "store_name" -> ValuePools.STORES.get(store);
      case "warehouse_id", "restock_warehouse_id", "fulfilment_warehouse_id" -> 1L + dc;
      case "warehouse_code" -> ValuePools.WAREHOUSES.get(dc);
      case "warehouse_name" -> ValuePools.WAREHOUSE_NAMES.get(dc);
      case "location_id" -> 1L + random.nextInt(45);
      case "location_code", "from_location_code", "to_location_code" ->
          random.nextInt(9) == 0
              ? ValuePools.WAREHOUSES.get(dc)
              : String.format(Locale.ROOT, "S%03d", store + 1);
      case "carrier_id" -> 1L + carrier;
      case "carrier_name" -> ValuePools.CARRIER_NAMES.get(carrier);
      case "city" -> ValuePools.pick(random, ValuePools.CITIES);
      case "postal_code" -> String.format(Locale.ROOT, "%05d", 1_000 + random.nextInt(98_000));
      case "address_line1", "street" ->
          ValuePools.pick(
                  random,
                  List.of(
                      "Hauptstraße",
                      "Rue de la Paix",
                      "High Street",
                      "Kerkstraat",
                      "Calle Mayor",
                      "Via Roma",
                      "Storgatan"))
              + " "
              + (1 + random.nextInt(180));
      case "address_line2" -> "Apartment " + (1 + random.nextInt(40));
      case "order_number", "order_reference" ->
          String.format(Locale.ROOT, "AO-2026-%07d", 1_200_000 + random.nextInt(400_000));
      case "tracking_number" ->
          String.format(Locale.ROOT, "JV%010d", Math.abs(random.nextLong() % 10_000_000_000L));
      case "gl_account", "parent_account" ->
          String.valueOf(
              ValuePools.pick(
                  random,
                  List.of(
                      1200, 1400, 1800, 2100, 2400, 3000, 4000, 4010, 4020, 4100, 4900, 5000, 5100,
                      6000, 6100, 6300, 6400, 6800, 7000)));
      case "cost_center" -> "CC" + (1010 + 10 * random.nextInt(12));
      case "fiscal_period" -> String.format(Locale.ROOT, "2026-P%02d", 1 + random.nextInt(12));
      default -> null;
    };
  }

  /** Free text or a code for a string column nothing else knows. */
  String text(String key, String type, Random random) {
    if (key.endsWith("url") || key.endsWith("link") || key.equals("referrer")) {
      String path =
          key.contains("image") || key.contains("media")
              ? "https://cdn.acme-outfitters.example/img/"
              : "https://www.acme-outfitters.example/";
      return path + Names.words(key).get(0) + "/" + (1_000 + random.nextInt(9_000));
    }
    if (key.contains("json") || key.equals("payload")) {
      return "{\"source\":\""
          + ValuePools.pick(random, List.of("webshop", "app", "pos"))
          + "\",\"schemaVersion\":"
          + (1 + random.nextInt(4))
          + "}";
    }
    if (key.contains("agent")) {
      return ValuePools.pick(random, AGENTS);
    }
    if (key.endsWith("_name")
        || key.endsWith("_title")
        || key.equals("subject")
        || key.equals("title")) {
      return Names.capitalize(
              Names.phrase(Names.words(key).subList(0, Math.max(1, Names.words(key).size() - 1))))
          + " "
          + (1 + random.nextInt(60));
    }
    if (type.equals("text") || key.endsWith("description") || key.endsWith("message")) {
      return ValuePools.pick(random, SENTENCES);
    }
    if (key.endsWith("code")
        || key.endsWith("number")
        || key.endsWith("reference")
        || type.length() <= "varchar(12)".length()) {
      return code(key, random);
    }
    return Names.capitalize(Names.phrase(key)) + " " + (1 + random.nextInt(40));
  }

  private static String code(String key, Random random) {
    List<String> words = Names.words(key);
    StringBuilder prefix = new StringBuilder();
    for (String word : words.subList(0, Math.max(1, words.size() - 1))) {
      prefix.append(Character.toUpperCase(word.charAt(0)));
    }
    return prefix + "-" + (10_000 + random.nextInt(90_000));
  }
}

package dev.meshlens.sample.mesh;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Shared entities every product database draws from, so that ids line up across products: the
 * customers, SKUs, stores, distribution centres, carriers, suppliers and campaigns of Acme.
 */
final class ValuePools {
  static final List<String> FIRST_NAMES =
      List.of(
          "Lena", "Jonas", "Sophie", "Lukas", "Emma", "Finn", "Mia", "Noah", "Clara", "Elias",
          "Chloe", "Hugo", "Louise", "Jules", "Olivia", "Harry", "Amelia", "George", "Isla", "Jack",
          "Sanne", "Daan", "Fleur", "Bram", "Lucia", "Pablo", "Carmen", "Javier", "Giulia", "Marco",
          "Chiara", "Luca", "Astrid", "Erik", "Freja", "Oskar", "Ingrid", "Mads", "Aylin", "Milan");
  static final List<String> LAST_NAMES =
      List.of(
          "Müller",
          "Schmidt",
          "Schneider",
          "Fischer",
          "Weber",
          "Meyer",
          "Wagner",
          "Becker",
          "Martin",
          "Bernard",
          "Dubois",
          "Leroy",
          "Smith",
          "Jones",
          "Taylor",
          "Brown",
          "Wilson",
          "de Jong",
          "Jansen",
          "Visser",
          "Bakker",
          "García",
          "Fernández",
          "López",
          "Rossi",
          "Russo",
          "Ferrari",
          "Andersson",
          "Johansson",
          "Nielsen",
          "Hansen",
          "Kowalski",
          "Novak");
  static final List<String> MAIL_DOMAINS =
      List.of("mail.example", "inbox.example", "post.example", "webmail.example");
  static final List<String> CITIES =
      List.of(
          "Berlin",
          "Munich",
          "Hamburg",
          "Cologne",
          "Frankfurt",
          "Stuttgart",
          "Paris",
          "Lyon",
          "Marseille",
          "London",
          "Manchester",
          "Edinburgh",
          "Amsterdam",
          "Utrecht",
          "Rotterdam",
          "Madrid",
          "Barcelona",
          "Milan",
          "Turin",
          "Stockholm",
          "Gothenburg",
          "Copenhagen",
          "Vienna",
          "Brussels");
  static final List<String> CATEGORIES =
      List.of(
          "Tents",
          "Sleeping Bags",
          "Sleeping Mats",
          "Backpacks",
          "Daypacks",
          "Hardshell Jackets",
          "Insulated Jackets",
          "Fleece",
          "Base Layers",
          "Hiking Trousers",
          "Hiking Boots",
          "Trail Running Shoes",
          "Climbing Hardware",
          "Climbing Shoes",
          "Camp Kitchen",
          "Headlamps",
          "Navigation",
          "Water Bottles",
          "Kids Outdoor",
          "Cycling Accessories");
  static final List<String> BRANDS =
      List.of(
          "Northpeak",
          "Fjellmark",
          "Ridgeline",
          "Acme Basics",
          "Alpenglow",
          "Tidewater",
          "Summit Labs",
          "Cairn & Co");
  static final List<String> PRODUCT_LINES =
      List.of(
          "Trailblazer",
          "Summit",
          "Glacier",
          "Ember",
          "Nomad",
          "Aurora",
          "Basecamp",
          "Ridge",
          "Drift",
          "Pioneer",
          "Tundra",
          "Horizon",
          "Ascent",
          "Juniper",
          "Cascade");
  static final List<String> STORES =
      List.of(
          "Berlin Mitte",
          "Berlin Steglitz",
          "Munich Marienplatz",
          "Munich Pasing",
          "Hamburg Spitaler",
          "Cologne Schildergasse",
          "Frankfurt Zeil",
          "Stuttgart Königstraße",
          "Düsseldorf Kö",
          "Leipzig Hainstraße",
          "Paris Rivoli",
          "Paris La Défense",
          "Lyon Part-Dieu",
          "Marseille Terrasses",
          "Lille Euralille",
          "London Covent Garden",
          "London Westfield",
          "Manchester Arndale",
          "Edinburgh Princes St",
          "Bristol Cabot",
          "Amsterdam Kalverstraat",
          "Utrecht Hoog Catharijne",
          "Rotterdam Lijnbaan",
          "Madrid Gran Vía",
          "Barcelona Diagonal",
          "Milan Corso Buenos Aires",
          "Turin Via Roma",
          "Stockholm Drottninggatan",
          "Gothenburg Nordstan",
          "Copenhagen Strøget",
          "Vienna Mariahilfer",
          "Brussels Louise",
          "Antwerp Meir",
          "Zurich Bahnhofstrasse",
          "Innsbruck Maria-Theresien",
          "Garmisch Outlet",
          "Chamonix Mountain Store",
          "Aviemore Outdoor Hub",
          "Oslo Karl Johan",
          "Hamburg Outlet");
  static final List<String> WAREHOUSES =
      List.of("DC-NL-TLB", "DC-DE-ERF", "DC-UK-MKN", "DC-FR-LYS", "DC-ES-ZAZ");
  static final List<String> WAREHOUSE_NAMES =
      List.of(
          "Tilburg DC", "Erfurt DC", "Milton Keynes DC", "Lyon Saint-Exupéry DC", "Zaragoza DC");
  static final List<String> CARRIERS =
      List.of("DHL", "DPD", "UPS", "POSTNL", "GLS", "ROYALMAIL", "COLISSIMO", "SEUR");
  static final List<String> CARRIER_NAMES =
      List.of("DHL Parcel", "DPD", "UPS", "PostNL", "GLS", "Royal Mail", "Colissimo", "SEUR");
  static final List<String> SUPPLIERS =
      List.of(
          "Nordic Textile AB",
          "Alpine Gear GmbH",
          "Sherpa Manufacturing Ltd",
          "Tessin Outdoor SA",
          "Peak Components Co",
          "Vietnam Apparel Partners",
          "Portugal Footwear Lda",
          "Baltic Down Company",
          "Lakeside Metals GmbH",
          "Cordillera Fabrics SL",
          "Highland Wool Mills",
          "Taiwan Hardware Works",
          "Rhône Textiles SARL",
          "Dolomiti Calzature Srl",
          "Bergen Rope AS",
          "Anhui Tent Manufacturing",
          "Carpathian Leather",
          "Iberian Packaging SL",
          "Hanoi Outdoor Sewing",
          "Black Forest Optics",
          "Pacific Insulation Inc",
          "Tatra Climbing s.r.o.",
          "Flanders Fibres NV",
          "Saxony Zips GmbH",
          "Danube Logistics Supplies",
          "Cumbria Merino Ltd",
          "Pyrenees Gear SL",
          "Adriatic Bags d.o.o.",
          "Ruhr Steelworks",
          "Lapland Textiles Oy");
  static final List<String> CAMPAIGNS =
      List.of(
          "Autumn Trail Days 2026",
          "Black Friday Early Access",
          "Winter Layering Guide",
          "Back to the Mountains",
          "Summit Club Double Points",
          "Tent Season Opener",
          "Newsletter Weekly 46",
          "Brand Search DE",
          "Brand Search UK",
          "Retargeting Cart",
          "Prospecting Lookalike NL",
          "Trail Running Launch",
          "Kids Outdoor Week",
          "Cyber Monday Deals",
          "Advent Calendar 2026",
          "Gift Guide Him",
          "Gift Guide Her",
          "Ski Touring Essentials",
          "Rain Gear Push",
          "Clearance Summer Range");

  final List<Customer> customers = new ArrayList<>();
  final List<String> skus = new ArrayList<>();
  final List<String> productNames = new ArrayList<>();

  /** A customer of the shared pool. */
  record Customer(long id, String firstName, String lastName, String email, String country) {}

  ValuePools(long seed) {
    Random random = new Random(seed);
    List<String> countries =
        List.of("DE", "DE", "DE", "GB", "GB", "FR", "FR", "NL", "ES", "IT", "SE", "AT", "BE", "DK");
    for (int i = 0; i < 200; i++) {
      String first = pick(random, FIRST_NAMES);
      String last = pick(random, LAST_NAMES);
      String email =
          ascii(first + "." + last).toLowerCase(Locale.ROOT)
              + (i % 3 == 0 ? String.valueOf(70 + i % 30) : "")
              + "@"
              + pick(random, MAIL_DOMAINS);
      customers.add(new Customer(100_001 + i, first, last, email, pick(random, countries)));
    }
    for (int i = 0; i < 150; i++) {
      int product = 10_001 + i / 3;
      skus.add(
          "AO-"
              + product
              + "-"
              + List.of("BLK", "NVY", "GRN", "RED", "GRY").get(i % 5)
              + "-"
              + List.of("S", "M", "L").get(i % 3));
      String category = CATEGORIES.get((i / 3) % CATEGORIES.size());
      productNames.add(
          BRANDS.get((i / 3) % BRANDS.size())
              + " "
              + PRODUCT_LINES.get((i / 7) % PRODUCT_LINES.size())
              + " "
              + singular(category));
    }
  }

  static <T> T pick(Random random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  static String ascii(String text) {
    return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .replace(" ", "");
  }

  private static String singular(String category) {
    return category.endsWith("s") ? category.substring(0, category.length() - 1) : category;
  }
}

package dev.meshlens.sample.mesh.model;

import dev.meshlens.sample.mesh.content.CustomerDomain;
import dev.meshlens.sample.mesh.content.FinanceDomain;
import dev.meshlens.sample.mesh.content.Glossary;
import dev.meshlens.sample.mesh.content.InventoryDomain;
import dev.meshlens.sample.mesh.content.LogisticsDomain;
import dev.meshlens.sample.mesh.content.MarketingDomain;
import dev.meshlens.sample.mesh.content.People;
import dev.meshlens.sample.mesh.content.ProductCatalogDomain;
import dev.meshlens.sample.mesh.content.SalesDomain;
import java.time.Instant;
import java.util.List;

/**
 * The Acme Outfitters mesh, read from the blueprint texts in the {@code content} package.
 *
 * <p>The blueprint is line based: a keyword, then fields separated by {@code |}. {@code domain},
 * {@code team}, {@code person} and {@code term} declare the organisation; {@code product} starts a
 * product, followed by {@code purpose}, {@code usage}, {@code limitations}, {@code tags}, {@code
 * sla} (hours), {@code checks} (time of the quality-check job) and {@code dbt}. {@code port}
 * declares an output port; {@code table}, {@code view}, {@code copy}, {@code topic}, {@code file}
 * and {@code flyway} declare datasets ({@code table@snowflake} and {@code copy@snowflake} for the
 * warehouse); {@code job} and {@code model} declare pipeline jobs reading and writing datasets,
 * referenced as {@code name} inside the product or {@code domain/product:name} across products.
 */
public final class Blueprint {
  /** The instant the sample mesh treats as now. */
  public static final Instant ANCHOR = Instant.parse("2026-11-20T00:00:00Z");

  /** The company the sample mesh belongs to. */
  public static final String COMPANY = "Acme Outfitters";

  private static final List<String> DOMAINS =
      List.of(
          ProductCatalogDomain.TEXT,
          SalesDomain.TEXT,
          CustomerDomain.TEXT,
          MarketingDomain.TEXT,
          LogisticsDomain.TEXT,
          InventoryDomain.TEXT,
          FinanceDomain.TEXT);

  private Blueprint() {}

  /** The whole Acme Outfitters mesh. */
  public static Mesh acmeOutfitters() {
    BlueprintParser parser = new BlueprintParser();
    parser.parse(People.TEXT);
    parser.parse(Glossary.TEXT);
    DOMAINS.forEach(parser::parse);
    return new MeshAssembler(parser).assemble(COMPANY, ANCHOR);
  }
}

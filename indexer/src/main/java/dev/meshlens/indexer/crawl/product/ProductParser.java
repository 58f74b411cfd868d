package dev.meshlens.indexer.crawl.product;

import static dev.meshlens.indexer.crawl.support.Nodes.firstText;
import static dev.meshlens.indexer.crawl.support.Nodes.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshlens.indexer.crawl.product.Product.PortRef;
import dev.meshlens.indexer.crawl.support.Nodes;
import dev.meshlens.indexer.crawl.support.TagValues;
import dev.meshlens.indexer.crawl.support.Warnings;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads one schema-valid ODPS document into a {@link Product}. The domain is the descriptor's
 * {@code domain}, else the folder after {@code domains/} in its path, else the default domain.
 */
final class ProductParser {
  private final Warnings warnings;
  private final String defaultDomain;

  ProductParser(Warnings warnings, String defaultDomain) {
    this.warnings = warnings;
    this.defaultDomain = defaultDomain;
  }

  Optional<Product> parse(Path file, JsonNode root) {
    String domain = text(root, "domain");
    domain = domain != null ? domain : folderDomain(file);
    domain = domain != null ? domain : defaultDomain;
    if (domain == null) {
      warnings.add(
          file.toString(),
          "/domain",
          "the product names no domain and is not under domains/<domain>/; left out");
      return Optional.empty();
    }
    return Optional.of(
        new Product(
            file,
            domain,
            text(root, "id"),
            firstText(root, "name", "id"),
            ContractParser.description(root),
            text(root, "status"),
            ports(root, "inputPorts"),
            ports(root, "outputPorts"),
            TeamOwners.owners(root),
            TagValues.tags(Nodes.texts(root, "tags"), warnings, file.toString(), "/tags")));
  }

  private static List<PortRef> ports(JsonNode root, String field) {
    return Nodes.array(root, field).stream()
        .map(p ->
            new PortRef(
                text(p, "name"), text(p, "version"), text(p, "description"), text(p, "contractId")))
        .toList();
  }

  private static String folderDomain(Path file) {
    for (int i = 0; i + 1 < file.getNameCount() - 1; i++) {
      if (file.getName(i).toString().equals("domains")) {
        return file.getName(i + 1).toString();
      }
    }
    return null;
  }
}

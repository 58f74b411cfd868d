package dev.meshlens.indexer.crawl.product;

import static dev.meshlens.indexer.crawl.support.Nodes.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshlens.indexer.crawl.CrawlOutput;
import dev.meshlens.indexer.crawl.SourceReader;
import dev.meshlens.indexer.crawl.SourceSpec;
import dev.meshlens.indexer.crawl.support.BatchAssembler;
import dev.meshlens.indexer.crawl.support.Documents;
import dev.meshlens.indexer.crawl.support.FileTree;
import dev.meshlens.indexer.crawl.support.JsonSchemaCheck;
import dev.meshlens.indexer.crawl.support.UnreadableDocumentException;
import dev.meshlens.indexer.crawl.support.Warnings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads data product descriptors ({@code *.odps.yaml|yml|json}) and data contracts ({@code
 * *.odcs.yaml|yml|json}) found anywhere under the location, typically {@code
 * domains/<domain>/<product>/product.odps.yaml} with {@code contracts/*.odcs.yaml} beside it. Each
 * file is checked against the ODPS 1.0.0 or ODCS 3.1.0 JSON Schema; a file that fails is reported
 * with every problem and left out, the others still load.
 *
 * <p>Options: {@code environment} (the contract server environment to name datasets from; default a
 * prod one, else the first server), {@code namespace} (the dataset namespace for contracts without
 * servers; default: such datasets are left out), {@code defaultDomain} (for products that name
 * none), {@code batchSize} (maximum operations per batch).
 */
public final class ProductReader implements SourceReader {
  public static final String TYPE = "odps";
  private static final Pattern ODPS = Pattern.compile(".*\\.odps\\.(ya?ml|json)$");
  private static final Pattern ODCS = Pattern.compile(".*\\.odcs\\.(ya?ml|json)$");
  private static final String SCHEMAS = "dev/meshlens/indexer/crawl/product/schema/";

  private final JsonSchemaCheck odpsSchema;
  private final JsonSchemaCheck odcsSchema;

  public ProductReader() {
    this.odpsSchema = JsonSchemaCheck.fromClasspath(SCHEMAS + "odps-json-schema-v1.0.0.json");
    this.odcsSchema = JsonSchemaCheck.fromClasspath(SCHEMAS + "odcs-json-schema-v3.1.0.json");
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public CrawlOutput read(SourceSpec spec) {
    Warnings warnings = new Warnings();
    List<Path> files =
        FileTree.find(
            spec.path(), name -> ODPS.matcher(name).matches() || ODCS.matcher(name).matches());
    ContractParser contractParser =
        new ContractParser(
            warnings,
            spec.findOption("environment").orElse(null),
            spec.findOption("namespace").orElse(null));
    ProductParser productParser =
        new ProductParser(warnings, spec.findOption("defaultDomain").orElse(null));
    Map<String, Contract> contracts = new LinkedHashMap<>();
    List<Product> products = new ArrayList<>();
    for (Path file : files) {
      boolean isContract =
          ODCS.matcher(file.getFileName().toString().toLowerCase(Locale.ROOT)).matches();
      Optional<JsonNode> document = load(file, isContract ? odcsSchema : odpsSchema, warnings);
      if (document.isEmpty()) {
        continue;
      }
      if (isContract) {
        addContract(contracts, contractParser.parse(file, document.get()), warnings);
      } else {
        productParser.parse(file, document.get()).ifPresent(products::add);
      }
    }
    BatchAssembler out = new BatchAssembler(spec.batchSource());
    new ProductLinker(warnings, out).link(products, contracts);
    return new CrawlOutput(out.build(spec.batchSize()), warnings.list());
  }

  private static void addContract(Map<String, Contract> contracts, Contract c, Warnings warnings) {
    Contract earlier = contracts.putIfAbsent(c.id(), c);
    if (earlier != null) {
      warnings.add(
          c.file().toString(),
          "/id",
          "contract id "
              + c.id()
              + " is already used by "
              + earlier.file()
              + "; this file is left out");
    }
  }

  private static Optional<JsonNode> load(Path file, JsonSchemaCheck schema, Warnings warnings) {
    JsonNode document;
    try {
      document = Documents.read(file);
    } catch (UnreadableDocumentException e) {
      warnings.add(file.toString(), "", e.getMessage());
      return Optional.empty();
    }
    List<JsonSchemaCheck.Problem> problems = schema.check(document);
    problems.forEach(p -> warnings.add(file.toString(), p.path(), p.message()));
    if (!problems.isEmpty()) {
      return Optional.empty();
    }
    if (text(document, "id") == null) {
      warnings.add(file.toString(), "/id", "the document has no id; left out");
      return Optional.empty();
    }
    return Optional.of(document);
  }
}

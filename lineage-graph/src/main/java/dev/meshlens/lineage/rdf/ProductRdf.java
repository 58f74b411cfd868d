package dev.meshlens.lineage.rdf;

import dev.meshlens.catalog.Asset;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.Port;
import dev.meshlens.catalog.model.ProductInfo;
import java.util.List;
import org.apache.jena.graph.Node;

/**
 * A data product: a {@code dprod:DataProduct} of its domain ({@code dprod:domain}), whose ports are
 * {@code dcat:DataService}s ({@code dprod:inputPort}, {@code dprod:outputPort}) serving their
 * datasets ({@code dcat:servesDataset}) under their contract ({@code dct:conformsTo}).
 */
final class ProductRdf {
  private ProductRdf() {}

  static void describe(Asset asset, Node self, TripleSink out) {
    Urn urn = asset.urn();
    out.add(self, Vocab.TYPE, Vocab.DATA_PRODUCT);
    out.label(self, asset.displayName(), true);
    out.add(self, Vocab.PRODUCT_DOMAIN, Iris.node(urn.domainOfProduct()));
    asset
        .aspect(ProductInfo.class)
        .ifPresent(info -> {
          out.text(self, Vocab.DESCRIPTION, info.description());
          out.text(self, Vocab.LIFECYCLE_STATUS, info.status());
          ports(urn, self, Vocab.INPUT_PORT, "input", info.inputPorts(), out);
          ports(urn, self, Vocab.OUTPUT_PORT, "output", info.outputPorts(), out);
        });
  }

  private static void ports(
      Urn urn, Node self, Node property, String kind, List<Port> ports, TripleSink out) {
    for (Port port : ports) {
      String id = port.version() == null ? port.name() : port.name() + "@" + port.version();
      Node service = Iris.below(urn, kind + "-port", id);
      out.add(self, property, service);
      out.add(service, Vocab.TYPE, Vocab.DATA_SERVICE);
      out.label(service, port.name(), true);
      out.text(service, Vocab.DESCRIPTION, port.description());
      out.text(service, Vocab.uri(Vocab.DCAT, "version"), port.version());
      if (port.contract() != null) {
        out.add(service, Vocab.CONFORMS_TO, Iris.node(port.contract()));
      }
      port.datasets().forEach(d -> out.add(service, Vocab.SERVES_DATASET, Iris.node(d)));
    }
  }
}

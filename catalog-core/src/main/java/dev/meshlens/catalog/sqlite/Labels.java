package dev.meshlens.catalog.sqlite;

import dev.meshlens.catalog.EntityType;
import dev.meshlens.catalog.SourcePrecedence;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.Aspect;
import dev.meshlens.catalog.model.AspectNames;
import dev.meshlens.catalog.model.ContractInfo;
import dev.meshlens.catalog.model.Membership;

/**
 * The columns an asset is listed by (name, domain, product), taken from the aspects a batch writes;
 * null means "keep what is stored". Built up over one batch, higher-precedence sources winning.
 */
final class Labels {
  private final Urn urn;
  private String name;
  private String domain;
  private String product;
  private int nameRank = Integer.MAX_VALUE;
  private int memberRank = Integer.MAX_VALUE;

  Labels(Urn urn) {
    this.urn = urn;
    if (urn.type() == EntityType.DOMAIN) {
      domain = urn.toString();
    } else if (urn.type() == EntityType.PRODUCT) {
      domain = urn.domainOfProduct().toString();
      product = urn.toString();
    }
  }

  void add(String source, Aspect aspect) {
    int rank = SourcePrecedence.rank(source);
    String named = AspectNames.nameOf(aspect);
    if (named != null && rank < nameRank) {
      name = named;
      nameRank = rank;
    }
    if (aspect instanceof Membership m && rank < memberRank) {
      domain = m.domain().toString();
      product = m.product() == null ? null : m.product().toString();
      memberRank = rank;
    }
    if (aspect instanceof ContractInfo c && c.product() != null && rank < memberRank) {
      domain = c.product().domainOfProduct().toString();
      product = c.product().toString();
      memberRank = rank;
    }
  }

  String nameOrNull() {
    return name;
  }

  String defaultName() {
    return name != null ? name : urn.localName();
  }

  String domainOrNull() {
    return domain;
  }

  String productOrNull() {
    return product;
  }
}

package dev.meshlens.catalog.model;

import static dev.meshlens.catalog.EntityType.CONTRACT;
import static dev.meshlens.catalog.EntityType.DATASET;
import static dev.meshlens.catalog.EntityType.DOMAIN;
import static dev.meshlens.catalog.EntityType.JOB;
import static dev.meshlens.catalog.EntityType.OWNER;
import static dev.meshlens.catalog.EntityType.PRODUCT;
import static dev.meshlens.catalog.EntityType.TERM;

import dev.meshlens.catalog.EntityType;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Every aspect type, with its stable name (used in storage and JSON) and where it applies. */
public enum AspectKind {
  DOMAIN_INFO("domainInfo", DomainInfo.class, EnumSet.of(DOMAIN)),
  PRODUCT_INFO("productInfo", ProductInfo.class, EnumSet.of(PRODUCT)),
  CONTRACT_INFO("contractInfo", ContractInfo.class, EnumSet.of(CONTRACT)),
  DATASET_INFO("datasetInfo", DatasetInfo.class, EnumSet.of(DATASET)),
  SCHEMA("schema", Schema.class, EnumSet.of(DATASET)),
  OWNERSHIP(
      "ownership", Ownership.class, EnumSet.of(DOMAIN, PRODUCT, DATASET, JOB, CONTRACT, TERM)),
  TAGS("tags", Tags.class, EnumSet.of(PRODUCT, DATASET, JOB, CONTRACT, TERM)),
  GLOSSARY_TERMS("glossaryTerms", GlossaryLinks.class, EnumSet.of(PRODUCT, DATASET)),
  MEMBERSHIP("membership", Membership.class, EnumSet.of(DATASET, JOB, CONTRACT)),
  QUALITY_CHECKS("qualityChecks", QualityChecks.class, EnumSet.of(DATASET)),
  JOB_INFO("jobInfo", JobInfo.class, EnumSet.of(JOB)),
  JOB_LINEAGE("jobLineage", JobLineage.class, EnumSet.of(JOB)),
  TERM_INFO("termInfo", GlossaryTermInfo.class, EnumSet.of(TERM)),
  OWNER_INFO("ownerInfo", OwnerInfo.class, EnumSet.of(OWNER));

  private final String code;
  private final Class<? extends Aspect> type;
  private final Set<EntityType> appliesTo;

  AspectKind(String code, Class<? extends Aspect> type, Set<EntityType> appliesTo) {
    this.code = code;
    this.type = type;
    this.appliesTo = appliesTo;
  }

  public String code() {
    return code;
  }

  public Class<? extends Aspect> type() {
    return type;
  }

  public boolean appliesTo(EntityType entityType) {
    return appliesTo.contains(entityType);
  }

  public Set<EntityType> appliesTo() {
    return Set.copyOf(appliesTo);
  }

  public static AspectKind of(Class<?> type) {
    for (AspectKind kind : values()) {
      if (kind.type == type) {
        return kind;
      }
    }
    throw new IllegalArgumentException("Not an aspect type: " + type.getName());
  }

  /** Parses a stable aspect name such as {@code schema}; the message lists the known names. */
  public static AspectKind fromCode(String code) {
    for (AspectKind kind : values()) {
      if (kind.code.equals(code)) {
        return kind;
      }
    }
    throw new IllegalArgumentException(
        "Unknown aspect '"
            + code
            + "' (known: "
            + Arrays.stream(values()).map(AspectKind::code).collect(Collectors.joining(", "))
            + ")");
  }
}

package dev.meshlens.catalog.model;

/**
 * One independently versioned slice of what is known about an asset. Each source writes its own
 * version of an aspect; reads merge the sources' versions (see {@link AspectKind}).
 */
public sealed interface Aspect
    permits DomainInfo,
        ProductInfo,
        ContractInfo,
        DatasetInfo,
        Schema,
        Ownership,
        Tags,
        GlossaryLinks,
        Membership,
        QualityChecks,
        JobInfo,
        JobLineage,
        GlossaryTermInfo,
        OwnerInfo {

  /** The kind of this aspect: its stable name and the asset types it may describe. */
  default AspectKind aspectKind() {
    return AspectKind.of(getClass());
  }
}

package dev.meshlens.catalog;

import dev.meshlens.catalog.model.AspectKind;
import java.time.Instant;

/**
 * One entry of the ordered change log that projections follow: sequence numbers only grow. {@code
 * aspect} is null for an entry about the whole asset (its deletion).
 */
public record ChangeLogEntry(
    long sequence,
    Urn urn,
    AspectKind aspect,
    String source,
    long version,
    ChangeOp op,
    Instant at,
    String actor) {}

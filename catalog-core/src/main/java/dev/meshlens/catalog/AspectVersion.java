package dev.meshlens.catalog;

import dev.meshlens.catalog.model.Aspect;
import dev.meshlens.catalog.model.AspectKind;
import java.time.Instant;

/**
 * One version of one source's aspect of an asset: what it said, when, and who said it. {@code
 * value} is null for a withdrawal ({@link ChangeOp#DELETE}).
 */
public record AspectVersion(
    long sequence,
    Urn urn,
    AspectKind kind,
    String source,
    long version,
    ChangeOp op,
    Aspect value,
    Instant at,
    String actor) {}

package dev.meshlens.api.openlineage;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.BatchValidator;
import dev.meshlens.catalog.InvalidBatchException;
import dev.meshlens.catalog.Violation;
import dev.meshlens.indexer.crawl.openlineage.OpenLineageReplay;
import dev.meshlens.indexer.crawl.openlineage.OpenLineageValidator;
import dev.meshlens.indexer.crawl.support.Warnings;
import java.util.List;

/**
 * Turns one pushed event into the batch of what it says: checked against the OpenLineage 2-0-2 core
 * schema and the facet schemas, then mapped by the OpenLineage crawler's own mapping ({@link
 * OpenLineageReplay}), with no memory of earlier events (see {@link PushReconciler}). Safe for
 * concurrent use.
 */
final class EventMapper {
  private static final String ORIGIN = "POST /api/v1/lineage";

  private final OpenLineageValidator validator;
  private final String source;

  EventMapper(OpenLineageValidator validator, String source) {
    this.validator = validator;
    this.source = source;
  }

  /**
   * The event's batch.
   *
   * @throws InvalidBatchException naming every schema violation (JSON pointer and reason), or why
   *     nothing could be taken from a valid event (no readable event time, say)
   */
  Batch map(JsonNode event) {
    List<Violation> problems =
        validator.check(event).stream()
            .map(p -> new Violation(p.path(), null, p.message()))
            .toList();
    if (!problems.isEmpty()) {
      throw new InvalidBatchException(problems);
    }
    Warnings warnings = new Warnings();
    OpenLineageReplay replay = new OpenLineageReplay(source, validator);
    replay.acceptChecked(event, ORIGIN, warnings);
    List<Batch> batches = replay.drain(Integer.MAX_VALUE);
    if (batches.isEmpty() && warnings.size() == 0) {
      return Batch.builder(source).build(); // a bare JobEvent: valid, says nothing to keep
    }
    if (batches.isEmpty()) {
      throw new InvalidBatchException(
          warnings.list().stream().map(w -> new Violation(w.path(), null, w.reason())).toList());
    }
    Batch batch = batches.getFirst();
    BatchValidator.check(batch);
    return batch;
  }
}

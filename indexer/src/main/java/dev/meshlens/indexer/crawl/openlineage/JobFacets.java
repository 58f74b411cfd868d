package dev.meshlens.indexer.crawl.openlineage;

import static dev.meshlens.indexer.crawl.support.Nodes.firstText;
import static dev.meshlens.indexer.crawl.support.Nodes.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.JobInfo;
import dev.meshlens.catalog.model.Tag;
import dev.meshlens.catalog.model.Tags;
import dev.meshlens.indexer.crawl.support.Nodes;
import java.util.List;
import java.util.Locale;

/**
 * Maps job facets: {@code documentation} (description), {@code jobType} (the job type, else the
 * processing type), {@code sql} (the query), {@code ownership} and {@code tags}. A job's info is
 * written only by events that carry one of these facets, so a bare COMPLETE event erases nothing.
 */
final class JobFacets {
  private JobFacets() {}

  static void write(Urn job, JsonNode facets, EventContext context) {
    String description = text(facets.path("documentation"), "description");
    JsonNode jobType = Nodes.object(facets, "jobType");
    String type = firstText(jobType, "jobType", "processingType");
    String sql = text(facets.path("sql"), "query");
    if (description != null || type != null || sql != null) {
      context
          .out()
          .mergePreferringLater(
              job,
              new JobInfo(description, type == null ? null : type.toLowerCase(Locale.ROOT), sql));
    }
    context.facets().owners(job, Nodes.object(facets, "ownership"), "/job/facets/ownership");
    List<Tag> tags = context.facets().tags(Nodes.object(facets, "tags"), "/job/facets/tags");
    if (!tags.isEmpty()) {
      context.out().mergePreferringLater(job, new Tags(tags));
    }
  }
}

package dev.meshlens.api.ingest;

import static io.javalin.apibuilder.ApiBuilder.post;

import dev.meshlens.api.auth.Access;
import dev.meshlens.catalog.ApplyResult;
import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.json.BatchParser;
import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/**
 * {@code POST /api/v1/ingest}: one Meshlens batch in its JSON form ({@link BatchParser}) that names
 * its source; 201 with the counts of what was applied, or 400 naming every problem (nothing
 * applied).
 */
public final class IngestHandler {
  private final BatchIngest ingest;
  private final JsonBody body;
  private final BatchParser parser = new BatchParser();

  public IngestHandler(BatchIngest ingest, JsonBody body) {
    this.ingest = ingest;
    this.body = body;
  }

  public EndpointGroup routes() {
    return () -> post("/api/v1/ingest", this::ingest, Access.INGEST);
  }

  private void ingest(Context ctx) {
    Batch batch = parser.fromJson(body.text(ctx, "a Meshlens batch"), null);
    ApplyResult result = ingest.apply(batch);
    ctx.status(HttpStatus.CREATED).json(result);
  }
}

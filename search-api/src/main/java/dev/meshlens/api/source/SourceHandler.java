package dev.meshlens.api.source;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.post;

import dev.meshlens.api.auth.Access;
import dev.meshlens.api.http.Params;
import dev.meshlens.indexer.schedule.CrawlRequest;
import dev.meshlens.indexer.schedule.Scheduler;
import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/**
 * {@code GET /api/v1/sources}: every configured source with its next time, state and last run, and
 * the sources file's error if its current version cannot be used; {@code GET
 * /api/v1/sources/{name}/runs?limit=}: its runs, newest first; {@code POST
 * /api/v1/sources/{name}/runs}: run it now (202; 409 while it runs; 404 for an unknown source).
 */
public final class SourceHandler {
  static final int MAX_RUNS = 200;

  private final Scheduler scheduler;

  public SourceHandler(Scheduler scheduler) {
    this.scheduler = scheduler;
  }

  public EndpointGroup routes() {
    return () -> {
      get("/api/v1/sources", this::list, Access.READ);
      get("/api/v1/sources/{name}/runs", this::runs, Access.READ);
      post("/api/v1/sources/{name}/runs", this::runNow, Access.ADMIN);
    };
  }

  private void list(Context ctx) {
    ctx.json(SourceViews.SourceList.of(scheduler.status()));
  }

  private void runs(Context ctx) {
    int limit = Params.intIn(ctx, "limit", 20, 1, MAX_RUNS);
    ctx.json(SourceViews.RunList.of(scheduler.runs(ctx.pathParam("name"), limit + 1), limit));
  }

  private void runNow(Context ctx) {
    CrawlRequest request = scheduler.runNow(ctx.pathParam("name"));
    ctx.status(HttpStatus.ACCEPTED);
    ctx.header("Location", ctx.path());
    ctx.json(SourceViews.Accepted.of(request, ctx.path()));
  }
}

package dev.meshlens.api.search;

import static io.javalin.apibuilder.ApiBuilder.get;

import dev.meshlens.indexer.search.SearchIndex;
import dev.meshlens.indexer.search.SearchRequest;
import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.Context;

/**
 * {@code GET /api/v1/search?q=&type=&domain=&product=&owner=&tag=&platform=&classification=
 * &page=&size=&explain=}: a page of hits for what was typed, narrowed by facet filters, with the
 * total and the facet counts of every match.
 */
public final class SearchHandler {
  private final SearchIndex index;

  public SearchHandler(SearchIndex index) {
    this.index = index;
  }

  public EndpointGroup routes() {
    return () -> get("/api/v1/search", this::search);
  }

  private void search(Context ctx) {
    SearchRequest request = SearchParams.parse(ctx);
    ctx.json(SearchView.of(index.search(request), request.explain()));
  }
}

package dev.meshlens.api.search;

import static io.javalin.apibuilder.ApiBuilder.get;

import dev.meshlens.api.auth.Access;
import dev.meshlens.api.auth.Caller;
import dev.meshlens.catalog.health.HealthPolicy;
import dev.meshlens.indexer.search.SearchIndex;
import dev.meshlens.indexer.search.SearchRequest;
import dev.meshlens.indexer.search.Suggestion;
import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.Context;
import java.util.List;

/**
 * {@code GET /api/v1/search?q=&type=&domain=&product=&owner=&tag=&platform=&classification=
 * &page=&size=&explain=}: a page of hits for what was typed, narrowed by facet filters, with the
 * total and the facet counts of every match; {@code GET /api/v1/suggest?q=} for autocomplete.
 */
public final class SearchHandler {
  private final SearchIndex index;
  private final HealthPolicy.Grades grades;

  /** {@code grades}: the health policy's, which grade the hits' health scores. */
  public SearchHandler(SearchIndex index, HealthPolicy.Grades grades) {
    this.index = index;
    this.grades = grades;
  }

  public EndpointGroup routes() {
    return () -> {
      get("/api/v1/search", this::search, Access.READ);
      get("/api/v1/suggest", this::suggest, Access.READ);
    };
  }

  private void search(Context ctx) {
    SearchRequest request = SearchParams.parse(ctx).withVisibility(Caller.of(ctx).visibility());
    ctx.json(SearchView.of(index.search(request), request.explain(), grades));
  }

  /**
   * {@code GET /api/v1/suggest?q=prefix&limit=}: the names (of any type) that start with the
   * prefix, or have a word that does, most used first: {@code {query, suggestions:[{urn, type,
   * name}]}}.
   */
  private void suggest(Context ctx) {
    SuggestParams params = SuggestParams.parse(ctx);
    List<Suggestion> suggestions =
        index.suggest(params.prefix(), params.limit(), Caller.of(ctx).visibility());
    ctx.json(new SuggestView(params.prefix(), suggestions));
  }

  /** The answer of the suggest endpoint. */
  record SuggestView(String query, List<Suggestion> suggestions) {}
}

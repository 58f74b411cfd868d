package dev.meshlens.api.auth;

import dev.meshlens.catalog.Asset;
import dev.meshlens.indexer.search.Visibility;
import io.javalin.http.Context;

/**
 * Who is behind a request: set on the context by the access check before the handler runs. Handlers
 * ask it what the caller may see.
 */
public final class Caller {
  static final String ATTRIBUTE = "meshlens.caller";
  private static final Caller EVERYONE = new Caller();

  private Caller() {}

  /** The caller of this request. */
  public static Caller of(Context ctx) {
    Caller caller = ctx.attribute(ATTRIBUTE);
    return caller == null ? EVERYONE : caller;
  }

  /** What the caller may see in search and suggestions. */
  public Visibility visibility() {
    return Visibility.all();
  }

  /** Whether the caller may see this asset (its classification, its product's visibility). */
  public boolean sees(Asset asset) {
    return true;
  }
}

package dev.meshlens.api.health;

import static io.javalin.apibuilder.ApiBuilder.get;

import dev.meshlens.api.auth.Access;
import dev.meshlens.catalog.CatalogStore;
import dev.meshlens.catalog.StoreStatus;
import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.Context;
import java.util.function.Supplier;

/**
 * {@code GET /health}: 200 with {@code status: UP} when the store answers and startup loading is
 * done, 503 otherwise; {@code /health/live} only says the process serves requests.
 */
public final class HealthHandler {
  private final CatalogStore store;
  private final Supplier<StartupState> startup;

  public HealthHandler(CatalogStore store, Supplier<StartupState> startup) {
    this.store = store;
    this.startup = startup;
  }

  public EndpointGroup routes() {
    return () -> {
      get("/health", this::health, Access.OPEN);
      get("/health/ready", this::health, Access.OPEN);
      get("/health/live", ctx -> ctx.json(new Live("UP")), Access.OPEN);
    };
  }

  private void health(Context ctx) {
    StoreStatus store = this.store.status();
    StartupState state = startup.get();
    boolean ready = store.ok() && state.done() && state.error() == null;
    ctx.status(ready ? 200 : 503);
    ctx.json(
        new Health(ready ? "UP" : state.done() ? "DOWN" : "STARTING", true, ready, store, state));
  }

  /** The answer of {@code /health}. */
  record Health(
      String status, boolean live, boolean ready, StoreStatus store, StartupState startup) {}

  record Live(String status) {}

  /** What the server does at startup (loading the sample mesh) and how far it got. */
  public record StartupState(String task, boolean done, String detail, String error) {
    public static StartupState ready(String detail) {
      return new StartupState("none", true, detail, null);
    }
  }
}

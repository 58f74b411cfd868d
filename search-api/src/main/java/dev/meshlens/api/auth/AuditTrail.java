package dev.meshlens.api.auth;

import dev.meshlens.catalog.access.AccessStore;
import dev.meshlens.catalog.access.AuditEntry;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records every request that is not a read ({@code GET}, {@code HEAD}, {@code OPTIONS}) and reached
 * a route, after it was answered, denied ones too: who, when, the method and the route as
 * registered, the target (the {@code urn} path parameter, else the first one), the status and a
 * summary (what the handler said it did via {@link #summary}, else the error's detail). Routes
 * added later are audited without code of their own.
 */
public final class AuditTrail {
  public static final String SUMMARY_ATTRIBUTE = "meshlens.audit.summary";
  private static final Logger LOG = LoggerFactory.getLogger(AuditTrail.class);
  private static final Set<HandlerType> READS =
      Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);

  private final AccessStore store;
  private final Clock clock;

  AuditTrail(AccessStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /** Sets the one-line summary the audit log records for this request. */
  public static void summary(Context ctx, String summary) {
    ctx.attribute(SUMMARY_ATTRIBUTE, summary);
  }

  void record(Context ctx) {
    if (READS.contains(ctx.method())) {
      return;
    }
    Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
    int status = ctx.statusCode();
    String summary = ctx.attribute(SUMMARY_ATTRIBUTE);
    try {
      store.record(
          new AuditEntry(
              0,
              clock.instant(),
              Caller.of(ctx).name(),
              ctx.method().name(),
              endpoint == null ? ctx.path() : endpoint.path,
              target(ctx.pathParamMap()),
              status,
              status == 401 || status == 403 ? "denied" : status < 400 ? "done" : "failed",
              summary));
    } catch (RuntimeException e) {
      LOG.error("Could not audit {} {} ({})", ctx.method(), ctx.path(), status, e);
    }
  }

  private static String target(Map<String, String> params) {
    if (params.containsKey("urn")) {
      return params.get("urn");
    }
    return params.values().stream().findFirst().orElse(null);
  }
}

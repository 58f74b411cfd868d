package dev.meshlens.catalog.access;

import java.time.Instant;

/**
 * One audited request: when, who (a token's name, or {@code anonymous}), what (the method, the
 * route as registered, the asset it targeted if any), the status answered, the outcome ({@code
 * done}, {@code denied} by the access check, {@code failed} otherwise) and a one-line summary. The
 * id is 0 until the store assigns one.
 */
public record AuditEntry(
    long id,
    Instant at,
    String actor,
    String method,
    String route,
    String target,
    int status,
    String outcome,
    String summary) {
  public AuditEntry {
    if (at == null || actor == null || method == null || route == null || outcome == null) {
      throw new IllegalArgumentException(
          "an audit entry needs a time, an actor, a method, a route and an outcome");
    }
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("status must be in [100, 599], got " + status);
    }
  }
}

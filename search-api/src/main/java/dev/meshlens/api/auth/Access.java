package dev.meshlens.api.auth;

import dev.meshlens.catalog.access.Role;
import io.javalin.security.RouteRole;
import java.util.EnumSet;
import java.util.Set;

/**
 * The access a route requires, declared where the route is registered ({@code get(path, handler,
 * Access.READ)}). Every route declares exactly one; a route that declares none is refused to
 * everyone.
 */
public enum Access implements RouteRole {
  /** Anyone, without a token: liveness, the OpenAPI description, who am I. */
  OPEN(EnumSet.allOf(Role.class)),
  /** Reading the catalog: any token, or no token when anonymous reading is on. */
  READ(EnumSet.allOf(Role.class)),
  /** Editing an asset's curated metadata: its domain's owners, stewards, admins. */
  EDIT(EnumSet.of(Role.OWNER, Role.STEWARD, Role.ADMIN)),
  /** Pushing metadata (ingest, OpenLineage): crawlers and admins. */
  INGEST(EnumSet.of(Role.CRAWLER, Role.ADMIN)),
  /** Governance (SPARQL, audit log): stewards and admins. */
  GOVERN(EnumSet.of(Role.STEWARD, Role.ADMIN)),
  /** Administration (tokens, recomputing health, running crawls): admins. */
  ADMIN(EnumSet.of(Role.ADMIN));

  private final Set<Role> roles;

  Access(Set<Role> roles) {
    this.roles = roles;
  }

  /** Whether a token of this role may use a route of this level. */
  public boolean permits(Role role) {
    return roles.contains(role);
  }
}

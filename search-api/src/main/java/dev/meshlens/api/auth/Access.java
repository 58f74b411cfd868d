package dev.meshlens.api.auth;

import io.javalin.security.RouteRole;

/**
 * The access a route requires, declared where the route is registered ({@code get(path, handler,
 * Access.READ)}). Every route declares exactly one.
 */
public enum Access implements RouteRole {
  /** Anyone, without a token: liveness, the OpenAPI description, the UI's static files. */
  OPEN,
  /** Reading the catalog: any token, or no token when anonymous reading is on. */
  READ,
  /** Editing an asset's curated metadata: its domain's owners, stewards, admins. */
  EDIT,
  /** Pushing metadata (ingest, OpenLineage): crawlers and admins. */
  INGEST,
  /** Governance (SPARQL, audit log): stewards and admins. */
  GOVERN,
  /** Administration (tokens, recomputing health, running crawls): admins. */
  ADMIN
}

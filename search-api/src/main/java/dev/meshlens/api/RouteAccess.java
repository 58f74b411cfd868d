package dev.meshlens.api;

import java.util.Set;

/**
 * A registered HTTP route ({@code "GET /api/v1/search"}) and the access levels it declares: exactly
 * one when it is right, none when it was registered without one (and is refused to everyone).
 */
public record RouteAccess(String route, Set<String> access) {
  public RouteAccess {
    access = Set.copyOf(access);
  }
}

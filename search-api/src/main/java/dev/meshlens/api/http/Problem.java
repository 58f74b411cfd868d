package dev.meshlens.api.http;

import java.util.List;

/**
 * An RFC 9457 problem details body: a type URI naming the kind of problem, a short title, the HTTP
 * status, a detail saying what exactly is wrong, the request path, and for invalid input the list
 * of every problem found ({@code errors}).
 */
public record Problem(
    String type, String title, int status, String detail, String instance, List<Error> errors) {
  public static final String MEDIA_TYPE = "application/problem+json";
  private static final String BASE = "https://meshlens.dev/problems/";

  public Problem {
    errors = errors == null ? List.of() : List.copyOf(errors);
  }

  public static Problem of(String slug, String title, int status, String detail, String path) {
    return new Problem(BASE + slug, title, status, detail, path, List.of());
  }

  public Problem withErrors(List<Error> errors) {
    return new Problem(type, title, status, detail, instance, errors);
  }

  /** One problem inside the request: where ({@code upserts[2].value.name}) and why. */
  public record Error(String pointer, String urn, String message) {}
}

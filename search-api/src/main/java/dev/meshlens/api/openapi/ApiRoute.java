package dev.meshlens.api.openapi;

import dev.meshlens.api.auth.Access;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What the OpenAPI document says about one route: its method and path as registered with Javalin
 * ({@code /api/v1/assets/<urn>}, {@code /api/v1/sources/{name}/runs}), the access it requires, a
 * summary and description, its query parameters, request body, answers, and the error statuses it
 * can answer besides those implied by the rest (see {@link OpenApiDocument}).
 */
record ApiRoute(
    String method,
    String path,
    Access access,
    String summary,
    String description,
    List<Param> query,
    Body body,
    List<Answer> answers,
    Set<Integer> errors) {
  static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");
  private static final String API = "/api/v1/";
  private static final Pattern PATH_PARAM = Pattern.compile("\\{([A-Za-z0-9_]+)}");

  ApiRoute {
    if (!METHODS.contains(method)) {
      throw new IllegalArgumentException("method must be one of " + METHODS + ", got " + method);
    }
    if (path == null || !path.startsWith("/")) {
      throw new IllegalArgumentException("path must start with '/', got '" + path + "'");
    }
    Objects.requireNonNull(access, "access");
    if (summary == null || summary.isBlank()) {
      throw new IllegalArgumentException(method + " " + path + " needs a summary");
    }
    query = List.copyOf(query);
    answers = List.copyOf(answers);
    errors = Set.copyOf(errors);
    for (int status : errors) {
      if (status < 400 || status > 599) {
        throw new IllegalArgumentException(
            method + " " + path + ": an error status must be in [400, 599], got " + status);
      }
    }
  }

  static ApiRoute get(String path, Access access, String summary) {
    return of("GET", path, access, summary);
  }

  static ApiRoute post(String path, Access access, String summary) {
    return of("POST", path, access, summary);
  }

  static ApiRoute patch(String path, Access access, String summary) {
    return of("PATCH", path, access, summary);
  }

  static ApiRoute delete(String path, Access access, String summary) {
    return of("DELETE", path, access, summary);
  }

  private static ApiRoute of(String method, String path, Access access, String summary) {
    return new ApiRoute(method, path, access, summary, null, List.of(), null, List.of(), Set.of());
  }

  /** The path as OpenAPI writes it: {@code <urn>} becomes {@code {urn}}. */
  String openApiPath() {
    return path.replace('<', '{').replace('>', '}');
  }

  /** The names of its path parameters, in order. */
  List<String> pathParams() {
    return PATH_PARAM.matcher(openApiPath()).results().map(m -> m.group(1)).toList();
  }

  /**
   * The group it is listed under: the first segment after {@code /api/v1} ({@code assets}); the
   * server's own {@code /health} checks are {@code operations}.
   */
  String tag() {
    if (path.startsWith(API)) {
      return path.substring(API.length()).split("/", 2)[0];
    }
    return path.startsWith("/health") ? "operations" : path.substring(1).split("[/.]", 2)[0];
  }

  /**
   * A name unique to the route: {@code GET /api/v1/lineage/impact} is {@code getLineageImpact}, a
   * path parameter is {@code By} its name ({@code getAssetsByUrn}).
   */
  String operationId() {
    String rest = path.startsWith(API) ? openApiPath().substring(API.length()) : openApiPath();
    StringBuilder id = new StringBuilder(method.toLowerCase(Locale.ROOT));
    for (String segment : rest.split("[/.]")) {
      if (segment.isEmpty()) {
        continue;
      }
      boolean param = segment.startsWith("{");
      String word = param ? segment.substring(1, segment.length() - 1) : segment;
      id.append(param ? "By" : "")
          .append(word.substring(0, 1).toUpperCase(Locale.ROOT))
          .append(word.substring(1));
    }
    return id.toString();
  }

  ApiRoute about(String text) {
    return new ApiRoute(method, path, access, summary, text, query, body, answers, errors);
  }

  ApiRoute query(Param... params) {
    List<Param> all = new ArrayList<>(query);
    all.addAll(List.of(params));
    return new ApiRoute(method, path, access, summary, description, all, body, answers, errors);
  }

  ApiRoute body(Body requestBody) {
    return new ApiRoute(
        method, path, access, summary, description, query, requestBody, answers, errors);
  }

  ApiRoute answers(Answer... more) {
    List<Answer> all = new ArrayList<>(answers);
    all.addAll(List.of(more));
    return new ApiRoute(method, path, access, summary, description, query, body, all, errors);
  }

  /** Answers 200 with a JSON body of {@code shape}. */
  ApiRoute ok(Shape shape) {
    return answers(Answer.json(200, "OK", shape));
  }

  ApiRoute errors(Integer... statuses) {
    Set<Integer> all = new TreeSet<>(errors);
    all.addAll(List.of(statuses));
    return new ApiRoute(method, path, access, summary, description, query, body, answers, all);
  }

  /** A request body: what it is and its shape by media type. */
  record Body(String description, Map<String, Shape> content) {
    Body {
      if (content == null || content.isEmpty()) {
        throw new IllegalArgumentException("A body needs at least one media type: " + description);
      }
      content = Collections.unmodifiableMap(new LinkedHashMap<>(content));
    }

    static Body json(String description, Shape shape) {
      return new Body(description, Map.of("application/json", shape));
    }
  }

  /**
   * One answer: its status, what it means and its body's shape by media type (none: no body). An
   * error status answered with a body of its own (not a problem) is an answer too.
   */
  record Answer(int status, String description, Map<String, Shape> content) {
    Answer {
      if (status < 100 || status > 599) {
        throw new IllegalArgumentException(
            "An answer's status must be in [100, 599], got " + status);
      }
      if (description == null || description.isBlank()) {
        throw new IllegalArgumentException("The " + status + " answer needs a description");
      }
      content = Collections.unmodifiableMap(new LinkedHashMap<>(content));
    }

    static Answer json(int status, String description, Shape shape) {
      return new Answer(status, description, Map.of("application/json", shape));
    }

    static Answer empty(int status, String description) {
      return new Answer(status, description, Map.of());
    }
  }
}

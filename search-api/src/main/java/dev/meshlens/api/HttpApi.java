package dev.meshlens.api;

import dev.meshlens.api.auth.AccessGate;
import dev.meshlens.api.http.ApiJson;
import dev.meshlens.api.http.Problems;
import io.javalin.Javalin;
import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.router.Endpoint;
import io.javalin.security.Roles;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jetty.http.UriCompliance;

/** Builds the Javalin application from the handlers; knows no storage details. */
final class HttpApi {
  private HttpApi() {}

  static Javalin create(ServerConfig config, AccessGate gate, EndpointGroup... routes) {
    return Javalin.create(javalin -> {
      javalin.startup.showJavalinBanner = false;
      javalin.startup.showOldJavalinVersionWarning = false;
      javalin.jsonMapper(new JavalinJackson(ApiJson.mapper(), false));
      javalin.http.maxRequestSize = config.maxRequestBytes();
      javalin.http.prefer405over404 = true;
      // URNs travel as one percent-encoded path segment; their namespaces hold "/" ("%2F")
      javalin.jetty.modifyHttpConfiguration(http ->
          http.setUriCompliance(
              UriCompliance.DEFAULT.with(
                  "meshlens-urns",
                  UriCompliance.Violation.AMBIGUOUS_PATH_SEPARATOR,
                  UriCompliance.Violation.AMBIGUOUS_PATH_ENCODING,
                  UriCompliance.Violation.AMBIGUOUS_EMPTY_SEGMENT)));
      javalin.jetty.modifyServletContextHandler(
          handler -> handler.getServletHandler().setDecodeAmbiguousURIs(true));
      if (config.host() != null) {
        javalin.jetty.host = config.host();
      }
      javalin.jetty.port = config.port();
      // the web module's static assets (its public/ folder on the class path), served at /
      javalin.staticFiles.add("/public", Location.CLASSPATH);
      // the libraries those pages load (web's WebJars), at /webjars/<name>/<version>/...
      javalin.staticFiles.enableWebjars();
      Problems.register(javalin);
      gate.register(javalin); // access
      for (EndpointGroup group : routes) {
        javalin.routes.apiBuilder(group);
      }
    });
  }

  /**
   * The HTTP routes registered (not the before and after handlers), each as {@code "METHOD path"}
   * with the access levels it declares.
   */
  static List<RouteAccess> routes(Javalin app) { // access
    Set<HandlerType> filters =
        Set.of(
            HandlerType.BEFORE,
            HandlerType.BEFORE_MATCHED,
            HandlerType.AFTER_MATCHED,
            HandlerType.AFTER);
    return app.unsafe.internalRouter.allHttpHandlers().stream()
        .map(parsed -> parsed.endpoint)
        .filter(e -> !filters.contains(e.method))
        .map(HttpApi::access)
        .toList();
  }

  private static RouteAccess access(Endpoint endpoint) {
    Roles roles = endpoint.metadata(Roles.class);
    Set<String> names = new TreeSet<>();
    if (roles != null) {
      roles.getRoles().forEach(r -> names.add(r.toString()));
    }
    // a group's roles come with a path prefix, which may double a slash that matching ignores
    String path = endpoint.path.replaceAll("/{2,}", "/");
    return new RouteAccess(endpoint.method.name() + " " + path, names);
  }
}

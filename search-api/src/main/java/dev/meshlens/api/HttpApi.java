package dev.meshlens.api;

import dev.meshlens.api.http.ApiJson;
import dev.meshlens.api.http.Problems;
import io.javalin.Javalin;
import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import org.eclipse.jetty.http.UriCompliance;

/** Builds the Javalin application from the handlers; knows no storage details. */
final class HttpApi {
  private HttpApi() {}

  static Javalin create(ServerConfig config, EndpointGroup... routes) {
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
      Problems.register(javalin);
      for (EndpointGroup group : routes) {
        javalin.routes.apiBuilder(group);
      }
    });
  }
}

package dev.meshlens.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the server configuration file (YAML). Every key is optional; an unknown key or a bad value
 * is an error that names it, so a typo never silently falls back to a default:
 *
 * <pre>
 * port: 7070
 * host: 0.0.0.0
 * data: ./meshlens-data
 * sampleMesh: true
 * maxRequestBytes: 16777216
 * sources: ./sources.yaml
 * crawlParallelism: 2
 * lineageNodeCap: 2000
 * sparqlTimeout: 10s
 * sparqlResultCap: 100000
 * anonymousRead: true
 * healthPolicy: ./health-policy.yaml
 * </pre>
 *
 * <p>{@code sparqlTimeout} is a whole number of ms, s or m ({@code 500ms}, {@code 10s}) or an
 * ISO-8601 duration ({@code PT10S}).
 */
public final class ServerConfigFile {
  private ServerConfigFile() {}

  record Keys(
      Integer port,
      String host,
      String data,
      Boolean sampleMesh,
      Long maxRequestBytes,
      String sources,
      Integer crawlParallelism,
      Integer lineageNodeCap,
      String sparqlTimeout,
      Integer sparqlResultCap,
      Boolean anonymousRead,
      String healthPolicy) {}

  private static final String KNOWN =
      "port, host, data, sampleMesh, maxRequestBytes, sources, crawlParallelism, lineageNodeCap,"
          + " sparqlTimeout, sparqlResultCap, anonymousRead, healthPolicy";
  private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m)");

  public static ServerConfig read(Path file) {
    ObjectMapper yaml =
        new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    Keys keys;
    try {
      keys = Files.size(file) == 0 ? null : yaml.readValue(file.toFile(), Keys.class);
    } catch (UnrecognizedPropertyException e) {
      throw new IllegalArgumentException(
          "Configuration file "
              + file
              + ": unknown key '"
              + e.getPropertyName()
              + "' (known: "
              + KNOWN
              + ")",
          e);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "Configuration file " + file + " cannot be read: " + e.getMessage(), e);
    }
    ServerConfig defaults = ServerConfig.defaults();
    if (keys == null) {
      return defaults;
    }
    return new ServerConfig(
        keys.port() == null ? defaults.port() : keys.port(),
        keys.host(),
        keys.data() == null ? defaults.dataDir() : Path.of(keys.data()),
        keys.sampleMesh() == null ? defaults.loadSampleMesh() : keys.sampleMesh(),
        keys.maxRequestBytes() == null ? defaults.maxRequestBytes() : keys.maxRequestBytes(),
        keys.sources() == null ? null : Path.of(keys.sources()),
        keys.crawlParallelism() == null ? defaults.crawlParallelism() : keys.crawlParallelism(),
        lineage(keys, defaults.lineage()),
        keys.anonymousRead() == null ? defaults.anonymousRead() : keys.anonymousRead(),
        keys.healthPolicy() == null ? null : Path.of(keys.healthPolicy()));
  }

  private static LineageConfig lineage(Keys keys, LineageConfig defaults) {
    return new LineageConfig(
        keys.lineageNodeCap() == null ? defaults.nodeCap() : keys.lineageNodeCap(),
        keys.sparqlTimeout() == null ? defaults.sparqlTimeout() : duration(keys.sparqlTimeout()),
        keys.sparqlResultCap() == null ? defaults.sparqlResultCap() : keys.sparqlResultCap());
  }

  /** A whole number of ms, s or m ({@code 10s}), or an ISO-8601 duration ({@code PT10S}). */
  static Duration duration(String text) {
    String value = text.trim().toLowerCase(Locale.ROOT);
    Matcher matcher = SHORT_DURATION.matcher(value);
    if (matcher.matches()) {
      long amount = Long.parseLong(matcher.group(1));
      return switch (matcher.group(2)) {
        case "ms" -> Duration.ofMillis(amount);
        case "s" -> Duration.ofSeconds(amount);
        default -> Duration.ofMinutes(amount);
      };
    }
    try {
      return Duration.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "sparqlTimeout must be a whole number of ms, s or m such as 10s, or an ISO-8601"
              + " duration such as PT10S; got: "
              + text,
          e);
    }
  }
}

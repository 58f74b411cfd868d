package dev.meshlens.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
 * </pre>
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
      Integer crawlParallelism) {}

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
              + "' (known: port, host, data, sampleMesh, maxRequestBytes, sources,"
              + " crawlParallelism)",
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
        keys.crawlParallelism() == null ? defaults.crawlParallelism() : keys.crawlParallelism());
  }
}

package dev.meshlens.sample.synthetic;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.json.CatalogJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What an NDJSON mesh file holds, written beside it as {@code manifest.json}: the format, the file
 * name, its compression, size and SHA-256, the configuration that generated it, the counts and the
 * hub datasets.
 */
public record MeshManifest(
    String format,
    String file,
    NdjsonMeshWriter.Compression compression,
    long bytes,
    String sha256,
    String source,
    SyntheticMeshConfig config,
    MeshCounts counts,
    List<Urn> hubs) {
  public static final String FORMAT = "meshlens-batches-ndjson/1";
  public static final String FILE_NAME = "manifest.json";

  public MeshManifest {
    hubs = List.copyOf(hubs);
  }

  /** Reads {@code manifest.json} from a directory written by {@link NdjsonMeshWriter}. */
  public static MeshManifest read(Path directory) throws IOException {
    return mapper().readValue(directory.resolve(FILE_NAME).toFile(), MeshManifest.class);
  }

  void write(Path directory) throws IOException {
    Files.write(directory.resolve(FILE_NAME), mapper().writeValueAsBytes(this));
  }

  private static ObjectMapper mapper() {
    return CatalogJson.newMapper().enable(SerializationFeature.INDENT_OUTPUT);
  }
}

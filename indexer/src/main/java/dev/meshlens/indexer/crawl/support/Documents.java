package dev.meshlens.indexer.crawl.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Reads JSON and YAML files into trees; YAML when the file name ends in .yaml or .yml. */
public final class Documents {
  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final ObjectMapper YAML = YAMLMapper.builder().build();

  private Documents() {}

  public static ObjectMapper json() {
    return JSON;
  }

  /**
   * The tree of a file.
   *
   * @throws UnreadableDocumentException naming the file and, for a syntax error, the line
   */
  public static JsonNode read(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    ObjectMapper mapper = name.endsWith(".yaml") || name.endsWith(".yml") ? YAML : JSON;
    try {
      JsonNode node = mapper.readTree(Files.readString(file));
      if (node == null || node.isMissingNode()) {
        throw new UnreadableDocumentException("the file is empty");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new UnreadableDocumentException(syntaxMessage(e));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  /** A JSON text as a tree. */
  public static JsonNode parseJson(String text) {
    try {
      return JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new UnreadableDocumentException(syntaxMessage(e));
    }
  }

  private static String syntaxMessage(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    return e.getLocation() == null
        ? "not well-formed: " + message
        : "not well-formed at line "
            + e.getLocation().getLineNr()
            + ", column "
            + e.getLocation().getColumnNr()
            + ": "
            + message;
  }
}

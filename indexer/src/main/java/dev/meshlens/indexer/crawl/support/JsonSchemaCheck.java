package dev.meshlens.indexer.crawl.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** A JSON Schema loaded from the class path, checking trees and naming where each problem is. */
public final class JsonSchemaCheck {
  private final Schema schema;

  private JsonSchemaCheck(Schema schema) {
    this.schema = schema;
  }

  /** Loads a schema (draft 2019-09 unless it declares its own dialect) from the class path. */
  public static JsonSchemaCheck fromClasspath(String resource) {
    try (InputStream in = JsonSchemaCheck.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Schema not on the class path: " + resource);
      }
      SchemaRegistry registry =
          SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09);
      return new JsonSchemaCheck(registry.getSchema(in));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read schema " + resource, e);
    }
  }

  /** Wraps a schema built elsewhere (for schemas that reference others). */
  public static JsonSchemaCheck of(Schema schema) {
    return new JsonSchemaCheck(schema);
  }

  /** The problems of a document; empty when it is valid. */
  public List<Problem> check(JsonNode document) {
    return schema.validate(document).stream().map(JsonSchemaCheck::problem).toList();
  }

  private static Problem problem(Error error) {
    String path = error.getInstanceLocation().toString();
    return new Problem(path, error.getMessage());
  }

  /** One schema violation: a JSON path into the document and the message. */
  public record Problem(String path, String message) {}
}

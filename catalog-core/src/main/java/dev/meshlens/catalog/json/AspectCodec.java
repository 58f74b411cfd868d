package dev.meshlens.catalog.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.meshlens.catalog.model.Aspect;
import dev.meshlens.catalog.model.AspectKind;
import java.io.UncheckedIOException;

/** Reads and writes aspect values as JSON text, by their {@link AspectKind}. Thread-safe. */
public final class AspectCodec {
  private final ObjectMapper mapper;

  public AspectCodec(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  public AspectCodec() {
    this(CatalogJson.newMapper());
  }

  public String toJson(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("Cannot serialize " + value.getClass().getSimpleName(), e);
    }
  }

  public Aspect fromJson(AspectKind kind, String json) {
    try {
      return mapper.readValue(json, kind.type());
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("Cannot read stored aspect " + kind.code(), e);
    }
  }

  public <T> T fromJson(Class<T> type, String json) {
    try {
      return mapper.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("Cannot read stored " + type.getSimpleName(), e);
    }
  }

  public JsonNode toTree(Object value) {
    return mapper.valueToTree(value);
  }

  public ObjectMapper mapper() {
    return mapper;
  }
}

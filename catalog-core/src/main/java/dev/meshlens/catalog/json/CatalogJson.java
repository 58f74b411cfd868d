package dev.meshlens.catalog.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.meshlens.catalog.Urn;
import java.io.IOException;

/** Builds the Jackson mapper the catalog uses for its records; modules are registered by name. */
public final class CatalogJson {
  private CatalogJson() {}

  /**
   * A new mapper: URNs as their printed form, times as ISO-8601 strings, nulls and empty lists left
   * out, map keys sorted (so equal values serialize equally), unknown properties ignored.
   */
  public static ObjectMapper newMapper() {
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .addModule(urnModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .enable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .serializationInclusion(JsonInclude.Include.NON_EMPTY)
        .build();
  }

  /** Serializes {@link Urn} as its printed form and parses it back. */
  public static SimpleModule urnModule() {
    SimpleModule module = new SimpleModule("meshlens-urn");
    module.addSerializer(
        Urn.class,
        new JsonSerializer<>() {
          @Override
          public void serialize(Urn urn, JsonGenerator gen, SerializerProvider provider)
              throws IOException {
            gen.writeString(urn.toString());
          }
        });
    module.addDeserializer(
        Urn.class,
        new JsonDeserializer<>() {
          @Override
          public Urn deserialize(JsonParser parser, DeserializationContext ctx) throws IOException {
            return Urn.parse(parser.getValueAsString());
          }
        });
    return module;
  }
}

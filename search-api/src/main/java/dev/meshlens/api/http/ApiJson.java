package dev.meshlens.api.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.meshlens.catalog.json.CatalogJson;

/** The one Jackson mapper of the HTTP API, built explicitly (no classpath module discovery). */
public final class ApiJson {
  private ApiJson() {}

  public static ObjectMapper mapper() {
    ObjectMapper mapper = CatalogJson.newMapper();
    mapper.disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    return mapper;
  }
}

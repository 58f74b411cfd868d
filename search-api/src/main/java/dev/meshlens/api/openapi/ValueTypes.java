package dev.meshlens.api.openapi;

import com.fasterxml.jackson.databind.type.TypeFactory;
import dev.meshlens.catalog.Urn;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.time.Duration;
import java.util.Iterator;

/**
 * Describes the value types the API's mapper writes as strings ({@code ApiJson}): a {@link Urn} as
 * its printed form, a {@link Duration} in ISO 8601; everything else is left to the next converter.
 */
final class ValueTypes implements ModelConverter {
  @Override
  @SuppressWarnings("rawtypes")
  public Schema resolve(
      AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
    Class<?> raw = TypeFactory.defaultInstance().constructType(type.getType()).getRawClass();
    if (raw == Urn.class) {
      return new StringSchema()
          .pattern("^" + Urn.PREFIX)
          .description(
              "A Meshlens URN, e.g. urn:meshlens:dataset:(postgres://db:5432,shop.orders)");
    }
    if (raw == Duration.class) {
      return new StringSchema().format("duration");
    }
    return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
  }
}

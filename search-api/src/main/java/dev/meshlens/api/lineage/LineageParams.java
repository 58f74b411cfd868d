package dev.meshlens.api.lineage;

import dev.meshlens.api.http.Params;
import dev.meshlens.api.http.Params.BadParameterException;
import dev.meshlens.catalog.Urn;
import dev.meshlens.lineage.Direction;
import dev.meshlens.lineage.Level;
import dev.meshlens.lineage.LineageRequest;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The query parameters of the lineage endpoints. Every endpoint names the parameters it knows; any
 * other, or one given twice, is refused, as are a missing or malformed URN, a depth or node cap out
 * of range, and an unknown direction or level.
 */
final class LineageParams {
  static final List<String> LINEAGE = List.of("urn", "direction", "depth", "level", "nodeCap");
  static final List<String> IMPACT = List.of("urn");
  static final List<String> PATH = List.of("from", "to");

  private LineageParams() {}

  /**
   * {@code urn} (a dataset or product; a field or dataset at the column level), {@code direction}
   * (default both), {@code depth} (1 to 20, default 3), {@code level} (default dataset) and {@code
   * nodeCap} (1 to 10,000, default {@code defaultNodeCap}).
   */
  static LineageRequest lineage(Context ctx, int defaultNodeCap) {
    only(ctx, LINEAGE);
    Urn urn = urn(ctx, "urn");
    Direction direction = choice(ctx, "direction", Direction.class, Direction.BOTH);
    int depth =
        Params.intIn(ctx, "depth", LineageRequest.DEFAULT_DEPTH, 1, LineageRequest.MAX_DEPTH);
    Level level = choice(ctx, "level", Level.class, Level.DATASET);
    int nodeCap = Params.intIn(ctx, "nodeCap", defaultNodeCap, 1, LineageRequest.MAX_NODE_CAP);
    return new LineageRequest(urn, direction, depth, level, nodeCap);
  }

  /** Refuses a parameter not in {@code known}, or one given more than once. */
  static void only(Context ctx, List<String> known) {
    ctx.queryParamMap()
        .forEach((name, values) -> {
          if (!known.contains(name)) {
            throw new BadParameterException(name, "is not known (known: " + known + ")");
          }
          if (values.size() > 1) {
            throw new BadParameterException(name, "must be given once, got " + values.size());
          }
        });
  }

  /** A required URN parameter; a malformed one is an {@code InvalidUrnException} (400). */
  static Urn urn(Context ctx, String name) {
    String raw = Params.text(ctx, name);
    if (raw == null) {
      throw new BadParameterException(
          name, "is required: an asset URN such as urn:meshlens:dataset:(namespace,name)");
    }
    return Urn.parse(raw);
  }

  private static <E extends Enum<E>> E choice(Context ctx, String name, Class<E> type, E fallback) {
    String raw = Params.text(ctx, name);
    if (raw == null) {
      return fallback;
    }
    try {
      return Enum.valueOf(type, raw.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      String allowed =
          Arrays.stream(type.getEnumConstants())
              .map(c -> c.name().toLowerCase(Locale.ROOT))
              .collect(Collectors.joining(", "));
      throw new BadParameterException(name, "must be one of " + allowed + "; got '" + raw + "'");
    }
  }
}

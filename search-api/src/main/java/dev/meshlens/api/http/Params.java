package dev.meshlens.api.http;

import io.javalin.http.Context;
import java.util.Locale;

/** Reads query parameters, answering a clear 400 when one is malformed or out of range. */
public final class Params {
  private Params() {}

  /** An integer parameter in {@code [min, max]}, or {@code fallback} when absent. */
  public static int intIn(Context ctx, String name, int fallback, int min, int max) {
    String raw = ctx.queryParam(name);
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    int value;
    try {
      value = Integer.parseInt(raw.trim());
    } catch (NumberFormatException e) {
      throw new BadParameterException(name, "must be a whole number, got '" + raw + "'");
    }
    if (value < min || value > max) {
      throw new BadParameterException(name, "must be in [" + min + ", " + max + "], got " + value);
    }
    return value;
  }

  /** {@code true} or {@code false} (any case), or {@code fallback} when absent. */
  public static boolean bool(Context ctx, String name, boolean fallback) {
    String raw = text(ctx, name);
    if (raw == null) {
      return fallback;
    }
    return switch (raw.toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new BadParameterException(name, "must be true or false, got '" + raw + "'");
    };
  }

  /** A parameter's trimmed value, or null when absent or blank. */
  public static String text(Context ctx, String name) {
    String raw = ctx.queryParam(name);
    return raw == null || raw.isBlank() ? null : raw.trim();
  }

  /** A query parameter that breaks its rule; answered with 400. */
  public static final class BadParameterException extends IllegalArgumentException {
    public BadParameterException(String name, String rule) {
      super("Query parameter '" + name + "' " + rule);
    }
  }
}

package dev.meshlens.api.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.meshlens.api.http.ApiJson;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.UnsupportedMediaTypeResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Reads a JSON request body the way every push endpoint accepts it: {@code Content-Type:
 * application/json} (a {@code charset} parameter, if any, must be UTF-8), the body as is or with
 * {@code Content-Encoding: gzip}, at most {@code maxBytes} both as sent and once decompressed, not
 * empty, well-formed. A wrong content type or encoding is a 415, a body too large a 413, anything
 * else a 400 saying what is wrong.
 */
public final class JsonBody {
  private static final ObjectReader READER =
      ApiJson.mapper().reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final long maxBytes;

  public JsonBody(long maxBytes) {
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes must be >= 1; got: " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  /** The body as a JSON object. */
  public JsonNode object(Context ctx, String expected) {
    JsonNode tree;
    try {
      tree = READER.readTree(bytes(ctx));
    } catch (JsonProcessingException e) {
      throw new MalformedBodyException("The body is not well-formed JSON: " + describe(e));
    } catch (IOException e) {
      throw new MalformedBodyException("The body cannot be read: " + e.getMessage());
    }
    if (tree == null || tree.isMissingNode()) {
      throw empty(expected);
    }
    if (!tree.isObject()) {
      throw new MalformedBodyException(
          "Expected " + expected + " (a JSON object); got a JSON " + kind(tree));
    }
    return tree;
  }

  /** The body as text, for parsers that read text; not checked for well-formed JSON. */
  public String text(Context ctx, String expected) {
    byte[] body = bytes(ctx);
    String text;
    try {
      text =
          UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(body))
              .toString();
    } catch (CharacterCodingException e) {
      throw new MalformedBodyException("The body is not UTF-8 text: " + e.getMessage());
    }
    if (text.isBlank()) {
      throw empty(expected);
    }
    return text;
  }

  /** The body's bytes, checked for media type, encoding and size, decompressed. */
  byte[] bytes(Context ctx) {
    checkContentType(ctx.header(Header.CONTENT_TYPE));
    String encoding = ctx.header(Header.CONTENT_ENCODING);
    boolean gzip = isGzip(encoding);
    if (ctx.contentLength() > maxBytes) {
      throw tooLarge(
          String.format(Locale.ROOT, "The body, %,d bytes, is larger", ctx.contentLength()));
    }
    byte[] sent = ctx.bodyAsBytes();
    return gzip ? gunzip(sent) : sent;
  }

  private static void checkContentType(String header) {
    if (header == null || header.isBlank()) {
      throw new UnsupportedMediaTypeResponse(
          "The request has no Content-Type; send the body as application/json");
    }
    String[] parts = header.split(";");
    String media = parts[0].trim().toLowerCase(Locale.ROOT);
    if (!media.equals("application/json")) {
      throw new UnsupportedMediaTypeResponse(
          "Content-Type must be application/json; got '" + header.trim() + "'");
    }
    for (int i = 1; i < parts.length; i++) {
      String[] parameter = parts[i].trim().split("=", 2);
      if (parameter[0].trim().equalsIgnoreCase("charset")
          && parameter.length == 2
          && !parameter[1].trim().replace("\"", "").equalsIgnoreCase("utf-8")) {
        throw new UnsupportedMediaTypeResponse(
            "JSON must be sent as UTF-8; got charset " + parameter[1].trim());
      }
    }
  }

  private static boolean isGzip(String encoding) {
    if (encoding == null || encoding.isBlank() || encoding.trim().equalsIgnoreCase("identity")) {
      return false;
    }
    String name = encoding.trim().toLowerCase(Locale.ROOT);
    if (name.equals("gzip") || name.equals("x-gzip")) {
      return true;
    }
    throw new UnsupportedMediaTypeResponse(
        "Content-Encoding '" + encoding.trim() + "' is not supported; send the body as is or gzip");
  }

  private byte[] gunzip(byte[] compressed) {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(32, compressed.length * 4));
      byte[] buffer = new byte[8192];
      long total = 0;
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        total += n;
        if (total > maxBytes) {
          throw tooLarge("Once decompressed, the body is larger");
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new MalformedBodyException(
          "The body says Content-Encoding: gzip but is not valid gzip: " + e.getMessage());
    }
  }

  private ContentTooLargeResponse tooLarge(String what) {
    return new ContentTooLargeResponse(
        String.format(
            Locale.ROOT, "%s than this server accepts: at most %,d bytes", what, maxBytes));
  }

  private static MalformedBodyException empty(String expected) {
    return new MalformedBodyException("The body is empty; expected " + expected);
  }

  private static String describe(JsonProcessingException e) {
    return e.getLocation() == null
        ? e.getOriginalMessage()
        : "line "
            + e.getLocation().getLineNr()
            + ", column "
            + e.getLocation().getColumnNr()
            + ": "
            + e.getOriginalMessage();
  }

  private static String kind(JsonNode tree) {
    return tree.getNodeType().name().toLowerCase(Locale.ROOT);
  }

  /** A body that cannot be read as what the endpoint expects; answered with 400. */
  public static final class MalformedBodyException extends IllegalArgumentException {
    public MalformedBodyException(String message) {
      super(message);
    }
  }
}
